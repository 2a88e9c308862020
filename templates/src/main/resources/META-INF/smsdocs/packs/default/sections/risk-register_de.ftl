<#-- The risks and opportunities of the SMS, rated with the matrix of risk-criteria.ftl. -->
<#assign risks = sms.risks?filter(r -> r.type == "risk")>
<#assign opportunities = sms.risks?filter(r -> r.type == "opportunity")>
<#-- German display of the rating words; values outside low/medium/high are shown as given. -->
<#assign riskWordDe = {"high": "Hoch", "medium": "Mittel", "low": "Niedrig"}>
<#if risks?has_content>
| ID | Risiko | Eintrittswahrscheinlichkeit | Auswirkung | Stufe | Behandlung | Verantwortlich |
|---|---|---|---|---|---|---|
<#list risks as r>
| ${r.id!("R" + r?counter)} | ${r.description} | ${riskWordDe[r.likelihood?lower_case]!r.likelihood?cap_first} | ${riskWordDe[r.impact?lower_case]!r.impact?cap_first} | ${riskWordDe[sms.riskLevel(r.likelihood, r.impact)?lower_case]!sms.riskLevel(r.likelihood, r.impact)} | ${r.treatment} | ${r.owner.title} |
</#list>

</#if>
<#if opportunities?has_content>
| ID | Chance | Eintrittswahrscheinlichkeit | Nutzen | Stufe | Maßnahme | Verantwortlich |
|---|---|---|---|---|---|---|
<#list opportunities as r>
| ${r.id!("O" + r?counter)} | ${r.description} | ${riskWordDe[r.likelihood?lower_case]!r.likelihood?cap_first} | ${riskWordDe[r.impact?lower_case]!r.impact?cap_first} | ${riskWordDe[sms.riskLevel(r.likelihood, r.impact)?lower_case]!sms.riskLevel(r.likelihood, r.impact)} | ${r.treatment} | ${r.owner.title} |
</#list>

</#if>
