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
<#include "/sections/form-parts.ftl">
<@sms.section title="Use of this form"/>

The owner of each measure enters its result for the period on this sheet, and the ${reporting.owner.title}
compiles it each month, as <@sms.link "monitoring-and-reporting"/> sets out. The targets are those the SMS
has set; a missed target is explained in the comment, with the action under way. The sheet feeds the
service reports and the management review.

<@recordBlock/>

<@sms.section title="1. Period"/>

| Period | |
|---|---|
| Period (month) | |
| Compiled by | |
| Date | |

<@sms.section title="2. Service management objectives"/>

<#if sms.objectives?has_content>
| Objective and measure | Target | Owner | Result | Met | Comment |
|---|---|---|---|---|---|
<#list sms.objectives as o>
| ${(o.id!("obj-" + (o?index + 1)?c))?upper_case} ${o.objective}<#if o.measure?has_content>; measure: ${o.measure}</#if> | ${o.target!"—"} | <#if o.owner??>${o.owner.title}<#else>${sms.manager.title}</#if> | | ☐ | |
</#list>
<#else>
The service management objectives are not yet set; until they are, this part stays empty.

| Objective and measure | Target | Owner | Result | Met | Comment |
|---|---|---|---|---|---|
<@blankRows 4 6/>
</#if>

<@sms.section title="3. Service performance"/>

<#if forms.services?has_content>
| Service | Service owner | ${t.ServiceAvailability} target | ${t.ServiceAvailability} achieved | Met | Incidents within target | Comment |
|---|---|---|---|---|---|---|
<#list forms.services as s>
| ${s.name} | ${s.owner.title} | ${sms.pct(s.availabilityTarget)}${s.targetMark} | | ☐ | | |
</#list>
<#else>
One row for each service of the <@sms.link "service-catalogue"/>, with the availability target of its
service level agreement.

| Service | Service owner | ${t.ServiceAvailability} target | ${t.ServiceAvailability} achieved | Met | Incidents within target | Comment |
|---|---|---|---|---|---|---|
<@blankRows 6 7/>
</#if>

<@sms.section title="4. Process measures"/>

| Process | Owner | Measure | Result | Comment |
|---|---|---|---|---|
<#list measurement.processes as m>
| ${m.process.name} | ${m.process.owner.title} | ${m.measure} | | |
</#list>

<@sms.section title="Sign-off"/>

<@signoff [{"step": "Sheet compiled", "role": reporting.owner}] + (reporting.owner.id != sms.manager.id)?then([{"step": "Sheet reviewed", "role": sms.manager}], [])/>
