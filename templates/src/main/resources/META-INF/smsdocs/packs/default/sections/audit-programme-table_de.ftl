<#-- The audit programme as a table (needs audit-programme-data.ftl). -->
| Auditierter Bereich | Abschnitt | Auditierte Stelle (verantwortliche Rolle) | Risikoeinstufung | Grundlage der Einstufung | Jahr 1 | Jahr 2 | Jahr 3 |
|---|---|---|---|---|---|---|---|
<#list programme as r>
| ${r.name} | ${r.clauseText} | ${r.owner.title} | ${r.rating} | ${r.reason?cap_first} | <#list r.years as y><#if y>✓<#else>–</#if><#sep> | </#list> |
</#list>
