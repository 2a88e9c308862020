<#-- The risks and opportunities of the SMS, rated with the matrix of risk-criteria.ftl, in the set's language
     (riskRegister.column.* and word.* in the bundles). -->
<#assign risks = sms.risks?filter(r -> r.type == "risk")>
<#assign opportunities = sms.risks?filter(r -> r.type == "opportunity")>
<#if risks?has_content>
| ID | ${t["riskRegister.column.risk"]} | ${t["riskRegister.column.likelihood"]} | ${t["riskRegister.column.impact"]} | ${t["riskRegister.column.level"]} | ${t["riskRegister.column.treatment"]} | ${t.owner} |
|---|---|---|---|---|---|---|
<#list risks as r>
| ${r.ref} | ${r.description} | ${sms.word(r.likelihood)} | ${sms.word(r.impact)} | ${sms.word(sms.riskLevel(r.likelihood, r.impact)?lower_case)} | ${r.treatment} | ${r.owner.title} |
</#list>

</#if>
<#if opportunities?has_content>
| ID | ${t["riskRegister.column.opportunity"]} | ${t["riskRegister.column.likelihood"]} | ${t["riskRegister.column.benefit"]} | ${t["riskRegister.column.level"]} | ${t["riskRegister.column.action"]} | ${t.owner} |
|---|---|---|---|---|---|---|
<#list opportunities as r>
| ${r.ref} | ${r.description} | ${sms.word(r.likelihood)} | ${sms.word(r.impact)} | ${sms.word(sms.riskLevel(r.likelihood, r.impact)?lower_case)} | ${r.treatment} | ${r.owner.title} |
</#list>

</#if>
