<#--
id: form-audit-report
title: Internal Audit Report Form
kind: form
code: FRM-06
order: 955
clauses: ["9.2"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.4.2"]}
related: ["internal-audit", "form-audit-checklist", "nonconformity-and-corrective-action", "continual-improvement"]
-->
<#-- The structure of the internal audit report; its words are in form-audit-report.text.ftl and its language variants. -->
<#include "/sections/form-parts.ftl">
<#include "/sections/audit-grades.ftl">
<#import "/documents/form-audit-report.text.ftl" as text>
<@sms.section title=text.useTitle() key="use-of-this-form"/>

${text.use()}

<@recordBlock/>

<@sms.section title=text.auditTitle() key="1.-audit"/>

${text.auditTable()}

<@sms.section title=text.summaryTitle() key="2.-summary"/>

${text.summaryTable()}
<#list auditGrades as g>
${text.findingsCountRow(g.grade)}
</#list>

<@sms.section title=text.findingsTitle() key="3.-findings"/>

${text.gradingIntro()}

<@gradeTable/>

${text.findingsHeader()}
<@blankRows 8 5 true/>

<@sms.section title=text.followUpTitle() key="4.-follow-up"/>

${text.followUpTable()}

<@sms.section title=text.signOffTitle() key="sign-off"/>

<@signoff [
  {"step": text.reportIssued()},
  {"step": text.receivedByAreaOwner()},
  {"step": text.received(), "role": sms.manager}
]/>
