<#-- The words of the service availability management section (English); its structure is service-availability.ftl. -->
@@title
${t.ServiceAvailability} management
@@purpose
${t.ServiceAvailability} management makes sure that each service can be used when its service hours say it
should be, and that the organisation knows, month by month, how far it has met that promise. The
${availability.owner.title} owns the process and works with capacity management, incident and problem
management, and service continuity management, which share its data.
@@requirementsTitle
Availability requirements and targets
@@requirements
Availability targets are agreed with customers in the service level agreements and published in
<@sms.link "service-catalogue"/>. Availability is measured only within the agreed service hours.
<@sms.link "availability-plan"/> shows for each service its target and how much unplanned downtime it allows
in an average month and in a year, counted within the agreed service hours (a month is taken as 30.4 days,
or 4.35 weeks).
@@calculation
Availability is calculated for each service and each calendar month as:

> availability (%) = (agreed service time − unplanned downtime within agreed service time) ÷ agreed service time × 100
@@downtimeRules
- Downtime runs from the start of the loss of service, as shown by monitoring or by the first user
  report, whichever is earlier, until service is restored and confirmed.
- A service counts as unavailable when a core function described in the service catalogue cannot be
  used by its users, even if other functions still work.
- Planned maintenance does not count as downtime when it is carried out within the maintenance window of
  the service level agreement and was announced to customers at least five working days in advance.
- Unavailability caused by the customer, or by components outside the service boundary described in the
  catalogue, is recorded but excluded from the calculation, with the reason stated in the report.
@@planTitle
Availability plan
@@plan
The ${availability.owner.title} maintains <@sms.link "availability-plan"/> as a controlled document. It
holds the availability requirements and targets of each service with the downtime they allow, the measures
that protect availability (monitoring, maintenance windows, capacity headroom, alternate arrangements and
supplier commitments), the risks to availability taken from the risk register, how availability is measured
and reported, and the improvements planned. It is reviewed at least every
${sms.documentControl.reviewIntervalMonths} months, whenever a service is added, withdrawn or significantly
changed, and after any month in which a service misses its target.
@@monitoringTitle
Monitoring, investigation and reporting
@@monitoringTool
Availability is monitored with ${sms.toolOf("service-availability-management")}.
@@monitoringSteps
1. **Set up monitoring.** For each service, define checks that test the service as a user experiences
   it (for example logging on, opening a file, reaching a site) as well as the health of the supporting
   configuration items. No service goes live without these checks.
2. **Alert.** Failed checks raise an alert that creates an incident in
   ${sms.toolOf("incident-management")}. A loss of service is handled as an incident under
   <@sms.link "resolution-and-fulfilment"/>.
3. **Record.** For every loss of service, record the start and end times, the services and customers
   affected, and whether the downtime counts against the target.
4. **Investigate.** Every unplanned loss of service longer than 30 minutes, and every month in which a
   service misses its target, is investigated. The ${availability.owner.title} opens a problem record
   and agrees actions with the service owner.
5. **Report.** By the fifth working day of each month, produce the availability figures per service
   against target and publish them in the service reports described in
   <@sms.link "monitoring-and-reporting"/>.
6. **Review trends.** Each quarter, review availability trends, repeat outages and supplier performance,
   and update <@sms.link "availability-plan"/> where the trend puts a target at risk.
