<#--
id: relationship-processes
title: Relationship Processes Procedure
kind: procedure
code: PRO-17
order: 620
editions:
  "2011": {clauses: ["7", "7.1", "7.2"]}
related: ["service-delivery-processes", "governance-of-other-parties", "service-catalogue", "supplier-register", "change-management-policy", "nonconformity-and-corrective-action"]
-->
<#-- The structure of the relationship processes procedure; its words are in relationship-processes.text.ftl and its
     language variants. -->
<#import "/documents/relationship-processes.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses2011=["7"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": brm.owner, "duties": text.brmOwnerDuties()?markup_string},
  {"role": supplierManagement.owner, "duties": text.supplierOwnerDuties()?markup_string},
  {"role": slm.owner, "duties": text.slmOwnerDuties()?markup_string},
  {"role": supplierManagement.owner, "duties": text.contractSigningDuties()?markup_string},
  {"role": sms.topManagement, "duties": text.topManagementDuties()?markup_string}
]/>

<#include "/sections/business-relationship-management.ftl">
<#include "/sections/supplier-management.ftl">
<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="business-relationship-management" rows=[
  {"record": text.customerRecords(), "owner": brm.owner, "retention": text.threeYears()},
  {"record": text.satisfactionRecords(), "owner": brm.owner, "retention": text.threeYears()},
  {"record": text.complaintRecords(), "owner": brm.owner, "retention": text.threeYearsAfterClosure()},
  {"record": text.contractRecords(), "owner": supplierManagement.owner, "heldIn": text.documentLibrary(), "retention": text.sixYearsAfterExpiry()},
  {"record": text.supplierReviewRecords(), "owner": supplierManagement.owner, "heldIn": text.documentLibrary(), "retention": text.sixYearsAfterContract()},
  {"record": text.disputeRecords(), "owner": supplierManagement.owner, "heldIn": text.documentLibrary(), "retention": text.sixYearsAfterSettlement()}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["relationship-processes"] as m>
| ${m.name} | ${m.target} |
</#list>
