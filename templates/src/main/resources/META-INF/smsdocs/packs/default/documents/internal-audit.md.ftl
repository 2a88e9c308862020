<#--
id: internal-audit
title: Internal Audit Procedure
kind: procedure
code: PRO-11
order: 710
clauses: ["9.2"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.4.2"]}
related: ["sms-plan", "competence-awareness-communication", "management-review", "nonconformity-and-corrective-action", "continual-improvement", "document-register"]
-->
<#-- The structure of the internal audit procedure; its words are in internal-audit.text.ftl and its language
     variants. -->
<#include "/sections/audit-grades.ftl">
<#import "/documents/internal-audit.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<#-- The programme's approver is the one its own document-control table names. -->
<#assign programmeApprover = (docs["audit-programme"].approver)!sms.topManagement>
<#if sms.manager.id == sms.topManagement.id>
<@sms.responsibilityTable rows=[
  {"role": programmeApprover, "duties": text.approverDuties()?markup_string},
  {"role": sms.topManagement, "duties": text.topManagementAsManagerDuties()?markup_string}
]/>
<#else>
<@sms.responsibilityTable rows=[
  {"role": programmeApprover, "duties": text.approverDuties()?markup_string},
  {"role": sms.topManagement, "duties": text.topManagementDuties()?markup_string},
  {"role": sms.manager, "duties": text.managerDuties()?markup_string}
]/>
</#if>

${text.auditGroups()}

<@sms.section title=text.principlesTitle() key="principles"/>

${text.principles()}

<@sms.section title=text.programmeTitle() clauses=["9.2"] key="audit-programme"/>

${text.programme()}

<#include "/sections/audit-programme-table.ftl">

${text.programmeCounts()}

${text.firstRound()}

${text.yearlySchedule(programmeApprover)}

<@sms.section title=text.auditorsTitle() clauses=["9.2", "7.2"] key="selection,-objectivity-and-competence-of-auditors"/>

${text.auditors()}

<@sms.section title=text.conductingTitle() clauses=["9.2"] key="conducting-an-audit"/>

${text.conducting()}

<@sms.section title=text.gradingTitle() clauses=["9.2", "10.1"] key="grading-of-findings"/>

<@gradeTable/>

<@sms.section title=text.reportingTitle() clauses=["9.2"] key="reporting"/>

${text.auditReporting()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3", "9.2"] key="records"/>

${text.records()}

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["internal-audit"] as m>
| ${m.name} | ${m.target} |
</#list>

${text.measuresReport()}
