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
<#-- The structure of the management review agenda form; its words are in form-management-review-agenda.text.ftl
     and its language variants. -->
<#include "/sections/form-parts.ftl">
<#include "/sections/management-review-inputs.ftl">
<#import "/documents/form-management-review-agenda.text.ftl" as text>
<@sms.section title=text.useTitle() key="use-of-this-form"/>

${text.use()}

<@recordBlock/>

<@sms.section title=text.meetingTitle() key="1.-meeting"/>

<#assign reviewChoices><@choices [text.fullReview(), text.extraordinaryReview()]/></#assign>
${text.meetingTable(reviewChoices)}

<@sms.section title=text.invitedTitle() key="2.-invited"/>

${text.invitedHeader()}
<#if sms.manager.id != sms.topManagement.id>
| ${sms.topManagement.title} | ${sms.topManagement.holder} | ${text.chairs()}<#if governance.topProcesses?has_content>; ${governance.topProcesses?join(", ")}</#if> |
| ${sms.manager.title} | ${sms.manager.holder} | ${text.overallPerformance()}<#if governance.managerProcesses?has_content>; ${governance.managerProcesses?join(", ")}</#if> |
<#else>
| ${sms.topManagement.title} | ${sms.topManagement.holder} | ${text.chairsAndOverallPerformance()}<#if governance.managerProcesses?has_content>; ${governance.managerProcesses?join(", ")}</#if> |
</#if>
<#list governance.otherProcessOwners as o>
| ${o.title} | ${o.holder} | <#list o.ownedProcesses as p>${p.name}<#sep>, </#list> |
</#list>
${text.invitedForItem()}

<@sms.section title=text.agendaTitle() key="3.-agenda"/>

${text.agendaHeader()}
| 1 | ${text.opening()} | ${sms.topManagement.title} | |
<#list reviewInputs as i>
| ${i?counter + 1} | ${i.input} | ${i.by} | |
</#list>
| ${reviewInputs?size + 2} | ${text.conclusions()} | ${sms.topManagement.title} | |
| ${reviewInputs?size + 3} | ${text.decisionsItem()} | ${sms.topManagement.title} | |
| ${reviewInputs?size + 4} | ${text.nextReview()} | ${sms.topManagement.title} | |

<@sms.section title=text.signOffTitle() key="sign-off"/>

<@signoff (sms.manager.id != sms.topManagement.id)?then([{"step": text.agendaPrepared(), "role": sms.manager}], []) + [{"step": text.agendaAgreed(), "role": sms.topManagement}]/>
