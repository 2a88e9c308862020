<#-- The words of the service level management section (English); its structure is service-level-management.ftl. -->
@@title
Service level management
@@slasTitle
Service level agreements
@@slasIntro
Each service has one SLA, agreed with all of its customers:
@@slasHeader
| Service | SLA | Customers | Availability target |
|---|---|---|---|
@@noCustomers
none assigned
@@noSlas
No SLAs are in force yet, because no services are defined. An SLA is agreed for each service before it
goes live.
@@catalogueConsistency
The SLAs are consistent with the <@sms.link "service-catalogue"/>: the catalogue describes each service
and the SLA sets out the targets agreed with its customers.
@@agreeingTitle
Agreeing an SLA
@@agreeingSteps
1. **Document requirements.** The ${slm.owner.title} records the customer's service requirements: hours,
   availability, response and resolution, request fulfilment, workload, reporting.
2. **Check feasibility.** The service owner confirms the targets can be met with current capacity and
   budget; the ${supplierManagement.owner.title} confirms the supporting contracts and internal agreements back them.
3. **Draft.** The SLA is drafted from the standard structure: parties, service description, hours,
   service level targets, workload limits, exceptions, responsibilities, reporting, escalation and change
   control.
4. **Agree and sign.** The SLA is reviewed with the customer, signed by both parties and placed under
   document control.
5. **Communicate.** The service desk and the teams delivering the service are told of the targets before
   the SLA takes effect.
@@monitoringTitle
Monitoring and reviewing SLAs
@@monitoring
- Performance against every SLA target is measured from the monitoring, incident and request records
  and reported to the customer monthly through ${sms.toolOf("service-reporting")}.
- A target at risk during the month is escalated to the service owner; a breached target is analysed for
  its cause, and repeated breaches open a problem record.
- Each SLA is reviewed with the customer at least every ${sms.documentControl.reviewIntervalMonths} months, and whenever the service, the customer's
  needs or a supporting agreement changes. Changes to an SLA are controlled through change management.
- Trends in SLA performance are reported to each management review.
