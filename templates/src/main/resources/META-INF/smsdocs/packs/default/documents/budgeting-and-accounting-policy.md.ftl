<#--
id: budgeting-and-accounting-policy
title: Budgeting and Accounting Policy
kind: policy
code: POL-04
order: 605
editions:
  "2011": {clauses: ["6.4"]}
process: budgeting-and-accounting
related: ["service-delivery-processes", "capacity-plan", "sms-plan", "service-catalogue"]
-->
<#-- The structure of the budgeting and accounting policy; its words are in budgeting-and-accounting-policy.text.ftl
     and its language variants. -->
<#import "/documents/budgeting-and-accounting-policy.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses2011=["6.4"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": doc.owner, "duties": text.ownerDuties()?markup_string},
  {"role": budgeting.owner, "duties": text.processOwnerDuties()?markup_string},
  {"role": doc.approver, "duties": text.approverDuties()?markup_string},
  {"role": sms.topManagement, "duties": text.topManagementDuties()?markup_string}
]/>

${text.serviceOwners()}

<#include "/sections/budgeting-and-accounting.ftl">
<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="budgeting-and-accounting" rows=[
  {"record": text.budgetsRecord(), "owner": budgeting.owner, "retention": text.statutoryRetention()},
  {"record": text.costReportsRecord(), "owner": budgeting.owner, "retention": text.statutoryRetention()},
  {"record": text.unbudgetedSpendingRecord(), "owner": budgeting.owner, "retention": text.statutoryRetention()}
]/>

<@sms.section title=text.reviewTitle() key="policy-review"/>

${text.review()}
