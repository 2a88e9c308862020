<#--
id: form-rfc
title: Request for Change (RFC) Form
kind: form
code: FRM-01
order: 950
clauses: ["8.5.1.2", "8.5.1.3"]
editions:
  "2018": {}
  "2011": {clauses: ["9.2"]}
related: ["change-management-policy", "design-build-transition", "form-cab-minutes"]
-->
<#include "/sections/form-parts.ftl">
<@sms.section title="Use of this form"/>

The change owner completes parts 1 to 4 for every change to an item under change control, as set out in
<@sms.link "change-management-policy"/>. The ${change.owner.title} checks the request, confirms the risk
rating and completes parts 5 and 6; part 7 records the implementation and its review. Changes are recorded
in ${change.toolName}: where its change record holds the fields below, that record is the request for
change, and this form sets out what it must contain. On paper or in Word, the form is used when the tool
cannot be reached, for example for an emergency change, and is entered in the tool within one working day.
How a change is assessed, approved and implemented is described in <@sms.link changeProcedure/>.

<@recordBlock/>

<@sms.section title="1. Request"/>

| Request | |
|---|---|
| RFC number (assigned on recording) | |
| Title of the change | |
| Requested by (name and role) | |
| Change owner | |
| Date raised | |
| Raised from | <@choices ["Service owner", "Problem (permanent fix)", "Incident", "Capacity or availability", "Information security", "Customer service review", "Supplier", "Service planning", "Other"]/> |
| Related incident, problem or improvement number | |
| Reason for the change and benefit expected | |
| Description of the change | |
| Requested implementation date, and any deadline | |

<@sms.section title="2. Services and configuration items affected"/>

<#if forms.services?has_content>
Tick every service the change affects or may interrupt.

| ${t["form.tick"]} | Service | Criticality | Service owner | Service hours |
|---|---|---|---|---|
<#list forms.services as s>
| ☐ | ${s.name} | ${s.criticalityWord} | ${s.owner.title} | ${s.hours} |
</#list>
<#else>
Name every service the change affects or may interrupt, as the <@sms.link "service-catalogue"/> names it,
with its criticality.

| Service | Criticality | Service owner |
|---|---|---|
<@blankRows 4 3/>
</#if>

Configuration items affected, as recorded in ${t.theConfigurationInformation}:

| CI | CI type | Current version or setting | Version or setting after the change |
|---|---|---|---|
<@blankRows 6 4/>

<@sms.section title="3. Plans"/>

| Plans | |
|---|---|
| Implementation plan (steps, or reference to the runbook) | |
| Test plan and acceptance criteria | |
| Backout plan, or the approver's decision to accept having none | |
| Carried out by (people and suppliers) | |
| Proposed window | <@choices ["Outside service hours", "Agreed maintenance window", "During service hours (reason below)"]/> |
| Proposed start and end | |

<@sms.section title="4. Assessment"/>

The change owner proposes the risk rating from the table of the change procedure, and the
${change.owner.title} confirms it:

<#include "/sections/change-risk-ratings.ftl">

| Assessment | |
|---|---|
| Risk of the change | <@choices ["Low", "Medium", "High"]/> |
| Why this rating | |
| Risk of not making the change | |
| Effect on the services and their customers | |
| Effect on capacity | |
| Effect on information security | |
| Effect on service continuity and ${t.serviceAvailability} | |
| Conflicts with other scheduled changes | |
| Resources, cost and supplier involvement | |
| Customers to be told, at least 5 working days ahead | |

<@sms.section title="5. Classification"/>

| Classification | |
|---|---|
| Received complete on | |
| Change type | <@choices ["Standard", "Normal, minor", "Normal, significant", "Emergency"]/> |
| Standard change model used | |
| Potential major impact under the criteria of the change policy | <@choices ["No", "Yes: design and transition as a new or changed service, approved by the " + top.title]/> |

<@sms.section title="6. Decision"/>

| Change type | Decided by |
|---|---|
| Standard | Pre-approved through the change model accepted by the ${change.owner.title} |
| Normal, minor | ${change.owner.title} |
| Normal, significant | Change advisory board (CAB), chaired by the ${change.owner.title}<#if procedures.cabMembers?has_content>, with the ${sms.andList(procedures.cabMembers?map(r -> r.title))}</#if>, and the owner of every affected service |
| Emergency | Emergency CAB: the ${change.owner.title} and the owner of the affected service, or their deputies |

| Decision | |
|---|---|
| Decision | <@choices ["Approved", "Approved with conditions", "Rejected", "Deferred"]/> |
| Conditions, or the reason for rejecting or deferring | |
| CAB meeting and minutes reference (significant changes) | |
| Scheduled start and end | |

<@sms.section title="7. Implementation and review"/>

| Implementation and review | |
|---|---|
| Implemented on | |
| Result | <@choices ["Successful", "Successful with issues", "Failed, backed out"]/> |
| Checked by, and how (monitoring watched for 24 hours after a significant change) | |
| Incidents caused by the change (numbers) | |
| ${t.ConfigurationInformation} updated on, by | |
| Post-implementation review needed (failed, backed out, caused an incident or emergency change) | <@choices ["No", "Yes"]/> |
| Review reference and actions | |

<@sms.section title="Sign-off"/>

<@signoff [
  {"step": "Requested by the change owner"},
  {"step": "Classified", "role": change.owner},
  {"step": "Decided (for a significant change: the CAB chair)", "role": change.owner},
  {"step": "Reviewed and closed", "role": change.owner}
]/>
