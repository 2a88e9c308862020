<#-- The words of the requirements traceability matrix (English); its structure is traceability-matrix.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This matrix shows, for every clause of ${sms.standard}, which documents of the ${org.name} service
management system (SMS) address it, down to the section, and how far the clause is implemented
according to the gap assessment. It is compiled from the documents themselves and updated whenever a
document or the assessment changes. Internal auditors use it to plan the audit programme, and the
certification body can use it at the stage 1 audit to find the evidence for each requirement.
@@howTitle
How the SMS meets the standard
@@how
${sms.standard} allows no exclusions: the SMS must address every clause. Each clause below names the
documents and sections that address it. Where the standard requires ${t.documentedInformation}, the
"${t.DocumentedInformation}" column says so; the records are listed in <@sms.link "document-register"/>.
@@statusTable
| Status | Clauses | Meaning |
|---|---|---|
| Implemented | ${traceabilityMatrix.counts.implemented} | The gap assessment found the requirement met in practice. |
| Partly implemented | ${traceabilityMatrix.counts.partial} | Documented, but not yet fully in operation; see the note. |
| Not implemented | ${traceabilityMatrix.counts.missing} | The document exists; the practice it describes has not started. |
| Not assessed | ${traceabilityMatrix.counts.notAssessed} | The gap assessment did not rate the clause separately. A sub-clause takes the rating of its nearest rated parent. |
@@uncovered
The following clauses are addressed by no document of the set and must be covered before the stage 1
audit: ${sms.andList(traceabilityMatrix.uncovered)}.
@@allCovered
Every clause is addressed by at least one document of the set.
@@matrixTitle
Matrix
@@matrixHeader
| Clause | Requirement area | Addressed in | ${t.DocumentedInformation} | Status |
|---|---|---|---|---|
@@notAddressed
**not addressed**
@@required
Required
@@formsTitle
Forms
@@formsNotCounted
The forms of the set are not counted above: a form does not address a clause, it is the blank of the record
that shows the clause is met in practice. Each form is listed here with the clauses whose evidence its
record is, so that an auditor can go from a clause to the records to sample.
@@formsHeader
| Form | Record produced | Evidence for clauses |
|---|---|---|
@@currentTitle
Keeping the matrix current
@@current
The matrix is reissued with the document set; nobody edits it by hand. The ${sms.manager.title}
reviews it after each gap assessment, before each internal audit and before the management review, and
raises an action in <@sms.link "improvement-register"/> for every clause that is partly or not implemented. When a
clause's status changes, the gap assessment in the SMS master data is updated and the matrix reissued.
