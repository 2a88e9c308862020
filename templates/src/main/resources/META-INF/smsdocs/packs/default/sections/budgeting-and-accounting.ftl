<#-- Budgeting and accounting for services. 2018 8.4.1; 2011 6.4. -->
<#-- The structure of the section; its words are in budgeting-and-accounting.text.ftl and its language variants. -->
<#import "/sections/budgeting-and-accounting.text.ftl" as budgetingText>
<@sms.section title=budgetingText.policyTitle() clauses=["8.4.1"] key="budgeting-and-accounting-policy"/>

${budgetingText.policy()}

<@sms.section title=budgetingText.costComponentsTitle() clauses=["8.4.1"] level=3 key="cost-components"/>

${budgetingText.costComponents()}

<#if services?has_content>
${budgetingText.serviceCostsIntro()}

${budgetingText.serviceCostsHeader()}
<#list services as s>
| ${s.name} | <@sms.names items=s.externalSuppliers/> | <@sms.roleWithPerson s.owner/> |
</#list>
</#if>

<@sms.section title=budgetingText.budgetCycleTitle() clauses=["8.4.1"] level=3 key="budget-cycle"/>

${budgetingText.budgetCycle()}

<@sms.section title=budgetingText.accountingTitle() clauses=["8.4.1"] level=3 key="accounting-and-financial-control"/>

${budgetingText.accounting()}

