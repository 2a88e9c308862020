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
<#-- The structure of the management review minutes form; its words are in form-management-review-minutes.text.ftl and its language variants. -->
<#include "/sections/form-parts.ftl">
<#include "/sections/management-review-inputs.ftl">
<#import "/documents/form-management-review-minutes.text.ftl" as text>
<@sms.section title=text.useTitle() key="use-of-this-form"/>

${text.use()}

<@recordBlock/>

<@sms.section title=text.meetingTitle() key="1.-meeting"/>

${text.meetingTable(choices)}

<@sms.section title=text.attendanceTitle() key="2.-attendance"/>

${text.attendanceHeader()}
| ${sms.topManagement.title} | ${sms.topManagement.holder} | ☐ | |
<#if sms.manager.id != sms.topManagement.id>
| ${sms.manager.title} | ${sms.manager.holder} | ☐ | |
</#if>
<#list governance.otherProcessOwners as o>
| ${o.title} | ${o.holder} | ☐ | |
</#list>
${text.attendanceInvited()}

<@sms.section title=text.inputsTitle() key="3.-inputs-considered"/>

${text.inputsHeader()}
<#list reviewInputs as i>
| ${i?counter} | ${i.input} | |
</#list>

<@sms.section title=text.conclusionsTitle() key="4.-conclusions"/>

${text.conclusionsTable(choices)}

<@sms.section title=text.decisionsTitle() key="5.-decisions-and-actions"/>

${text.decisionsIntro()}

${text.decisionsHeader()}
<@blankRows 10 5 true/>

${text.nextReviewTable()}

<@sms.section title=text.signOffTitle() key="sign-off"/>

<@signoff (sms.manager.id != sms.topManagement.id)?then([{"step": text.minutesWritten(), "role": sms.manager}], []) + [{"step": text.minutesApproved(), "role": sms.topManagement}]/>
