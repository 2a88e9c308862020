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
<@sms.section title="Purpose" clauses2011=["6.4"]/>

This policy sets out how ${org.name}, as the ${t.provider}, budgets for and accounts for the cost of its
services, so that the cost of each service is known, spending is controlled, and decisions about the
services, their changes and their improvement are taken with their cost in view.

<@sms.section title="Scope"/>

The policy covers every cost of planning, delivering, supporting and improving the services in
<@sms.link "service-catalogue"/>: assets and licences, shared resources, overheads, capital and operating
costs, services bought from suppliers, staff and facilities. Pricing and charging decisions, where they
exist, use the cost information it produces but are outside its scope.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": doc.owner, "duties": "Owns this policy."},
  {"role": budgeting.owner, "duties": "Owns the budgeting and accounting process; keeps the cost model; reports cost per service every month."},
  {"role": doc.approver, "duties": "Approves this policy."},
  {"role": sms.topManagement, "duties": "Approves the annual budget, revisions that raise it, and unbudgeted spending above the limits below."}
]/>

Each service owner is accountable for the budget of the service and explains variances against it.

<#include "/sections/budgeting-and-accounting.ftl">
<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="budgeting-and-accounting" rows=[
  {"record": "Approved budgets and their revisions", "owner": budgeting.owner, "retention": "7 years, or the statutory period if longer"},
  {"record": "Monthly cost reports per service and variance explanations", "owner": budgeting.owner, "retention": "7 years, or the statutory period if longer"},
  {"record": "Approvals of unbudgeted spending", "owner": budgeting.owner, "retention": "7 years, or the statutory period if longer"}
]/>

<@sms.section title="Policy review"/>

The ${doc.owner.title} reviews this policy at least every ${sms.documentControl.reviewIntervalMonths} months, before the budget cycle, and whenever a
service is added or removed. The reviewed policy is approved by the ${doc.approver.title}.
