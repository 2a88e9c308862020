<#-- Service level management. 2018 8.3.3; 2011 6.1. -->
<#-- Its words are in service-level-management.text.ftl and its language variants. -->
<#import "/sections/service-level-management.text.ftl" as serviceLevelManagementText>
<@sms.section title=serviceLevelManagementText.title() key="service-level-management" clauses=["8.3.3"]/>

### ${serviceLevelManagementText.slasTitle()}

<#if services?has_content>
${serviceLevelManagementText.slasIntro()}

${serviceLevelManagementText.slasHeader()}
<#list services as s>
| ${s.name} | <@sms.link "sla-" + s.id/> | <@sms.names items=s.customers empty=serviceLevelManagementText.noCustomers()/> | ${sms.pct(s.availabilityTarget)} |
</#list>
<#else>
${serviceLevelManagementText.noSlas()}
</#if>

${serviceLevelManagementText.catalogueConsistency()}

### ${serviceLevelManagementText.agreeingTitle()}

${serviceLevelManagementText.agreeingSteps()}

### ${serviceLevelManagementText.monitoringTitle()}

${serviceLevelManagementText.monitoring()}

