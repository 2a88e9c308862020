<#-- One section per stage of the implementation plan that has activities: what the stage is for
     (stage.<key>.focus in the bundles) and its activities, in the set's language. -->
<#list implementationPlan.stages as stage>
<#if stage.activities?has_content>
<@sms.section title=stage.title key=stage.key/>

${stage.focus}

| ${t["implementationPlan.column.id"]} | ${t.activity} | ${t["implementationPlan.column.clauses"]} | ${t.owner} | ${t["implementationPlan.column.effort"]} | ${t["implementationPlan.column.start"]} | ${t["implementationPlan.column.end"]} |
|---|---|---|---|---|---|---|
<#list stage.activities as a>
| ${a.id} | ${a.title}<#if a.treatment == "shortened"> ${t["implementationPlan.shortened"]}</#if> | <#if a.clauses?has_content>${a.clauses?join(", ")}<#else>–</#if> | ${a.ownerTitle} | ${a.effortDays} | ${a.start} | ${a.end} |
</#list>

</#if>
</#list>
