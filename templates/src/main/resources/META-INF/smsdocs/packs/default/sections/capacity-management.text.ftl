<#-- The words of the capacity management section (English); its structure is capacity-management.ftl. -->
@@title
Capacity management
@@planTitle
Capacity plan
@@planIntroLinked
The ${capacity.owner.title} maintains <@sms.link "capacity-plan"/>, which covers every service in the
catalogue. It contains:
@@planIntro
The ${capacity.owner.title} maintains a capacity plan covering every service in the catalogue. It contains:
@@planContents
- current capacity and utilisation of the resources behind each service (compute, storage, network,
  licences and staff);
- forecast demand for the next twelve months, taken from demand management;
- the capacity needed to meet the service level targets at the forecast demand, and when it is needed;
- the thresholds at which action is taken;
- the expected effect of approved and planned changes, new services and new technology on capacity;
- the actions planned to add, reduce or rebalance capacity, with their cost and lead time;
- the assumptions and risks behind the plan.
@@planReview
The plan is reviewed every quarter after the demand forecast is updated, and reissued at least once a year
before the budget cycle.
@@monitoringTitle
Monitoring and thresholds
@@monitoring
Capacity and performance are monitored continuously in ${sms.toolOf("capacity-management")}. Unless the
capacity plan sets a different threshold for a resource, these apply:
@@capacityReport
A monthly capacity report shows utilisation against thresholds, trends and the actions taken; it feeds the
service reports and the quarterly plan review.
@@predictiveTitle
Predictive analysis
@@predictiveSteps
1. **Trend.** Each month, extrapolate the utilisation trend of each key resource over the next twelve
   months and note when it will cross the action threshold.
2. **Model.** For a new service, a major change or a large forecast change in demand, model the capacity
   needed, using load tests or supplier sizing data where available.
3. **Lead time.** Compare the date a threshold will be crossed with the lead time for adding capacity,
   including supplier and procurement time, and plan the action early enough.
4. **Record.** Record the analysis and its result in the capacity plan.
@@changeAndDesignTitle
Capacity in change and design
@@changeAndDesign
Every request for change is assessed for its effect on capacity under <@sms.link "design-build-transition"/>.
New or changed services are not accepted into live operation until the ${capacity.owner.title} has confirmed
that capacity is in place for their forecast demand.
