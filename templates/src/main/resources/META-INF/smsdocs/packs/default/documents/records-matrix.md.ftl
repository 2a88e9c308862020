<#--
id: records-matrix
title: Records Location Matrix
kind: register
code: REG-06
order: 902
clauses: ["7.5.3"]
editions:
  "2018": {}
  "2011": {clauses: ["4.3.3"]}
related: ["documented-information-control", "document-register", "raci-matrix"]
-->
<#-- The structure of the records location matrix; its words are in records-matrix.text.ftl and its language variants. -->
<#import "/documents/records-matrix.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses=["7.5.3"] clauses2011=["4.3.3"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] clauses2011=["4.3.3"] key="records"/>

${text.recordsHeader()}
<#list requiredRecords as r>
| ${r.record} | ${sms.clauseRef(r.clause, r.clause2011!"")} | ${r.owner.title} | ${r.where?cap_first} | ${r.retention} |
</#list>

${text.recordsHeldIn()}
<#if forms.all?has_content>

<@sms.section title=text.formsTitle() clauses=["7.5.3"] clauses2011=["4.3.3"] key="forms-and-the-records-they-produce"/>

${text.recordsOnForms()}
<#list forms.all as f>
| <@sms.link f.doc.id/> | ${f.record} | <#list f.clauses as c>${c}<#sep>, </#list> | ${f.owner.title} | ${f.keptIn?cap_first} | ${f.retention!"—"} |
</#list>
</#if>
