<#--
id: form-cab-minutes
title: Change Advisory Board (CAB) Minutes Form
kind: form
code: FRM-02
order: 951
clauses: ["8.5.1.3"]
editions:
  "2018": {}
  "2011": {clauses: ["9.2"], related: ["change-management-policy", "control-processes", "form-rfc"]}
related: ["change-management-policy", "design-build-transition", "form-rfc"]
-->
<#include "/sections/form-parts.ftl">
<@sms.section title="Use of this form"/>

The ${change.owner.title} chairs the change advisory board (CAB) and completes this form at every meeting,
and for every decision of the emergency CAB. The decision on each change is also entered on its request
for change in ${change.toolName}. Which changes the CAB decides, and how, is set out in
<@sms.link "change-management-policy"/> and <@sms.link changeProcedure/>.

<@recordBlock/>

<@sms.section title="1. Meeting"/>

| Meeting | |
|---|---|
| Date and time | |
| Meeting | <@choices ["Scheduled CAB", "Emergency CAB"]/> |
| Chair | ${change.owner.title} |
| Minutes taken by | |
| Decisions valid: chair and the owner of every affected service present | <@choices ["Yes", "No: decisions deferred"]/> |

<@sms.section title="2. Attendance"/>

| ${t.role} | ${t["form.name"]} | Present | Deputy or apologies |
|---|---|---|---|
| ${change.owner.title} (chair) | | ☐ | |
<#list procedures.cabMembers as r>
| ${r.title} | | ☐ | |
</#list>
| Owner of an affected service | | ☐ | |
| Owner of an affected service | | ☐ | |
| Owner of an affected service | | ☐ | |
| Supplier representative (invited) | | ☐ | |

<@sms.section title="3. Actions from the previous meeting"/>

| Action | Owner | Status |
|---|---|---|
<@blankRows 4 3/>

<@sms.section title="4. Changes implemented since the last meeting"/>

Every emergency change, and every change that failed, was backed out or caused an incident, is reviewed
here.

| RFC number | Title | Result | Incidents caused | Emergency change | Review or action agreed |
|---|---|---|---|---|---|
<@blankRows 6 6/>

<@sms.section title="5. Requests for change for decision"/>

A significant change is approved only with the agreement of the chair and of the owner of every affected
service; where they disagree, the decision goes to the ${top.title}. Decisions: approved, approved with
conditions, rejected or deferred.

| RFC number | Title | Services affected | Risk | Decision | Conditions or reason |
|---|---|---|---|---|---|
<@blankRows 8 6/>

<@sms.section title="6. Change schedule"/>

| Change schedule | |
|---|---|
| Changes scheduled for the coming period, and conflicts between them | |
| Change freezes in force or announced | |
| Maintenance windows to be used | |
| Customers to be told of changes that affect them | |

<@sms.section title="7. Actions"/>

| ${t["form.no"]} | Action | Owner | Due |
|---|---|---|---|
<@blankRows 5 4 true/>

<@sms.section title="Sign-off"/>

<@signoff [
  {"step": "Minutes written"},
  {"step": "Minutes approved (chair)", "role": change.owner}
]/>
