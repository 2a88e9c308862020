<#--
id: supply-and-demand
title: Supply and Demand Procedure
kind: procedure
code: PRO-06
order: 630
clauses: ["8.4", "8.4.1", "8.4.2", "8.4.3"]
editions: ["2018"]
related: ["service-catalogue", "service-portfolio", "relationship-and-agreement", "design-build-transition", "service-assurance", "management-review"]
-->
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
  {"role": budgeting.owner, "duties": "Owns budgeting and accounting; maintains the cost model in " + sms.toolOf("budgeting-and-accounting") + "; produces monthly cost reports and variance analysis."},
  {"role": demand.owner, "duties": "Owns demand management; collects demand forecasts from customers; reconciles forecast and actual demand each quarter."},
  {"role": capacity.owner, "duties": "Owns capacity management; maintains the capacity plan; sets and monitors capacity thresholds in " + sms.toolOf("capacity-management") + "; runs predictive analysis."}
]/>

Service owners provide the budget, demand and capacity inputs for their own services and are accountable
for spending within their service budget.

<@sms.section title="Overview" clauses=["8.4"]/>

| Activity | Main output | Frequency | Owner |
|---|---|---|---|
| Budgeting | Annual budget per service | Yearly, revised each quarter | ${budgeting.owner.title} |
| Accounting | Actual cost per service and variance report | Monthly | ${budgeting.owner.title} |
| Demand forecasting | Demand forecast per service and customer | Quarterly, 12 months ahead | ${demand.owner.title} |
| Capacity planning | Capacity plan | Reviewed quarterly, reissued yearly | ${capacity.owner.title} |
| Capacity monitoring | Threshold alerts and utilisation reports | Continuous; reported monthly | ${capacity.owner.title} |

<#include "/sections/budgeting-and-accounting.ftl">
<#include "/sections/demand-management.ftl">
<#include "/sections/capacity-management.ftl">
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
  {"record": "Approved budgets and quarterly revisions", "owner": budgeting.owner, "retention": "7 years"},
  {"record": "Monthly cost and variance reports", "owner": budgeting.owner, "retention": "7 years"},
  {"record": "Demand forecasts and their reconciliations", "owner": demand.owner, "heldIn": "SMS document library", "retention": "3 years"},
  {"record": "Capacity plans", "owner": capacity.owner, "heldIn": "SMS document library", "retention": "3 years after being superseded"},
  {"record": "Capacity reports and threshold alerts", "owner": capacity.owner, "heldIn": sms.toolOf("capacity-management")?cap_first, "retention": "13 months of detailed data; reports 3 years"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
<#list measures.of["supply-and-demand"] as m>
| ${m.name} | ${m.target} |
</#list>
