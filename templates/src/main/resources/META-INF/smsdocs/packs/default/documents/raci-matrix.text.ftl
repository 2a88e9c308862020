<#-- The words of the RACI matrix (English); its structure is raci-matrix.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This matrix shows, for every process of the ${org.name} service management system (SMS), which role is
accountable for it, which carries it out, who is consulted and who is kept informed. It is the quick
reference for staff and auditors; the detailed duties are in each procedure and in
<@sms.link "service-management-policy"/>.
@@lettersTitle
How the letters are assigned
@@lettersTable
| Letter | Meaning | Rule in this SMS |
|---|---|---|
| A | Accountable: answers for the process and its results; exactly one role per process | The process owner named in the SMS master data |
| R | Responsible: carries out or directs the work | The process owner, with the staff of their team |
| C | Consulted: gives input before decisions | The ${manager.title}, for every process owned by another role |
| I | Informed: told about results and decisions | ${top.title}, through the service reports and the management review |
@@matrixTitle
Matrix
@@matrixIntro
One row per process, so that the matrix stays readable on a page however many roles the SMS has.
@@matrixHeader
| Process | Clause | Accountable and responsible (A/R) | Consulted (C) | Informed (I) |
|---|---|---|---|---|
@@keepingCurrentTitle
Keeping the matrix current
@@keepingCurrent
The matrix follows the process owners recorded in the SMS master data. When an owner changes, the
${manager.title} records the new owner there and reissues the matrix with the documents that name the owner,
and the change is communicated as described in <@sms.link "competence-awareness-communication"/>.
