<#-- The words of the budgeting and accounting policy (English); its structure is budgeting-and-accounting-policy.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This policy sets out how ${org.name}, as the ${t.provider}, budgets for and accounts for the cost of its
services, so that the cost of each service is known, spending is controlled, and decisions about the
services, their changes and their improvement are taken with their cost in view.
@@scopeTitle
Scope
@@scope
The policy covers every cost of planning, delivering, supporting and improving the services in
<@sms.link "service-catalogue"/>: assets and licences, shared resources, overheads, capital and operating
costs, services bought from suppliers, staff and facilities. Pricing and charging decisions, where they
exist, use the cost information it produces but are outside its scope.
@@rolesTitle
Roles and responsibilities
@@ownerDuties
Owns this policy.
@@processOwnerDuties
Owns the budgeting and accounting process; keeps the cost model; reports cost per service every month.
@@approverDuties
Approves this policy.
@@topManagementDuties
Approves the annual budget, revisions that raise it, and unbudgeted spending above the limits below.
@@serviceOwners
Each service owner is accountable for the budget of the service and explains variances against it.
@@recordsTitle
Records
@@budgetsRecord
Approved budgets and their revisions
@@costReportsRecord
Monthly cost reports per service and variance explanations
@@unbudgetedSpendingRecord
Approvals of unbudgeted spending
@@statutoryRetention
7 years, or the statutory period if longer
@@reviewTitle
Policy review
@@review
The ${doc.owner.title} reviews this policy at least every ${sms.documentControl.reviewIntervalMonths} months, before the budget cycle, and whenever a
service is added or removed. The reviewed policy is approved by the ${doc.approver.title}.
