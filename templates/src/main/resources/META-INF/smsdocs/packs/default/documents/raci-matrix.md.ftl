<#--
id: raci-matrix
title: RACI Matrix of the SMS Processes
kind: register
code: REG-02
order: 905
clauses: ["5.3"]
editions:
  "2018": {}
  "2011": {clauses: ["4.1.3"]}
-->
<@sms.section title="Purpose"/>

This matrix shows, for every process of the ${org.name} service management system (SMS), which role is
accountable for it, which carries it out, who is consulted and who is kept informed. It is the quick
reference for staff and auditors; the detailed duties are in each procedure and in
<@sms.link "service-management-policy"/>.

<@sms.section title="How the letters are assigned" clauses=["5.3"]/>

| Letter | Meaning | Rule in this SMS |
|---|---|---|
| A | Accountable: answers for the process and its results; exactly one role per process | The process owner named in the SMS master data |
| R | Responsible: carries out or directs the work | The process owner, with the staff of their team |
| C | Consulted: gives input before decisions | The ${manager.title}, for every process owned by another role |
| I | Informed: told about results and decisions | ${top.title}, through the service reports and the management review |

<@sms.section title="Matrix" clauses=["5.3"]/>

One row per process, so that the matrix stays readable on a page however many roles the SMS has.

| Process | Clause | Accountable and responsible (A/R) | Consulted (C) | Informed (I) |
|---|---|---|---|---|
<#list raciMatrix as p>
| ${p.name} | ${p.clause} | <@sms.roleWithPerson p.owner/> | ${(p.consulted.title)!"—"} | ${(p.informed.title)!"—"} |
</#list>

<@sms.section title="Keeping the matrix current"/>

The matrix follows the process owners recorded in the SMS master data. When an owner changes, the
${manager.title} records the new owner there and reissues the matrix with the documents that name the owner,
and the change is communicated as described in <@sms.link "competence-awareness-communication"/>.
