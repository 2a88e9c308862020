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
<#-- The structure of the internal audit checklist; its words are in form-audit-checklist.text.ftl and its language variants. -->
<#include "/sections/form-parts.ftl">
<#include "/sections/audit-grades.ftl">
<#import "/documents/form-audit-checklist.text.ftl" as text>
<@sms.section title=text.useTitle() key="use-of-this-form"/>

${text.use()}

<@recordBlock/>

<@sms.section title=text.auditTitle() key="1.-audit"/>

${text.auditTable()}
| ${text.criteria()} | <@choices [sms.standard, text.smsDocuments(), text.slas(), text.supplierContracts(), text.legalRequirements()]/> |
| ${text.independence()} | <@choices [text.confirmed()]/> |

<#if auditProgramme.rows?has_content>
${text.areasIntro()}

${text.areasHeader()}
<#list auditProgramme.rows as r>
| ☐ | ${r.name} | ${r.clauseText} | ${r.owner.title} |
</#list>

</#if>
<@sms.section title=text.checklistTitle() key="2.-checklist"/>

${text.resultKey(auditGrades)}

${text.checklistHeader()}
<#list clauseTitle as number, title>
| ${number} | ${title} | | | |
</#list>

<@sms.section title=text.samplesTitle() key="3.-samples-taken"/>

${text.samplesHeader()}
<@blankRows 6 3/>

<@sms.section title=text.questionsTitle() key="4.-further-questions"/>

${text.questionsHeader()}
<@blankRows 6 3/>

<@sms.section title=text.signOffTitle() key="sign-off"/>

<@signoff [
  {"step": text.prepared()},
  {"step": text.completed()}
]/>
