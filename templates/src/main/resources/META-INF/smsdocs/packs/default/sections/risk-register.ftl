<#-- The risks and opportunities of the SMS, rated with the matrix of risk-criteria.ftl. -->
<#assign risks = sms.risks?filter(r -> r.type == "risk")>
<#assign opportunities = sms.risks?filter(r -> r.type == "opportunity")>
<#if risks?has_content>
| ID | Risk | Likelihood | Impact | Level | Treatment | Owner |
|---|---|---|---|---|---|---|
<#list risks as r>
| ${r.id!("R" + r?counter)} | ${r.description} | ${sms.word(r.likelihood)} | ${sms.word(r.impact)} | ${sms.riskLevel(r.likelihood, r.impact)} | ${r.treatment} | ${r.owner.title} |
</#list>

</#if>
<#if opportunities?has_content>
| ID | Opportunity | Likelihood | Benefit | Level | Action | Owner |
|---|---|---|---|---|---|---|
<#list opportunities as r>
| ${r.id!("O" + r?counter)} | ${r.description} | ${sms.word(r.likelihood)} | ${sms.word(r.impact)} | ${sms.riskLevel(r.likelihood, r.impact)} | ${r.treatment} | ${r.owner.title} |
</#list>

</#if>
