<#--
id: governance-of-other-parties
title: Governance of Processes Operated by Other Parties
kind: procedure
code: PRO-15
order: 230
editions:
  "2011": {clauses: ["4.2"]}
related: ["relationship-processes", "internal-audit", "sms-scope", "service-catalogue"]
-->
<#-- Processes that a supplier or internal group carries out in part, from what each one provides. The structure of
     the procedure; its words are in governance-of-other-parties.text.ftl and its language variants. -->
<#import "/documents/governance-of-other-parties.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses2011=["4.2"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() clauses2011=["4.2"] key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": sms.topManagement, "duties": text.topManagementDuties()?markup_string},
  {"role": supplierManagement.owner, "duties": text.supplierOwnerDuties()?markup_string},
  {"role": sms.manager, "duties": text.managerDuties()?markup_string}
]/>

${text.processOwners()}

<#include "/sections/control-of-other-parties.ftl">
<@sms.section title=text.demonstratingTitle() clauses2011=["4.2"] key="demonstrating-governance"/>

${text.demonstrating()}

<#if procedures.operators?has_content>
${text.operatorsIntro()}

${text.operatorsHeader()}
<#list procedures.operators as x>
| ${x.name} | ${x.typeLabel} | ${x.provides!text.supportingServices()} | ${text.operatorInterfaces()} | <@sms.roleWithPerson x.manager/> | ${x.reviewFrequency?cap_first} |
</#list>
</#if>

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="supplier-management" rows=[
  {"record": text.partiesRecord(), "owner": supplierManagement.owner, "heldIn": text.documentLibrary(), "retention": text.currentVersionRetention()},
  {"record": text.agreementsRecord(), "owner": supplierManagement.owner, "heldIn": text.documentLibrary(), "retention": text.sixYearsAfterExpiry()},
  {"record": text.reviewsRecord(), "owner": supplierManagement.owner, "heldIn": text.documentLibrary(), "retention": text.sixYearsAfterContract()}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["governance-of-other-parties"] as m>
| ${m.name} | ${m.target} |
</#list>
