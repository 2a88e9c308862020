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
<@sms.section title="Purpose" clauses=["7.5.3"] clauses2011=["4.3.3"]/>

This matrix lists every record that ${sms.standard} requires ${org.name} to keep, the system that holds it,
the role that owns it and how long it is kept. It lets an auditor, or a new member of staff, find the
evidence for any requirement in one step. How records are protected, retrieved and disposed of is set out in
<@sms.link "documented-information-control"/>.

<@sms.section title="Records" clauses=["7.5.3"] clauses2011=["4.3.3"]/>

| Record | Clause | Owner | Held in | Retention |
|---|---|---|---|---|
<#list requiredRecords as r>
| ${r.record} | ${sms.clauseRef(r.clause, r.clause2011!"")} | ${r.owner.title} | ${r.where?cap_first} | ${r.retention} |
</#list>

Each process record is held in the tool named for its process; where no tool is named yet, the record is
held in ${defaultTool}.
<#if forms.all?has_content>

<@sms.section title="Forms and the records they produce" clauses=["7.5.3"] clauses2011=["4.3.3"]/>

Several records are made on a form of the set. The completed form is kept where its record is kept, by the
record's owner, and for as long as that record; a form kept in a process tool is the blank from which the
tool's record is set up, and is used on paper only when the tool cannot be reached.

| Form | Record produced | Clause | Owner | Kept in | Retention |
|---|---|---|---|---|---|
<#list forms.all as f>
| <@sms.link f.doc.id/> | ${f.record} | <#list f.clauses as c>${c}<#sep>, </#list> | ${f.owner.title} | ${f.keptIn?cap_first} | ${f.retention!"—"} |
</#list>
</#if>
