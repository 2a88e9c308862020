<#-- The words of the supply and demand procedure (English); its structure is supply-and-demand.md.ftl. Duties are plain text, escaped where the table prints them, so a value in them is written ${x?no_esc}. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how ${org.name} budgets and accounts for the cost of its services, forecasts the
demand its customers will place on them, and makes sure there is enough capacity to meet that demand at
the agreed service levels. The three activities are run together because each feeds the others: demand
drives capacity, and capacity drives cost.
@@scopeTitle
Scope
@@scope
The procedure covers every service in the <@sms.link "service-catalogue"/> and the resources that support
them: staff, infrastructure, cloud resources, software licences, facilities and supplier services. It
applies from the annual budget through to day-to-day capacity monitoring.
@@rolesTitle
Roles and responsibilities
@@topManagementDuties
Approves the annual service budget and spending outside it; approves the capacity plan when it needs investment.
@@budgetingDuties
Owns budgeting and accounting; maintains the cost model in ${sms.toolOf("budgeting-and-accounting")?no_esc}; produces monthly cost reports and variance analysis.
@@demandDuties
Owns demand management; collects demand forecasts from customers; reconciles forecast and actual demand each quarter.
@@capacityDuties
Owns capacity management; maintains the capacity plan; sets and monitors capacity thresholds in ${sms.toolOf("capacity-management")?no_esc}; runs predictive analysis.
@@serviceOwners
Service owners provide the budget, demand and capacity inputs for their own services and are accountable
for spending within their service budget.
@@overviewTitle
Overview
@@overviewTable
| Activity | Main output | Frequency | Owner |
|---|---|---|---|
| Budgeting | Annual budget per service | Yearly, revised each quarter | ${budgeting.owner.title} |
| Accounting | Actual cost per service and variance report | Monthly | ${budgeting.owner.title} |
| Demand forecasting | Demand forecast per service and customer | Quarterly, 12 months ahead | ${demand.owner.title} |
| Capacity planning | Capacity plan | Reviewed quarterly, reissued yearly | ${capacity.owner.title} |
| Capacity monitoring | Threshold alerts and utilisation reports | Continuous; reported monthly | ${capacity.owner.title} |
@@inputsOutputsTitle
Inputs and outputs
@@inputsOutputsTable
| Inputs | Outputs |
|---|---|
| Customer business plans and service review notes | Demand forecasts per service and customer |
| Monitoring and utilisation data | Capacity plan and capacity reports |
| Supplier invoices, payroll and asset costs | Budget and actual cost per service |
| Requests for change and service designs | Capacity assessments of changes |
| Service level targets | Variance reports and corrective actions |
@@recordsTitle
Records
@@budgetsRecord
Approved budgets and quarterly revisions
@@costReportsRecord
Monthly cost and variance reports
@@forecastsRecord
Demand forecasts and their reconciliations
@@capacityPlansRecord
Capacity plans
@@capacityReportsRecord
Capacity reports and threshold alerts
@@documentLibrary
SMS document library
@@sevenYears
7 years
@@threeYears
3 years
@@threeYearsAfterSuperseded
3 years after being superseded
@@capacityReportsRetention
13 months of detailed data; reports 3 years
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
