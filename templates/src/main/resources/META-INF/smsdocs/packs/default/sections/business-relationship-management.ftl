<#-- Business relationship management. 2018 8.3.2; 2011 7.1. -->
<#-- Its words are in business-relationship-management.text.ftl and its language variants. -->
<#import "/sections/business-relationship-management.text.ftl" as brmText>
<@sms.section title=brmText.title() clauses=["8.3.2"] key="business-relationship-management"/>

### ${brmText.customersTitle()}

<#if customers?has_content>
${brmText.customersTable()}
<#list customers as c>
| ${c.name} | ${sms.word((c.type!"external"))} | ${c.contact!brmText.contactInSla()} | <@sms.names items=c.services empty=brmText.noServices()/> | ${c.reviewFrequency?cap_first} |
</#list>

${brmText.reviewRule()}
<#else>
${brmText.noCustomers()}
</#if>

${brmText.interestedParties()}

### ${brmText.reviewsTitle()}

${brmText.reviews()}

### ${brmText.satisfactionTitle()}

${brmText.satisfaction()}

### ${brmText.complaintsTitle()}

${brmText.complaints()}

