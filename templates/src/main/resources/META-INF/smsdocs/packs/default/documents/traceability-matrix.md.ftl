<#--
id: traceability-matrix
title: Requirements Traceability Matrix
kind: matrix
code: MAT-01
order: 920
clauses: ["4.4"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5"]}
related: ["sms-plan", "internal-audit", "document-register"]
-->
<@sms.section title="Purpose"/>

This matrix shows, for every clause of ${sms.standard}, which documents of the ${org.name} service
management system (SMS) address it, down to the section, and how far the clause is implemented
according to the gap assessment. It is compiled from the documents themselves and updated whenever a
document or the assessment changes. Internal auditors use it to plan the audit programme, and the
certification body can use it at the stage 1 audit to find the evidence for each requirement.

<@sms.section title="How the SMS meets the standard" clauses=["4.4"]/>

${sms.standard} allows no exclusions: the SMS must address every clause. Each clause below names the
documents and sections that address it. Where the standard requires ${t.documentedInformation}, the
"${t.DocumentedInformation}" column says so; the records are listed in <@sms.link "document-register"/>.

| Status | Clauses | Meaning |
|---|---|---|
| Implemented | ${traceabilityMatrix.counts.implemented} | The gap assessment found the requirement met in practice. |
| Partly implemented | ${traceabilityMatrix.counts.partial} | Documented, but not yet fully in operation; see the note. |
| Not implemented | ${traceabilityMatrix.counts.missing} | The document exists; the practice it describes has not started. |
| Not assessed | ${traceabilityMatrix.counts.notAssessed} | The gap assessment did not rate the clause separately. A sub-clause takes the rating of its nearest rated parent. |

<#if traceabilityMatrix.uncovered?has_content>
The following clauses are addressed by no document of the set and must be covered before the stage 1
audit: ${sms.andList(traceabilityMatrix.uncovered)}.
<#else>
Every clause is addressed by at least one document of the set.
</#if>

<@sms.section title="Matrix"/>

| Clause | Requirement area | Addressed in | ${t.DocumentedInformation} | Status |
|---|---|---|---|---|
<#list traceabilityMatrix.rows as e>
| ${e.clause} | ${e.title} | <#if e.documents?has_content><#list e.documents as d><@sms.link d.id/><#if d.sections?has_content>: ${d.sections?join("; ")}</#if><#sep>; </#list><#else>**not addressed**</#if> | <#if e.documented>Required<#else>—</#if> | ${e.statusTitle}<#if e.note?has_content>: ${e.note}</#if> |
</#list>

<#if forms.all?has_content>
<@sms.section title="Forms"/>

The forms of the set are not counted above: a form does not address a clause, it is the blank of the record
that shows the clause is met in practice. Each form is listed here with the clauses whose evidence its
record is, so that an auditor can go from a clause to the records to sample.

| Form | Record produced | Evidence for clauses |
|---|---|---|
<#list forms.all as f>
| <@sms.link f.doc.id/> | ${f.record} | <#list f.clauses as c>${c}<#sep>, </#list> |
</#list>

</#if>
<@sms.section title="Keeping the matrix current"/>

The matrix is reissued with the document set; nobody edits it by hand. The ${sms.manager.title}
reviews it after each gap assessment, before each internal audit and before the management review, and
raises an action in <@sms.link "improvement-register"/> for every clause that is partly or not implemented. When a
clause's status changes, the gap assessment in the SMS master data is updated and the matrix reissued.
