<#--
id: form-management-review-agenda
title: Management Review Agenda Form
kind: form
code: FRM-07
order: 956
clauses: ["9.3"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.4.3"]}
related: ["management-review", "form-management-review-minutes", "form-kpi-sheet"]
-->
<#include "/sections/form-parts.ftl">
<#include "/sections/management-review-inputs.ftl">
<@sms.section title="Use of this form"/>

The ${sms.manager.title} completes this agenda for every management review and circulates it with the
input pack at least five working days before the review, as <@sms.link "management-review"/> sets out.
The items follow the review inputs of the procedure, in the same order; the ${sms.topManagement.title}
chairs the review. The minutes are recorded on the <@sms.link "form-management-review-minutes"/>.

<@recordBlock/>

<@sms.section title="1. Meeting"/>

| Meeting | |
|---|---|
| Date, time and place | |
| Review | <@choices ["Full review", "Extraordinary review"]/> |
| Event that called an extraordinary review | |
| Period covered | |
| Chair | ${sms.topManagement.title} |
| Input pack circulated on | |

<@sms.section title="2. Invited"/>

| ${t.role} | ${t.holder} | Presents |
|---|---|---|
<#if sms.manager.id != sms.topManagement.id>
| ${sms.topManagement.title} | ${sms.topManagement.holder} | Chairs the review<#if governance.topProcesses?has_content>; ${governance.topProcesses?join(", ")}</#if> |
| ${sms.manager.title} | ${sms.manager.holder} | The overall performance of the SMS<#if governance.managerProcesses?has_content>; ${governance.managerProcesses?join(", ")}</#if> |
<#else>
| ${sms.topManagement.title} | ${sms.topManagement.holder} | Chairs the review; the overall performance of the SMS<#if governance.managerProcesses?has_content>; ${governance.managerProcesses?join(", ")}</#if> |
</#if>
<#list governance.otherProcessOwners as o>
| ${o.title} | ${o.holder} | <#list o.ownedProcesses as p>${p.name}<#sep>, </#list> |
</#list>
| Invited for an item | | |
| Invited for an item | | |

<@sms.section title="3. Agenda"/>

| ${t["form.no"]} | Item | Presented by | Time |
|---|---|---|---|
| 1 | Opening: quorum and agenda | ${sms.topManagement.title} | |
<#list reviewInputs as i>
| ${i?counter + 1} | ${i.input} | ${i.by} | |
</#list>
| ${reviewInputs?size + 2} | Conclusions: is the SMS still suitable, adequate and effective; do the policy and the objectives need to change | ${sms.topManagement.title} | |
| ${reviewInputs?size + 3} | Decisions and actions, each with its owner and due date | ${sms.topManagement.title} | |
| ${reviewInputs?size + 4} | Date of the next review, and items to follow up before it | ${sms.topManagement.title} | |

<@sms.section title="Sign-off"/>

<@signoff (sms.manager.id != sms.topManagement.id)?then([{"step": "Agenda prepared", "role": sms.manager}], []) + [{"step": "Agenda agreed (chair)", "role": sms.topManagement}]/>
