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
<#-- The structure of the traceability matrix; its words are in traceability-matrix.text.ftl and its language variants. -->
<#import "/documents/traceability-matrix.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.howTitle() clauses=["4.4"] key="how-the-sms-meets-the-standard"/>

${text.how()}

${text.statusTable()}

<#if traceabilityMatrix.uncovered?has_content>
${text.uncovered()}
<#else>
${text.allCovered()}
</#if>

<@sms.section title=text.matrixTitle() key="matrix"/>

${text.matrixHeader()}
<#list traceabilityMatrix.rows as e>
| ${e.clause} | ${e.title} | <#if e.documents?has_content><#list e.documents as d><@sms.link d.id/><#if d.sections?has_content>: ${d.sections?join("; ")}</#if><#sep>; </#list><#else>${text.notAddressed()}</#if> | <#if e.documented>${text.required()}<#else>—</#if> | ${e.statusTitle}<#if e.note?has_content>: ${e.note}</#if> |
</#list>

<#if forms.all?has_content>
<@sms.section title=text.formsTitle() key="forms"/>

${text.formsNotCounted()}

${text.formsHeader()}
<#list forms.all as f>
| <@sms.link f.doc.id/> | ${f.record} | <#list f.clauses as c>${c}<#sep>, </#list> |
</#list>

</#if>
<@sms.section title=text.currentTitle() key="keeping-the-matrix-current"/>

${text.current()}
