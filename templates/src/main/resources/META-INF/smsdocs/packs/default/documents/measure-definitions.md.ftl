<#--
id: measure-definitions
title: Measure Definitions
kind: register
code: REG-11
order: 705
clauses: ["9.1"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.4.1"]}
process: service-reporting
related: ["monitoring-and-reporting", "sms-plan", "management-review", "request-catalogue", "availability-plan"]
-->
<#-- Every measure is defined once in the generator (MeasureCatalogue, MeasureDefinitions, with the texts in the
     bundles as kpi.*): measures.objectives, measures.services and measures.processes list them with name, formula,
     source, frequency, owner, target, reportedTo and namedIn; the documents that list measures print the same
     rows from measures.of and measures.byId. -->
<#-- The structure of the measure definitions; its words are in measure-definitions.text.ftl and its language variants. -->
<#import "/documents/measure-definitions.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses=["9.1"] clauses2011=["4.5.4.1"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.usingTitle() clauses=["9.1"] clauses2011=["4.5.4.1"] key="using-the-measures"/>

${text.usingMeasures()}

<@sms.section title=text.objectivesTitle() clauses=["9.1", "6.2"] clauses2011=["4.5.4.1", "4.5.2"] key="sms-objectives"/>

<#if measures.objectives?has_content>
${text.objectivesIntro()}

${text.objectivesHeader()}
<#list measures.objectives as o>
| ${o.id} | ${o.name} | ${o.formula}<#if o.process??> (${t["kpi.mainMeasureOf"]?replace("{0}", o.process.name)})</#if> | ${o.source?cap_first} | ${o.frequency} | ${o.owner.title} | ${o.target} | ${o.reportedTo} |
</#list>
<#else>
${text.noObjectives()}
</#if>

<@sms.section title=text.serviceLevelsTitle() clauses=["9.1", "8.3.3"] clauses2011=["4.5.4.1", "6.1"] key="service-level-measures"/>

<#if services?has_content>
${text.serviceLevelsIntro()}

${text.serviceLevelsHeader()}
<#list measures.services as m>
| ${m.name} | ${m.formula} | ${m.source?cap_first} | ${m.frequency} | ${m.owner.title} | <#if m.availabilityTarget??>${sms.pct(m.availabilityTarget)}${m.targetMark}<#else>${m.target}</#if> | ${m.reportedTo} |
</#list>
<#else>
${text.noServices()}
</#if>

<@sms.section title=text.processesTitle() clauses=["9.1"] clauses2011=["4.5.4.1"] key="process-and-sms-measures"/>

${text.processesIntro()}

${text.processesHeader()}
<#list measures.processes as m>
| ${m.name} | ${m.formula} | ${m.source?cap_first} | ${m.frequency} | ${m.owner.title} | ${m.target} | ${m.reportedTo} | <#list m.namedIn as d><@sms.link d.id/><#sep>; </#list> |
</#list>

<@sms.section title=text.changingTitle() clauses=["9.1"] clauses2011=["4.5.4.1"] key="changing-a-measure"/>

${text.changing()}
