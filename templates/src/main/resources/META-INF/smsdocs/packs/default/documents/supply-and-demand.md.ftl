<#--
id: supply-and-demand
title: Supply and Demand Procedure
kind: procedure
code: PRO-06
order: 630
clauses: ["8.4", "8.4.1", "8.4.2", "8.4.3"]
editions: ["2018"]
-->
<#assign budget = processes["budgeting-and-accounting"]>
<#assign demand = processes["demand-management"]>
<#assign capacity = processes["capacity-management"]>
<@sms.documentHeader/>

<@sms.section title="Purpose"/>

This procedure sets out how ${org.name} budgets and accounts for the cost of its services, forecasts the
demand its customers will place on them, and makes sure there is enough capacity to meet that demand at
the agreed service levels. The three activities are run together because each feeds the others: demand
drives capacity, and capacity drives cost.

<@sms.section title="Scope"/>

The procedure covers every service in the <@sms.link "service-catalogue"/> and the resources that support
them: staff, infrastructure, cloud resources, software licences, facilities and supplier services. It
applies from the annual budget through to day-to-day capacity monitoring.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": sms.topManagement, "duties": "Approves the annual service budget and spending outside it; approves the capacity plan when it needs investment."},
  {"role": budget.owner, "duties": "Owns budgeting and accounting; maintains the cost model in " + sms.toolOf("budgeting-and-accounting") + "; produces monthly cost reports and variance analysis."},
  {"role": demand.owner, "duties": "Owns demand management; collects demand forecasts from customers; reconciles forecast and actual demand each quarter."},
  {"role": capacity.owner, "duties": "Owns capacity management; maintains the capacity plan; sets and monitors capacity thresholds in " + sms.toolOf("capacity-management") + "; runs predictive analysis."}
]/>

Service owners provide the budget, demand and capacity inputs for their own services and are accountable
for spending within their service budget.

<@sms.section title="Overview" clauses=["8.4"]/>

| Activity | Main output | Frequency | Owner |
|---|---|---|---|
| Budgeting | Annual budget per service | Yearly, revised each quarter | ${budget.owner.title} |
| Accounting | Actual cost per service and variance report | Monthly | ${budget.owner.title} |
| Demand forecasting | Demand forecast per service and customer | Quarterly, 12 months ahead | ${demand.owner.title} |
| Capacity planning | Capacity plan | Reviewed quarterly, reissued yearly | ${capacity.owner.title} |
| Capacity monitoring | Threshold alerts and utilisation reports | Continuous; reported monthly | ${capacity.owner.title} |

<@sms.section title="Budgeting and accounting policy" clauses=["8.4.1"]/>

- Every cost of delivering the services is budgeted and accounted for against a service, or against a
  shared cost pool that is allocated to services by a documented driver.
- The cost of each service is known at least monthly, so that prices, investments and service changes can
  be decided on facts.
- Spending is controlled through approval limits; no commitment is made without an approved budget or an
  approved exception.
- The cost model is reviewed once a year, before the budget cycle, and whenever a service is added or
  removed.
- Financial records are kept for 7 years, or for the statutory period if that is longer.

<@sms.section title="Cost components" clauses=["8.4.1"] level=3/>

| Cost component | Examples | Capital or operating | Allocation to services |
|---|---|---|---|
| Hardware assets | servers, network devices, end-user devices | Capital, depreciated over 3 to 5 years | Direct where dedicated; otherwise by share of use |
| Software licences | operating systems, tools, subscriptions | Operating (capital for perpetual licences) | Direct, or by number of users or devices |
| External supplier services | hosting, connectivity, backup storage | Operating | Direct to the services each contract supports |
| Staff | salaries, on-call allowances, training, contractors | Operating | By time recorded against each service |
| Facilities | office, power, physical security | Operating | By headcount or rack space used |
| Shared tools and overheads | service management tools, monitoring, management time | Operating | In proportion to each service's direct cost |
| Transition costs | projects for new or changed services | Capital or operating | Direct to the new or changed service |

<#if services?has_content>
The external supplier costs that are charged directly to each service follow from the supporting
suppliers in the catalogue; internal suppliers are covered by the facilities and overhead components:

| Service | Direct supplier costs | Owner of the service budget |
|---|---|---|
<#list services as s>
| ${s.name} | <@sms.names items=s.suppliers?filter(x -> x.type == "external") empty="none"/> | <@sms.roleWithPerson s.owner/> |
</#list>
</#if>

<@sms.section title="Budget cycle" clauses=["8.4.1"] level=3/>

1. **Three months before the financial year.** The ${budget.owner.title} issues the budget template and
   the previous year's actual cost per service.
2. **Service inputs.** Each service owner submits the expected cost of the service for the year, using
   the demand forecast and the capacity plan, and lists planned investments and changes.
3. **Consolidation.** The ${budget.owner.title} consolidates the inputs, allocates shared costs and
   compares the result with expected revenue per service.
4. **Approval.** The ${sms.topManagement.title} approves the budget at least one month before the year
   starts. The approved budget is recorded in ${sms.toolOf("budgeting-and-accounting")}.
5. **Quarterly revision.** Each quarter the forecast for the rest of the year is revised from actual cost
   and the latest demand forecast; revisions that increase the total budget need the approval of the
   ${sms.topManagement.title}.

<@sms.section title="Accounting and financial control" clauses=["8.4.1"] level=3/>

1. **Record.** Costs are recorded in ${sms.toolOf("budgeting-and-accounting")} with the service or cost
   pool they belong to; staff time is recorded weekly against services.
2. **Allocate.** At month end shared costs are allocated to services using the drivers above.
3. **Report.** By the tenth working day of the month the ${budget.owner.title} sends each service owner the
   actual cost of the service against budget.
4. **Explain variances.** The service owner explains any variance greater than 10% of the monthly
   budget, or any overspend expected for the year, and proposes corrective action.
5. **Approve spending.** Service owners may commit spending within their approved budget. Unbudgeted
   spending needs the approval of the ${budget.owner.title}, and of the ${sms.topManagement.title} when it
   exceeds 5% of the annual budget of the service.
6. **Review.** Cost per service and budget variance are reviewed every quarter by the
   ${sms.topManagement.title} and summarised for the management review.

<@sms.section title="Demand management" clauses=["8.4.2"]/>

Demand is forecast for each service and for each customer of it, in the units in which the service is
consumed (for example users, devices, virtual servers, storage, sites or tickets), twelve months ahead.

1. **Collect.** At each service review the ${demand.owner.title} asks the customer about planned growth,
   reductions, projects, seasonal peaks and business events that will change its use of each service.
2. **Analyse.** The ${demand.owner.title} combines the customer input with the consumption trend from
   ${sms.toolOf("capacity-management")} and the service desk records of the last twelve months.
3. **Forecast.** A forecast is recorded for each service and customer, by quarter, with the assumptions
   behind it.
4. **Compare.** Each quarter, actual demand is compared with the forecast. A deviation of more than 15% for
   a service is investigated and the forecast is corrected.
5. **Act.** Forecasts are passed to the ${capacity.owner.title} for the capacity plan and to the
   ${budget.owner.title} for the budget. Demand that cannot be met is raised with the customer and, where
   needed, handled as a change to the service.

<#if services?has_content>
A separate forecast is kept for each customer of each service, and the service owner confirms that the
service can absorb it:

| Service | Customers (one forecast each) | Confirmed by |
|---|---|---|
<#list services as s>
| ${s.name} | <@sms.names items=s.customers empty="internal users (one forecast)"/> | <@sms.roleWithPerson s.owner/> |
</#list>
<#else>
No services are defined yet; a forecast is started for each service and customer when the service is
agreed.
</#if>

<@sms.section title="Capacity management" clauses=["8.4.3"]/>

### Capacity plan

The ${capacity.owner.title} maintains a capacity plan covering every service in the catalogue. It contains:

- current capacity and utilisation of the resources behind each service (compute, storage, network,
  licences and staff);
- forecast demand for the next twelve months, taken from demand management;
- the capacity needed to meet the service level targets at the forecast demand, and when it is needed;
- the thresholds at which action is taken;
- the expected effect of approved and planned changes, new services and new technology on capacity;
- the actions planned to add, reduce or rebalance capacity, with their cost and lead time;
- the assumptions and risks behind the plan.

The plan is reviewed every quarter after the demand forecast is updated, and reissued at least once a year
before the budget cycle.

### Monitoring and thresholds

Capacity and performance are monitored continuously in ${sms.toolOf("capacity-management")}. Unless the
capacity plan sets a different threshold for a resource, these apply:

| Level | Sustained utilisation | Action |
|---|---|---|
| Warning | 70% for 3 days | Reviewed at the weekly operations meeting; included in the capacity report |
| Action | 80% for 24 hours | Request for change raised to add or rebalance capacity |
| Critical | 90% for 15 minutes | Incident raised; immediate action to protect the service |

A monthly capacity report shows utilisation against thresholds, trends and the actions taken; it feeds the
service reports and the quarterly plan review.

### Predictive analysis

1. **Trend.** Each month, extrapolate the utilisation trend of each key resource over the next twelve
   months and note when it will cross the action threshold.
2. **Model.** For a new service, a major change or a large forecast change in demand, model the capacity
   needed, using load tests or supplier sizing data where available.
3. **Lead time.** Compare the date a threshold will be crossed with the lead time for adding capacity,
   including supplier and procurement time, and plan the action early enough.
4. **Record.** Record the analysis and its result in the capacity plan.

### Capacity in change and design

Every request for change is assessed for its effect on capacity under <@sms.link "design-build-transition"/>.
New or changed services are not accepted into live operation until the ${capacity.owner.title} has confirmed
that capacity is in place for their forecast demand.

<@sms.section title="Inputs and outputs"/>

| Inputs | Outputs |
|---|---|
| Customer business plans and service review notes | Demand forecasts per service and customer |
| Monitoring and utilisation data | Capacity plan and capacity reports |
| Supplier invoices, payroll and asset costs | Budget and actual cost per service |
| Requests for change and service designs | Capacity assessments of changes |
| Service level targets | Variance reports and corrective actions |

<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="budgeting-and-accounting" rows=[
  {"record": "Approved budgets and quarterly revisions", "owner": budget.owner, "retention": "7 years"},
  {"record": "Monthly cost and variance reports", "owner": budget.owner, "retention": "7 years"},
  {"record": "Demand forecasts and their reconciliations", "owner": demand.owner, "heldIn": "SMS document library", "retention": "3 years"},
  {"record": "Capacity plans", "owner": capacity.owner, "heldIn": "SMS document library", "retention": "3 years after being superseded"},
  {"record": "Capacity reports and threshold alerts", "owner": capacity.owner, "heldIn": sms.toolOf("capacity-management")?cap_first, "retention": "13 months of detailed data; reports 3 years"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
| Annual cost per service within budget | within 5% |
| Variances over 10% explained within 5 working days of the cost report | 100% |
| Demand forecast accuracy per service | within 15% |
| Incidents caused by lack of capacity | none on high-criticality services |
| Resources above the action threshold without an open request for change | none |

<@sms.section title="Related documents"/>

- <@sms.link "service-catalogue"/>
- <@sms.link "service-portfolio"/>
- <@sms.link "relationship-and-agreement"/>
- <@sms.link "design-build-transition"/>
- <@sms.link "service-assurance"/>
- <@sms.link "management-review"/>
