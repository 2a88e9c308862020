<#--
id: form-major-incident-report
title: Major Incident Report Form
kind: form
code: FRM-03
order: 952
clauses: ["8.6.1"]
editions:
  "2018": {}
  "2011": {clauses: ["8.1"]}
related: ["resolution-and-fulfilment", "form-problem-report", "service-continuity-plan"]
-->
<#include "/sections/form-parts.ftl">
<@sms.section title="Use of this form"/>

The major-incident manager appointed by the ${incident.owner.title} completes this report after every major
incident<#if priorities?has_content>: an incident of priority ${priorities[0].id}, or any incident the ${incident.owner.title}
declares major because of its business impact</#if>. It is the major-incident review that
<@sms.link "resolution-and-fulfilment"/> requires, and it is attached to the incident record in
${incident.toolName}. A problem record is opened for every major incident; its root-cause analysis is
recorded on the <@sms.link "form-problem-report"/>.

<@recordBlock/>

<@sms.section title="1. Incident"/>

| Incident | |
|---|---|
| Incident number | |
| Title | |
<#if priorities?has_content>
| Priority | <@choices priorities?map(p -> p.id + " " + p.name)/> |
</#if>
| Declared major by, on (date and time) | |
| Major-incident manager | |
| Customers affected | |
| Users and sites affected | |
| ${t.ExternalAndInternalSuppliers} involved | |

<#if priorities?has_content>
The targets of each priority, unless a service level agreement sets stricter ones:

| Priority | Name | Response target | Resolution target |
|---|---|---|---|
<#list priorities as p>
| ${p.id} | ${p.name} | ${p.response} | ${p.resolution} |
</#list>

</#if>
<@sms.section title="2. Services affected"/>

<#if forms.services?has_content>
| ${t["form.tick"]} | Service | Criticality | Service owner | Availability target |
|---|---|---|---|---|
<#list forms.services as s>
| ☐ | ${s.name} | ${s.criticalityWord} | ${s.owner.title} | ${sms.pct(s.availabilityTarget)}${s.targetMark} |
</#list>
<#else>
Name each service as the <@sms.link "service-catalogue"/> names it.

| Service | Criticality | Service owner |
|---|---|---|
<@blankRows 4 3/>
</#if>

<@sms.section title="3. Timeline"/>

Record detection, declaration, escalations, each update to customers, the workaround, the resolution and the
user's confirmation.

| Date and time | Event | By |
|---|---|---|
<@blankRows 12 3/>

<@sms.section title="4. Impact and targets"/>

| Impact and targets | |
|---|---|
| Start of the impact | |
| Service restored | |
| Duration of the impact | |
| Downtime counted against the ${t.serviceAvailability} target | <@choices ["Yes", "No, because"]/> |
| Response target met | <@choices ["Yes", "No"]/> |
| Resolution target met | <@choices ["Yes", "No"]/> |
| Service level agreements breached | |
| Customers informed (first notice, then at which intervals) | |
| Information security affected | <@choices ["No", "Yes: also handled as an information security incident"]/> |
| Service continuity plan invoked | <@choices ["No", "Yes"]/> |

<@sms.section title="5. Cause and resolution"/>

| Cause and resolution | |
|---|---|
| Symptoms | |
| Cause, as far as known | |
| Workaround or resolution | |
| Change made to resolve it (RFC number; emergency change) | |
| Problem record opened (number) | |

<@sms.section title="6. Lessons and actions"/>

| Lessons | |
|---|---|
| What worked well | |
| What did not work, and why | |

| ${t["form.no"]} | Action | Owner | Due |
|---|---|---|---|
<@blankRows 5 4 true/>

<@sms.section title="Sign-off"/>

<@signoff [
  {"step": "Report written by the major-incident manager"},
  {"step": "Review accepted", "role": incident.owner},
  {"step": "Problem record accepted", "role": problem.owner}
]/>
