<#--
id: relationship-and-agreement
title: Relationship and Agreement Procedure
kind: procedure
code: PRO-05
order: 620
clauses: ["8.3", "8.3.1", "8.3.2", "8.3.3", "8.3.4", "8.3.4.1", "8.3.4.2"]
editions: ["2018"]
related: ["service-catalogue", "supplier-register", "service-portfolio", "supply-and-demand", "change-management-policy", "monitoring-and-reporting", "nonconformity-and-corrective-action"]
-->
<#-- The structure of the relationship and agreement procedure; its words are in relationship-and-agreement.text.ftl
     and its language variants. -->
<#import "/documents/relationship-and-agreement.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": brm.owner, "duties": text.brmOwnerDuties()?markup_string},
  {"role": slm.owner, "duties": text.slmOwnerDuties()?markup_string},
  {"role": supplierManagement.owner, "duties": text.supplierOwnerDuties()?markup_string},
  {"role": supplierManagement.owner, "duties": text.contractSigningDuties()?markup_string},
  {"role": governance.slaSignatory, "duties": text.slaSignatoryDuties()?markup_string},
  {"role": sms.topManagement, "duties": text.topManagementDuties()?markup_string}
]/>

<@sms.section title=text.agreementsTitle() clauses=["8.3", "8.3.1"] key="relationships-and-agreements"/>

${text.agreementChain()}

${text.agreementsTable()}

${text.slaCheck(supplierManagement.owner.id == slm.owner.id)}

<#include "/sections/business-relationship-management.ftl">
<#include "/sections/service-level-management.ftl">
<#include "/sections/supplier-management.ftl">
<@sms.section title=text.inputsOutputsTitle() key="inputs-and-outputs"/>

${text.inputsOutputs()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="business-relationship-management" rows=[
  {"record": text.customerRecords(), "owner": brm.owner, "retention": text.threeYears()},
  {"record": text.satisfactionRecords(), "owner": brm.owner, "retention": text.threeYears()},
  {"record": text.complaintRecords(), "owner": brm.owner, "retention": text.afterClosure()},
  {"record": text.slaRecords(), "owner": slm.owner, "heldIn": text.documentLibrary(), "retention": text.afterExpiry()},
  {"record": text.contractRecords(), "owner": supplierManagement.owner, "heldIn": text.documentLibrary(), "retention": text.afterExpiry()},
  {"record": text.supplierReviewRecords(), "owner": supplierManagement.owner, "heldIn": text.documentLibrary(), "retention": text.afterContractEnd()},
  {"record": text.disputeRecords(), "owner": supplierManagement.owner, "heldIn": text.documentLibrary(), "retention": text.afterSettlement()}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["relationship-and-agreement"] as m>
| ${m.name} | ${m.target} |
</#list>
