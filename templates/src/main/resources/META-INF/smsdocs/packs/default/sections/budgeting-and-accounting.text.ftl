<#-- The words of the budgeting and accounting section (English); its structure is budgeting-and-accounting.ftl. -->
@@policyTitle
Budgeting and accounting policy
@@policy
- Every cost of delivering the services is budgeted and accounted for against a service, or against a
  shared cost pool that is allocated to services by a documented driver.
- The cost of each service is known at least monthly, so that prices, investments and service changes can
  be decided on facts.
- Spending is controlled through approval limits; no commitment is made without an approved budget or an
  approved exception.
- The cost model is reviewed once a year, before the budget cycle, and whenever a service is added or
  removed.
- Financial records are kept for 7 years, or for the statutory period if that is longer.
@@costComponentsTitle
Cost components
@@costComponents
| Cost component | Examples | Capital or operating | Allocation to services |
|---|---|---|---|
| Hardware assets | servers, network devices, end-user devices | Capital, depreciated over 3 to 5 years | Direct where dedicated; otherwise by share of use |
| Software licences | operating systems, tools, subscriptions | Operating (capital for perpetual licences) | Direct, or by number of users or devices |
| ${t.ExternalSupplier} services | hosting, connectivity, backup storage | Operating | Direct to the services each contract supports |
| Staff | salaries, on-call allowances, training, contractors | Operating | By time recorded against each service |
| Facilities | office, power, physical security | Operating | By headcount or rack space used |
| Shared tools and overheads | service management tools, monitoring, management time | Operating | In proportion to each service's direct cost |
| Transition costs | projects for new or changed services | Capital or operating | Direct to the new or changed service |
@@serviceCostsIntro
The ${t.externalSupplier} costs that are charged directly to each service follow from the supporting
suppliers in the catalogue; ${t.internalSuppliers} are covered by the facilities and overhead components:
@@serviceCostsHeader
| Service | Direct supplier costs | Owner of the service budget |
|---|---|---|
@@budgetCycleTitle
Budget cycle
@@budgetCycle
1. **Three months before the financial year.** The ${budgeting.owner.title} issues the budget template and
   the previous year's actual cost per service.
2. **Service inputs.** Each service owner submits the expected cost of the service for the year, using
   the demand forecast and the capacity plan, and lists planned investments and changes.
3. **Consolidation.** The ${budgeting.owner.title} consolidates the inputs, allocates shared costs and
   ${voice.budgetCompare}.
4. **Approval.** The ${sms.topManagement.title} approves the budget at least one month before the year
   starts. The approved budget is recorded in ${sms.toolOf("budgeting-and-accounting")}.
5. **Quarterly revision.** Each quarter the forecast for the rest of the year is revised from actual cost
   and the latest demand forecast; revisions that increase the total budget need the approval of the
   ${sms.topManagement.title}.
@@accountingTitle
Accounting and financial control
@@accounting
1. **Record.** Costs are recorded in ${sms.toolOf("budgeting-and-accounting")} with the service or cost
   pool they belong to; staff time is recorded weekly against services.
2. **Allocate.** At month end shared costs are allocated to services using the drivers above.
3. **Report.** By the tenth working day of the month the ${budgeting.owner.title} sends each service owner the
   actual cost of the service against budget.
4. **Explain variances.** The service owner explains any variance greater than 10% of the monthly
   budget, or any overspend expected for the year, and proposes corrective action.
5. **Approve spending.** Service owners may commit spending within their approved budget. Unbudgeted
   spending needs the approval of the ${budgeting.owner.title}, and of the ${sms.topManagement.title} when it
   exceeds 5% of the annual budget of the service.
6. **Review.** Cost per service and budget variance are reviewed every quarter by the
   ${sms.topManagement.title} and summarised for the management review.
