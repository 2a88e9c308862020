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
<#assign statusText = {"implemented": "Implemented", "partial": "Partly implemented", "missing": "Not implemented", "not assessed": "Not assessed"}>
<#assign counts = {}>
<#list ["implemented", "partial", "missing", "not assessed"] as s>
<#assign counts = counts + {s: traceability?filter(e -> e.status == s)?size}>
</#list>
<#assign uncovered = traceability?filter(e -> !e.documents?has_content)>
<@sms.section title="Purpose"/>

This matrix shows, for every clause of ${sms.standard}, which documents of the ${org.name} service
management system (SMS) address it, down to the section, and how far the clause is implemented
according to the gap assessment. It is generated from the documents themselves, so it changes whenever
a document or the assessment changes. Internal auditors use it to plan the audit programme, and the
certification body can use it at the stage 1 audit to find the evidence for each requirement.

<@sms.section title="How the SMS meets the standard" clauses=["4.4"]/>

${sms.standard} allows no exclusions: the SMS must address every clause. Each clause below names the
documents and sections that address it. Where the standard requires documented information, the
"Documented information" column says so; the records are listed in <@sms.link "document-register"/>.

| Status | Clauses | Meaning |
|---|---|---|
| Implemented | ${counts["implemented"]} | The gap assessment found the requirement met in practice. |
| Partly implemented | ${counts["partial"]} | Documented, but not yet fully in operation; see the note. |
| Not implemented | ${counts["missing"]} | The document exists; the practice it describes has not started. |
| Not assessed | ${counts["not assessed"]} | The gap assessment did not rate the clause separately. A sub-clause takes the rating of its nearest rated parent. |

<#if uncovered?has_content>
The following clauses are addressed by no document of the set and must be covered before the stage 1
audit: ${sms.andList(uncovered?map(e -> e.clause + " " + e.title))}.
<#else>
Every clause is addressed by at least one document of the set.
</#if>

<@sms.section title="Matrix"/>

| Clause | Requirement area | Addressed in | Documented information | Status |
|---|---|---|---|---|
<#list traceability as e>
<#-- A clause addressed by one document per service (the SLAs) names the first ten and counts the rest. -->
<#assign shown = (e.documents?size > 12)?then(e.documents[0..<10], e.documents)>
| ${e.clause} | ${e.title} | <#if e.documents?has_content><#list shown as d><@sms.link d.id/><#if d.sections?has_content>: ${d.sections?join("; ")}</#if><#sep>; </#list><#if (e.documents?size > shown?size)> and ${e.documents?size - shown?size} more</#if><#else>**not addressed**</#if> | <#if e.documented>Required<#else>—</#if> | ${statusText[e.status]}<#if e.note?has_content>: ${e.note}</#if> |
</#list>

<@sms.section title="Keeping the matrix current"/>

The matrix is regenerated with the document set; nobody edits it by hand. The ${sms.manager.title}
reviews it after each gap assessment, before each internal audit and before the management review, and
raises an action in the improvement register for every clause that is partly or not implemented. When a
clause's status changes, the gap assessment in the SMS descriptor is updated and the set regenerated.
