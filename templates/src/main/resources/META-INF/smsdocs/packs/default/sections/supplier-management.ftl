<#-- Supplier management, external and internal. 2018 8.3.4; 2011 7.2. Its words are in supplier-management.text.ftl
     and its language variants. -->
<#import "/sections/supplier-management.text.ftl" as supplierManagementText>
<@sms.section title=supplierManagementText.title() clauses=["8.3.4"] key="supplier-management"/>

${supplierManagementText.intro()}

<@sms.section title=t.ExternalSuppliers clauses=["8.3.4.1"] level=3 key="external-suppliers"/>

<#if externalSuppliers?has_content>
${supplierManagementText.externalHeader()}
<#list externalSuppliers as x>
| ${x.name} | ${x.provides!supplierManagementText.supportingServices()} | ${x.reference} | <@sms.names items=x.services empty=supplierManagementText.noneInCatalogue()/> | <@sms.roleWithPerson x.manager/> | ${x.reviewFrequency?cap_first} |
</#list>
<#else>
${supplierManagementText.noExternal()}
</#if>

${supplierManagementText.externalSteps()}

#### ${supplierManagementText.disputesTitle()}

${supplierManagementText.disputes()}

<@sms.section title=supplierManagementText.internalTitle() clauses=["8.3.4.2"] level=3 key="internal-suppliers-and-customers-acting-as-suppliers"/>

<#if internalSuppliers?has_content>
${supplierManagementText.internalHeader()}
<#list internalSuppliers as x>
| ${x.name} | ${x.provides!supplierManagementText.supportingServices()} | <@sms.names items=x.services empty=supplierManagementText.noneInCatalogue()/> | <@sms.roleWithPerson x.manager/> | ${x.agreement}<#if x.agreementDocument??>: <@sms.link x.agreementDocument/></#if> | ${x.reviewFrequency?cap_first} |
</#list>
<#else>
${supplierManagementText.noInternal()}
</#if>

${supplierManagementText.internalSteps()}
<@sms.sectorPoints "supplier"/>
