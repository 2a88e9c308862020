<#-- The words of the demand management section (English); its structure is demand-management.ftl. -->
@@title
Demand management
@@forecast
Demand is forecast for each service and for each customer of it, in the units in which the service is
consumed (for example users, devices, virtual servers, storage, sites or tickets), twelve months ahead.
@@steps
1. **Collect.** At each service review the ${demand.owner.title} asks the customer about planned growth,
   reductions, projects, seasonal peaks and business events that will change its use of each service.
2. **Analyse.** The ${demand.owner.title} combines the customer input with the consumption trend from
   ${sms.toolOf("capacity-management")} and the service desk records of the last twelve months.
3. **Forecast.** A forecast is recorded for each service and customer, by quarter, with the assumptions
   behind it.
4. **Compare.** Each quarter, actual demand is compared with the forecast. A deviation of more than 15% for
   a service is investigated and the forecast is corrected.
5. **Act.** Forecasts are passed to the ${capacity.owner.title} for the capacity plan and to the
   ${budgeting.owner.title} for the budget. Demand that cannot be met is raised with the customer and, where
   needed, handled as a change to the service.
@@perCustomerIntro
A separate forecast is kept for each customer of each service, and the service owner confirms that the
service can absorb it:
@@perCustomerHeader
| Service | Customers (one forecast each) | Confirmed by |
|---|---|---|
@@internalUsers
internal users (one forecast)
@@noServices
No services are defined yet; a forecast is started for each service and customer when the service is
agreed.
