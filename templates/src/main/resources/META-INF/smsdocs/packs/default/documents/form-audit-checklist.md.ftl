<#--
id: form-audit-checklist
title: Internal Audit Checklist
kind: form
code: FRM-05
order: 954
clauses: ["9.2"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.4.2"]}
related: ["internal-audit", "audit-programme", "form-audit-report"]
-->
<#include "/sections/form-parts.ftl">
<#include "/sections/audit-grades.ftl">
<@sms.section title="Use of this form"/>

The lead auditor prepares this checklist for each audit from the audit programme, as
<@sms.link "internal-audit"/> sets out, and the auditors complete it while they collect evidence. The
checklist lists every clause of ${sms.standard}; the auditors complete the rows of the clauses in the
audit's scope and add the questions and samples the area needs. Findings are carried into the
<@sms.link "form-audit-report"/>.

<@recordBlock/>

<@sms.section title="1. Audit"/>

| Audit | |
|---|---|
| Audit reference | |
| Area audited | |
| Auditee (owner of the area) | |
| Lead auditor | |
| Auditors | |
| Dates | |
| Period covered | |
| Criteria | <@choices [sms.standard, "Documents of the SMS", "Service level agreements", "Contracts with " + t.externalSuppliers, "Legal and regulatory requirements"]/> |
| Auditors independent of the area (no work in it in the last twelve months) | <@choices ["Confirmed"]/> |

<#if auditProgramme.rows?has_content>
The areas of the audit programme (<@sms.link "audit-programme"/>), with their owners:

| ${t["form.tick"]} | Area | Clauses | Auditee |
|---|---|---|---|
<#list auditProgramme.rows as r>
| ☐ | ${r.name} | ${r.clauseText} | ${r.owner.title} |
</#list>

</#if>
<@sms.section title="2. Checklist"/>

Result: ✓ where the requirement is met, otherwise the grade of the finding: <#list auditGrades as g>${g.grade?lower_case}<#sep>, </#list>.

| Clause | Requirement | Evidence examined (records, interviews, observation) | Result | Finding |
|---|---|---|---|---|
<#list clauseTitle as number, title>
| ${number} | ${title} | | | |
</#list>

<@sms.section title="3. Samples taken"/>

| Record type | References sampled | Period |
|---|---|---|
<@blankRows 6 3/>

<@sms.section title="4. Further questions"/>

| Question | Evidence | Result |
|---|---|---|
<@blankRows 6 3/>

<@sms.section title="Sign-off"/>

<@signoff [
  {"step": "Checklist prepared by the lead auditor"},
  {"step": "Audit completed by the lead auditor"}
]/>
