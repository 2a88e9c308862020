<#-- The risks and opportunities of the SMS, rated with the matrix of risk-criteria.ftl. -->
<#assign risks = sms.risks?filter(r -> r.type == "risk")>
<#assign opportunities = sms.risks?filter(r -> r.type == "opportunity")>
<#if risks?has_content>
| ID | Risiko | Eintrittswahrscheinlichkeit | Auswirkung | Stufe | Behandlung | Verantwortlich |
|---|---|---|---|---|---|---|
<#list risks as r>
| ${r.id!("R" + r?counter)} | ${r.description} | ${sms.word(r.likelihood)} | ${sms.word(r.impact)} | ${sms.word(sms.riskLevel(r.likelihood, r.impact)?lower_case)} | ${r.treatment} | ${r.owner.title} |
</#list>

</#if>
<#if opportunities?has_content>
| ID | Chance | Eintrittswahrscheinlichkeit | Nutzen | Stufe | Maßnahme | Verantwortlich |
|---|---|---|---|---|---|---|
<#list opportunities as r>
| ${r.id!("O" + r?counter)} | ${r.description} | ${sms.word(r.likelihood)} | ${sms.word(r.impact)} | ${sms.word(sms.riskLevel(r.likelihood, r.impact)?lower_case)} | ${r.treatment} | ${r.owner.title} |
</#list>

</#if>
