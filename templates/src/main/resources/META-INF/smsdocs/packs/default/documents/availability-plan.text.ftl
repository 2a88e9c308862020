<#-- The words of the availability plan (English); its structure is availability-plan.md.ftl. -->
@@purposeTitle
Purpose
@@purpose processDoc
This plan sets out how ${org.name} makes sure that each service can be used when its service hours say it
should be: the availability each service must achieve, the downtime that allows, the measures that protect
it, the risks to it, and how availability is measured, reported and improved. It is the plan of the
${t.serviceAvailability} management process described in <@sms.link processDoc/>.
@@responsibilitiesTitle
Responsibilities
@@ownerDuties
Owns this plan and reviews it.
@@availabilityOwnerDuties
Sets up the monitoring of each service; investigates unplanned non-availability; reports availability every month.
@@capacityOwnerDuties
Keeps the capacity headroom each service needs, so that demand does not cause outages.
@@changeOwnerDuties
Schedules planned maintenance in the agreed windows and assesses every change for its effect on availability.
@@continuityOwnerDuties
Keeps the continuity plan and the business impact analysis consistent with this plan.
@@serviceOwners
Each service owner agrees the availability target of the service with its customers, approves the
measures in this plan for the service, and acts on the investigations of its outages.
@@targetsTitle
Availability requirements and targets
@@targetsTable
The availability targets are agreed with customers in the service level agreements and published in
<@sms.link "service-catalogue"/>. Each target is measured over the service hours of a calendar month; the
table shows how much unplanned downtime within those hours it allows in an average month and in a year,
and the target that applies while the continuity plan is invoked. What an outage of each service does over
time, and how long it can be tolerated, is analysed in <@sms.link "business-impact-analysis"/>.

| Service | Service hours | Availability target | Downtime allowed per month | Downtime allowed per year | Criticality | Target while the continuity plan is invoked |
|---|---|---|---|---|---|---|
@@noServices
No services are recorded yet. When a service is added, the ${availability.owner.title} enters its service
hours and availability target here before its service level agreement is signed.
@@measuresTitle
Measures that protect availability
@@availabilityMeasures
- **Monitoring.** Every service is monitored with ${availability.toolName}, by checks that test the service as
  a user experiences it and checks of the configuration items behind it. A failed check raises an incident
  that is handled under <@sms.link "resolution-and-fulfilment"/>. No service goes live without its checks.
- **Planned maintenance.** Maintenance and releases take place as agreed in the service level agreement of
  each service, and do not count as downtime when they stay within it.
- **Capacity headroom.** Capacity management keeps the headroom that the criticality of each service
  requires, so that growth in demand does not cause an outage.
- **Redundancy and alternate arrangements.** Where a service has an alternate arrangement, a failure of its
  primary site or system is bridged by switching to it; the continuity plan tests the switch.
- **Supplier commitments.** The contracts and agreements with the suppliers of a service support its
  availability target, and supplier performance is reviewed against them.
@@measuresHeader
| Service | Alternate arrangement | Planned maintenance | Capacity headroom | Depends on |
|---|---|---|---|---|
@@noAlternate
None decided yet
@@headroom percent
${percent}%
@@internalOnly
Internal resources only
@@alternatesOpen
A service without an alternate arrangement can only be restored by repair or rebuild in place after its
site or system is lost. The decision on an arrangement for
<@sms.names items=continuityPlan.alternatesOpen/> is open in <@sms.link "decision-register"/>.
@@risksTitle
Risks to availability
@@risksIntro
The risks to availability are those of <@sms.link "risk-register"/>, where they are rated and
treated<#if availabilityPlan.risksMark?has_content>; until ${org.name} has assessed its own risks, the register holds
starter risks${availabilityPlan.risksMark}</#if>. A risk is listed under a service when its description names the service or a supplier
that supports it; a risk that names no service but describes an outage, downtime, a failure, an
interruption or an attack concerns every service. Single points of failure, capacity limits and weaknesses
in the configuration found at a review of this plan are added to the risk register, and so appear here.
@@serviceRisksHeader
| Service | ID | Risk | Likelihood | Impact | Treatment | Owner |
|---|---|---|---|---|---|---|
@@noServiceRisks
No risk in the register names a service or one of its suppliers.
@@generalRisksHeader
These risks concern the availability of every service:

| ID | Risk | Likelihood | Impact | Treatment | Owner |
|---|---|---|---|---|---|
@@noGeneralRisks
No risk in the register concerns the availability of every service.
@@measurementTitle
Measurement and reporting
@@measuringAvailability processDoc
Availability is measured for each service and each calendar month from the data of
${availability.toolName} and the incident records, as the agreed service time minus the unplanned
downtime within it, divided by the agreed service time. The rules for counting downtime are set out in
<@sms.link processDoc/>, and the measures of availability are defined in
<@sms.link "measure-definitions"/>.

- By the fifth working day of each month the ${availability.owner.title} produces the availability of each
  service against its target; it is reported in the service reports and at the service reviews with
  customers, as set out in <@sms.link "monitoring-and-reporting"/>.
- Every unplanned outage longer than 30 minutes, and every month in which a service misses its target, is
  investigated; the ${availability.owner.title} opens a problem record and agrees the actions with the
  service owner.
- Each quarter the ${availability.owner.title} reviews availability trends, repeated outages and supplier
  performance, and reports them to the monthly SMS performance review and to management review.
@@improvementsTitle
Improvements
@@improvements
Actions that improve availability, such as removing a single point of failure, adding monitoring or
changing a maintenance arrangement, are recorded in <@sms.link "improvement-register"/> as
<@sms.link "continual-improvement"/> sets out, each with an owner and a target date, and are implemented
through change management. The open ones are
reviewed with this plan.
@@reviewTitle
Review
@@review
The ${doc.owner.title} reviews this plan at least every ${sms.documentControl.reviewIntervalMonths}
months, whenever a service is added, withdrawn or significantly changed, and after any month in which a
service misses its target. The risks to availability are assessed again at each review, together with the
business impact analysis and the continuity plan, so that targets, recovery objectives and protective
measures stay consistent.
