<#-- The words of the internal audit report form (English); its structure is form-audit-report.md.ftl. -->
@@useTitle
Use of this form
@@use
The lead auditor issues this report within five working days of the closing meeting, as
<@sms.link "internal-audit"/> requires, to the owner of the audited area and the ${sms.manager.title}.
A major nonconformity is reported to the ${sms.topManagement.title} within two working days of the closing
meeting, without waiting for the report. Nonconformities are then handled under
<@sms.link "nonconformity-and-corrective-action"/>, and opportunities for improvement under
<@sms.link "continual-improvement"/>.
@@auditTitle
1. Audit
@@auditTable
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
@@summaryTitle
2. Summary
@@summaryTable
| Summary | |
|---|---|
| How well the area works: conclusion of the audit | |
| Good practice observed | |
@@findingsCountRow grade
| Number of findings: ${grade?lower_case} | |
@@findingsTitle
3. Findings
@@gradingIntro
Each finding is graded as the procedure defines:
@@findingsHeader
| ${t["form.no"]} | Grade | Requirement (clause or document) | Finding and evidence | Agreed at the closing meeting |
|---|---|---|---|---|
@@followUpTitle
4. Follow-up
@@followUpTable
| Follow-up | |
|---|---|
| Nonconformities entered in the corrective action register on | |
| Opportunities for improvement entered in the improvement register on | |
| Major nonconformity reported to the ${sms.topManagement.title} on | |
| Corrective actions verified as effective and findings closed on | |
@@signOffTitle
Sign-off
@@reportIssued
Report issued by the lead auditor
@@receivedByAreaOwner
Received by the owner of the audited area
@@received
Received
