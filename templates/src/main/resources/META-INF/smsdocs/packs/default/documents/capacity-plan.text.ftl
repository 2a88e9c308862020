<#-- The words of the capacity plan (English); its structure is capacity-plan.md.ftl.
     The duties are used as plain text and escaped where they are printed, so a value in them is written ${x?no_esc}. -->
@@purposeTitle
Purpose
@@purpose
This plan sets out the capacity that ${org.name}, as the ${t.provider}, needs to meet the agreed service
levels of its services now and over the next twelve months: the current and forecast demand, the
capacity required and when, the thresholds at which action is taken, the expected effect of changes and
new technology, and the actions planned. The capacity management process that maintains the plan is
described in <@sms.link "service-delivery-processes"/>.
@@scopeTitle
Scope
@@scope
The plan covers the human, technical, information and financial resources behind every service in
<@sms.link "service-catalogue"/>: compute, storage, network, licences, supplier capacity and the staff
who support the services.
@@rolesTitle
Roles and responsibilities
@@ownerDuties
Owns this plan.
@@capacityOwnerDuties
Monitors utilisation; runs the predictive analysis; proposes capacity actions.
@@demandOwnerDuties
Provides the demand forecast for each service every quarter.
@@approverDuties
Approves this plan.
@@topManagementDuties
Approves the budget for the capacity actions in the plan.
@@requirementsTitle
Capacity requirements of the services
@@headroomRule
Each service keeps headroom above its forecast peak demand, set by its criticality: ${serviceLevels.high.headroom}% for high, ${serviceLevels.medium.headroom}% for
medium and ${serviceLevels.low.headroom}% for low criticality. The headroom covers demand peaks and the lead time for adding
capacity.
@@requirementsHeader
| Service | Criticality | Service hours | Resources from suppliers and internal groups | Headroom above forecast peak |
|---|---|---|---|---|
@@ownResourcesOnly
own resources only
@@headroom percent
${percent}%
@@noServices
No services are recorded yet. Each service is added to this table before it goes live.
@@demandForecastTitle
Current and forecast demand
@@demandForecast
Current utilisation of each key resource is taken from ${sms.toolOf("capacity-management")} every month.
Forecast demand for the next twelve months comes from:

- the customers' plans, gathered by business relationship management at service reviews;
- the trend of the service's own workload, extrapolated by the ${capacity.owner.title};
- new or changed services and approved changes in the change schedule;
- the service management plan and the annual budget.

The ${demand.owner.title} updates the forecast every quarter; a change of more than 15% against the
previous forecast triggers a review of this plan.
@@thresholdsTitle
Thresholds
@@thresholds
Capacity and performance are monitored continuously. Unless a resource has its own threshold in the
monitoring configuration, these apply:
@@changesTitle
Effect of changes and new technology
@@changes
Every request for change is assessed for its effect on capacity before it is approved. New or changed
services are not accepted into live operation until the ${capacity.owner.title} has confirmed that their
capacity is in place (<@sms.link "design-build-transition"/>). Once a year, before the budget cycle, the
${capacity.owner.title} reviews new technology and supplier offerings that could meet the forecast demand
at lower cost or risk, and records the result in this plan.
@@analysisTitle
Predictive analysis
@@analysis
Each month the utilisation trend of each key resource is extrapolated over the next twelve months to find
when it will cross the action threshold. For a new service, a major change or a large change in forecast
demand, the capacity needed is modelled from load tests or supplier sizing data. The date a threshold will
be crossed is compared with the lead time for adding capacity, and the action is planned early enough.
@@actionsTitle
Planned actions
@@gapFound
The gap assessment found capacity management not yet in full operation
@@gapActionsIntro
These actions close the gap:
@@gapActions
| Action | Owner | Due |
|---|---|---|
| Set up utilisation monitoring and thresholds for every high-criticality service | ${capacity.owner.title} | Within 3 months of approval of this plan |
| Produce the first twelve-month demand forecast per service | ${demand.owner.title} | Within 3 months of approval of this plan |
| Carry out the first predictive analysis and record its result here | ${capacity.owner.title} | Within 4 months of approval of this plan |
@@noShortfall
No capacity shortfall is forecast at this issue of the plan. Actions found by the monthly analysis or the
quarterly review are added here with their owner, cost and lead time.
@@reviewTitle
Plan review
@@review
The plan is reviewed every quarter after the demand forecast is updated, and reissued at least once a year
before the budget cycle. It is approved by the ${doc.approver.title}.
