<#-- The words of the internal audit checklist (English); its structure is form-audit-checklist.md.ftl. -->
@@useTitle
Use of this form
@@use
The lead auditor prepares this checklist for each audit from the audit programme, as
<@sms.link "internal-audit"/> sets out, and the auditors complete it while they collect evidence. The
checklist lists every clause of ${sms.standard}; the auditors complete the rows of the clauses in the
audit's scope and add the questions and samples the area needs. Findings are carried into the
<@sms.link "form-audit-report"/>.
@@auditTitle
1. Audit
@@auditTable
| Audit | |
|---|---|
| Audit reference | |
| Area audited | |
| Auditee (owner of the area) | |
| Lead auditor | |
| Auditors | |
| Dates | |
| Period covered | |
@@criteria
Criteria
@@smsDocuments
Documents of the SMS
@@slas
Service level agreements
@@supplierContracts
Contracts with ${t.externalSuppliers}
@@legalRequirements
Legal and regulatory requirements
@@independence
Auditors independent of the area (no work in it in the last twelve months)
@@confirmed
Confirmed
@@areasIntro
The areas of the audit programme (<@sms.link "audit-programme"/>), with their owners:
@@areasHeader
| ${t["form.tick"]} | Area | Clauses | Auditee |
|---|---|---|---|
@@checklistTitle
2. Checklist
@@resultKey grades
Result: ✓ where the requirement is met, otherwise the grade of the finding: <#list grades as g>${g.grade?lower_case}<#sep>, </#list>.
@@checklistHeader
| Clause | Requirement | Evidence examined (records, interviews, observation) | Result | Finding |
|---|---|---|---|---|
@@samplesTitle
3. Samples taken
@@samplesHeader
| Record type | References sampled | Period |
|---|---|---|
@@questionsTitle
4. Further questions
@@questionsHeader
| Question | Evidence | Result |
|---|---|---|
@@signOffTitle
Sign-off
@@prepared
Checklist prepared by the lead auditor
@@completed
Audit completed by the lead auditor
