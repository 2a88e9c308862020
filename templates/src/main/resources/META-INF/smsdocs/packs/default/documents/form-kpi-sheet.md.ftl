<#--
id: form-kpi-sheet
title: KPI Sheet
kind: form
code: FRM-11
order: 960
clauses: ["9.1"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.4.1"]}
related: ["monitoring-and-reporting", "management-review", "form-management-review-agenda"]
workbook: true
-->
<#-- The structure of the KPI sheet; its words are in form-kpi-sheet.text.ftl and its language variants. -->
<#include "/sections/form-parts.ftl">
<#import "/documents/form-kpi-sheet.text.ftl" as text>
<@sms.section title=text.useTitle() key="use-of-this-form"/>

${text.use()}

<@recordBlock/>

<@sms.section title=text.periodTitle() key="1.-period"/>

${text.periodTable()}

<@sms.section title=text.objectivesTitle() key="2.-service-management-objectives"/>

<#if sms.objectives?has_content>
${text.objectivesHeader()}
<#list sms.objectives as o>
| ${o.ref} ${o.objective}<#if o.measure?has_content>${text.measureSuffix(o.measure)}</#if> | ${o.target!"—"} | <#if o.owner??>${o.owner.title}<#else>${sms.manager.title}</#if> | | ☐ | |
</#list>
<#else>
${text.noObjectives()}

${text.objectivesHeader()}
<@blankRows 4 6/>
</#if>

<@sms.section title=text.servicesTitle() key="3.-service-performance"/>

<#if forms.services?has_content>
${text.servicesHeader()}
<#list forms.services as s>
| ${s.name} | ${s.owner.title} | ${sms.pct(s.availabilityTarget)}${s.targetMark} | | ☐ | | |
</#list>
<#else>
${text.noServices()}

${text.servicesHeader()}
<@blankRows 6 7/>
</#if>

<@sms.section title=text.processesTitle() key="4.-process-measures"/>

${text.processesHeader()}
<#list measurement.processes as m>
| ${m.process.name} | ${m.process.owner.title} | ${m.measure} | | |
</#list>

<@sms.section title=text.signOffTitle() key="sign-off"/>

<@signoff [{"step": text.compiled(), "role": reporting.owner}] + (reporting.owner.id != sms.manager.id)?then([{"step": text.reviewed(), "role": sms.manager}], [])/>
