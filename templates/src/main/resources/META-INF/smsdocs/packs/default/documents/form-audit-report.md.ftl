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
<#include "/sections/form-parts.ftl">
<#include "/sections/audit-grades.ftl">
<@sms.section title="Use of this form"/>

The lead auditor issues this report within five working days of the closing meeting, as
<@sms.link "internal-audit"/> requires, to the owner of the audited area and the ${sms.manager.title}.
A major nonconformity is reported to the ${sms.topManagement.title} within two working days of the closing
meeting, without waiting for the report. Nonconformities are then handled under
<@sms.link "nonconformity-and-corrective-action"/>, and opportunities for improvement under
<@sms.link "continual-improvement"/>.

<@recordBlock/>

<@sms.section title="1. Audit"/>

| Audit | |
|---|---|
| Audit reference | |
| Area audited, as named in the audit programme | |
| Scope: processes, services, sites and period covered | |
| Criteria | |
| Opening meeting and closing meeting (dates) | |
| Lead auditor | |
| Auditors | |
| Auditees and people interviewed | |
| Samples taken | |
| Parts of the scope not audited, and why | |

<@sms.section title="2. Summary"/>

| Summary | |
|---|---|
| How well the area works: conclusion of the audit | |
| Good practice observed | |
<#list auditGrades as g>
| Number of findings: ${g.grade?lower_case} | |
</#list>

<@sms.section title="3. Findings"/>

Each finding is graded as the procedure defines:

<@gradeTable/>

| ${t["form.no"]} | Grade | Requirement (clause or document) | Finding and evidence | Agreed at the closing meeting |
|---|---|---|---|---|
<@blankRows 8 5 true/>

<@sms.section title="4. Follow-up"/>

| Follow-up | |
|---|---|
| Nonconformities entered in the corrective action register on | |
| Opportunities for improvement entered in the improvement register on | |
| Major nonconformity reported to the ${sms.topManagement.title} on | |
| Corrective actions verified as effective and findings closed on | |

<@sms.section title="Sign-off"/>

<@signoff [
  {"step": "Report issued by the lead auditor"},
  {"step": "Received by the owner of the audited area"},
  {"step": "Received", "role": sms.manager}
]/>
