<#-- Demand management. 2018 8.4.2; 2011 part of 6.5. -->
<#-- Its words are in demand-management.text.ftl and its language variants. -->
<#import "/sections/demand-management.text.ftl" as demandManagementText>
<@sms.section title=demandManagementText.title() key="demand-management" clauses=["8.4.2"]/>

${demandManagementText.forecast()}

${demandManagementText.steps()}

<#if services?has_content>
${demandManagementText.perCustomerIntro()}

${demandManagementText.perCustomerHeader()}
<#list services as s>
| ${s.name} | <@sms.names items=s.customers empty=demandManagementText.internalUsers()/> | <@sms.roleWithPerson s.owner/> |
</#list>
<#else>
${demandManagementText.noServices()}
</#if>

