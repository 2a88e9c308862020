<#--
id: raci-matrix
title: RACI Matrix of the SMS Processes
kind: register
code: REG-02
order: 905
clauses: ["5.3"]
editions: ["2018"]
-->
<#assign top = sms.topManagement>
<#assign manager = sms.manager>
<#-- Who is responsible (R), accountable (A), consulted (C) and informed (I) for one process, as one cell per role. -->
<#function letters p r>
  <#local l = []>
  <#if p.owner.id == r.id><#local l = l + ["A", "R"]></#if>
  <#if r.id == manager.id && p.owner.id != r.id><#local l = l + ["C"]></#if>
  <#if r.id == top.id && p.owner.id != r.id && r.id != manager.id><#local l = l + ["I"]></#if>
  <#return l?join("/")>
</#function>
<#-- The roles that hold a letter: process owners, the SMS owner and top management, in descriptor order. -->
<#assign columns = roles?filter(r -> r.ownedProcesses?has_content || r.id == manager.id || r.id == top.id)>
<@sms.documentHeader/>

<@sms.section title="Purpose"/>

This matrix shows, for every process of the ${org.name} service management system (SMS), which role is
accountable for it, which carries it out, who is consulted and who is kept informed. It is the quick
reference for staff and auditors; the detailed duties are in each procedure and in
<@sms.link "service-management-policy"/>.

<@sms.section title="How the letters are assigned" clauses=["5.3"]/>

| Letter | Meaning | Rule in this SMS |
|---|---|---|
| A | Accountable: answers for the process and its results; exactly one role per process | The process owner named in the SMS descriptor |
| R | Responsible: carries out or directs the work | The process owner, with the staff of their team |
| C | Consulted: gives input before decisions | The ${manager.title}, for every process owned by another role |
| I | Informed: told about results and decisions | ${top.title}, through the service reports and the management review |

<@sms.section title="Matrix" clauses=["5.3"]/>

| Process | Clause | <#list columns as r>${r.title}<#sep> | </#list> |
|---|---|<#list columns as r>---|</#list>
<#list processList as p>
| ${p.name} | ${p.clause} | <#list columns as r>${letters(p, r)}<#sep> | </#list> |
</#list>

<@sms.section title="Keeping the matrix current"/>

The matrix is generated from the process owners recorded in the SMS descriptor. When an owner changes,
the ${manager.title} updates the descriptor, the set is regenerated, and the change is communicated as
described in <@sms.link "competence-awareness-communication"/>.
