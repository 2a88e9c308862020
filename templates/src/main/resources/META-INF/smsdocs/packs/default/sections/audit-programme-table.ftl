<#-- The audit programme as a table, in the set's language: rows of the model's auditProgramme. -->
| ${t["auditProgramme.column.area"]} | ${t["auditProgramme.column.clause"]} | ${t["auditProgramme.column.auditee"]} | ${t["auditProgramme.column.auditor"]} | ${t["auditProgramme.column.rating"]} | ${t["auditProgramme.column.basis"]} | ${t["auditProgramme.column.year"]} 1 | ${t["auditProgramme.column.year"]} 2 | ${t["auditProgramme.column.year"]} 3 |
|---|---|---|---|---|---|---|---|---|
<#list auditProgramme.rows as r>
| ${r.name} | ${r.clauseText} | ${r.owner.title} | ${r.auditorName} | ${r.rating} | ${r.reason?cap_first} | <#list r.years as y><#if y>✓<#else>–</#if><#sep> | </#list> |
</#list>
