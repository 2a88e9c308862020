<#-- The audit programme as a table (needs audit-programme-data.ftl). -->
| Area audited | Clause | Auditee (owner) | Risk rating | Basis of the rating | Year 1 | Year 2 | Year 3 |
|---|---|---|---|---|---|---|---|
<#list programme as r>
| ${r.name} | ${r.clauseText} | ${r.owner.title} | ${r.rating} | ${r.reason?cap_first} | <#list r.years as y><#if y>✓<#else>–</#if><#sep> | </#list> |
</#list>
