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
<#-- The structure of the RACI matrix; its words are in raci-matrix.text.ftl and its language variants. -->
<#import "/documents/raci-matrix.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.lettersTitle() clauses=["5.3"] key="how-the-letters-are-assigned"/>

${text.lettersTable()}

<@sms.section title=text.matrixTitle() clauses=["5.3"] key="matrix"/>

${text.matrixIntro()}

${text.matrixHeader()}
<#list raciMatrix as p>
| ${p.name} | ${p.clause} | <@sms.roleWithPerson p.owner/> | ${(p.consulted.title)!"—"} | ${(p.informed.title)!"—"} |
</#list>

<@sms.section title=text.keepingCurrentTitle() key="keeping-the-matrix-current"/>

${text.keepingCurrent()}
