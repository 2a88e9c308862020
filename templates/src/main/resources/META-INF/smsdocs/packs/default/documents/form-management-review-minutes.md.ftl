<#--
id: form-management-review-minutes
title: Management Review Minutes Form
kind: form
code: FRM-08
order: 957
clauses: ["9.3"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.4.3"]}
related: ["management-review", "form-management-review-agenda", "continual-improvement"]
-->
<#include "/sections/form-parts.ftl">
<#include "/sections/management-review-inputs.ftl">
<@sms.section title="Use of this form"/>

The ${sms.manager.title} records the minutes of every management review on this form and issues the draft
to the attendees within five working days, as <@sms.link "management-review"/> sets out. Attendees send
corrections within three working days; the ${sms.topManagement.title} then approves the minutes, and the
actions are entered in the management review action log.

<@recordBlock/>

<@sms.section title="1. Meeting"/>

| Meeting | |
|---|---|
| Date and place | |
| Review | <@choices ["Full review", "Extraordinary review"]/> |
| Period covered | |
| Chair | ${sms.topManagement.title} |
| Minutes taken by | |
| Quorate: chair (or formal deputy) and ${sms.manager.title} present, and at least two thirds of the process owners attending or reporting in writing | <@choices ["Yes", "No: review to be held again within four weeks"]/> |

<@sms.section title="2. Attendance"/>

| ${t.role} | ${t.holder} | Present | Deputy, apologies or written report |
|---|---|---|---|
| ${sms.topManagement.title} | ${sms.topManagement.holder} | ☐ | |
<#if sms.manager.id != sms.topManagement.id>
| ${sms.manager.title} | ${sms.manager.holder} | ☐ | |
</#if>
<#list governance.otherProcessOwners as o>
| ${o.title} | ${o.holder} | ☐ | |
</#list>
| Invited for an item | | ☐ | |
| Invited for an item | | ☐ | |

<@sms.section title="3. Inputs considered"/>

| ${t["form.no"]} | Input | Results, trend and what they mean for the SMS |
|---|---|---|
<#list reviewInputs as i>
| ${i?counter} | ${i.input} | |
</#list>

<@sms.section title="4. Conclusions"/>

| Conclusions | |
|---|---|
| The SMS remains suitable for the organisation | <@choices ["Yes", "No, because"]/> |
| The SMS remains adequate for the services | <@choices ["Yes", "No, because"]/> |
| The SMS is effective in achieving its objectives | <@choices ["Yes", "No, because"]/> |
| The service management policy needs to change | <@choices ["No", "Yes"]/> |
| The service management objectives or their targets need to change | <@choices ["No", "Yes"]/> |

<@sms.section title="5. Decisions and actions"/>

Each decision or action has one of these subjects: an opportunity for improvement; a change to the SMS, its
policy, objectives, scope, plan or processes; a change to services, service level targets or supplier
arrangements; resources; risks and opportunities; a corrective action beyond a process owner's authority.

| ${t["form.no"]} | Decision or action | Subject | Owner | Due |
|---|---|---|---|---|
<@blankRows 10 5 true/>

| Next review | |
|---|---|
| Date of the next review | |
| Items to follow up before it | |

<@sms.section title="Sign-off"/>

<@signoff (sms.manager.id != sms.topManagement.id)?then([{"step": "Minutes written", "role": sms.manager}], []) + [{"step": "Minutes approved", "role": sms.topManagement}]/>
