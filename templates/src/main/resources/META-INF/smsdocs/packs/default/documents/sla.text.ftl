<#-- The words of the service level agreement (English); its structure is sla.md.ftl. -->
@@partiesTitle
Parties to this agreement
@@partiesWithCustomers count
This service level agreement (SLA) is made between ${org.name}, which provides the ${service.name}
service, and the customer<#if count != 1>s</#if>
listed below, each of which receives the service on the terms set out here.
@@partiesWithInternalUsers
This service level agreement (SLA) is made between ${org.name}, which provides the ${service.name}
service, and the internal users of
the service${service.customersMark}, represented by the ${brm.owner.title}.
@@partiesHeader
| Party | Role in this agreement | Represented by |
|---|---|---|
| ${org.name} | Service provider | <@sms.roleWithPerson doc.approver/>, who signs this agreement |
@@customer
Customer
@@authorisedRepresentative
Authorised representative
@@internalUsers
Internal users of the service
@@differentTargets
Where a customer has agreed different targets from those below, the difference is recorded in an annex to
this agreement signed by that customer; otherwise the same terms apply to every customer listed.
@@purposeTitle
Purpose
@@purpose
This agreement sets out what ${service.name} provides, when it is available, the service levels
${org.name} commits to, and what each party does to make those levels achievable. It is the reference for
the monthly service report and for the service review meetings with the customer.
@@descriptionTitle
Service description
@@catalogueEntry
The service is entered in the <@sms.link "service-catalogue"/>, which is the authoritative description of
its scope. It is owned by the <@sms.roleWithPerson service.owner/>, who is accountable for delivering it to
the levels in this agreement. Its criticality is ${service.criticalityName}: this sets its precedence when incidents,
changes and continuity arrangements compete for resources.
@@hoursTitle
Service hours
@@hoursTable
| Item | Agreed value |
|---|---|
| Service hours | ${service.hours} |
| Reporting incidents and requests | Service desk, through the channels published to the customer |
| Planned maintenance | ${service.maintenance} |
@@roundTheClock
The service is supported around the clock: response and resolution times run continuously, including at
night, at weekends and on public holidays.
@@serviceHoursOnly
Response and resolution times count only time inside the service hours. An incident reported outside the
service hours is handled from the start of the next service period unless it has been agreed that it will
be handled sooner.
@@availabilityTitle
Availability
@@commitment
${org.name} commits to an availability of **${sms.pct(service.availabilityTarget)}**${service.targetMark} for ${service.name},
measured over the service hours of each calendar month.
@@averageMonthAllowance
In an average month this allows at
most ${service.allowedDowntime} of unplanned unavailability within the service hours.
@@monthlyAllowance
This allows unplanned
unavailability of at most ${service.allowedDowntime} in each month.
@@calculation
Availability is calculated as:

- agreed service time in the month, minus unplanned unavailability within that time,
- divided by the agreed service time,
- multiplied by 100.
@@unavailable
The service is unavailable when customers cannot use its core function, as shown by the monitoring in
${sms.toolOf("service-availability-management")} or by an incident record of the highest
priority<#if priorities?has_content> (${priorities[0].id})</#if>, whichever starts first. Unavailability ends when the service is restored and the customer has been
told. The following are not counted as unavailability:

- planned maintenance announced and agreed as set out above;
- interruptions caused by the customer, its users or third parties acting for the customer;
- failure of customer equipment or connections that ${org.name} does not manage;
- periods when the customer has asked for the service to be suspended.
@@suppliersCount
Unavailability caused by ${sms.possessive(org.name)} own suppliers counts against the target: ${org.name} remains
accountable for the whole service.
@@incidentsTitle
Incident response and resolution
@@incidentsIntro
Incidents are prioritised from their impact and urgency, as set out in
<@sms.link "resolution-and-fulfilment"/>. The service desk sets the priority when the incident is recorded
and confirms it with the person reporting it.
@@prioritiesHeader
| Priority | Name | Typical situation | Response target | Resolution target |
|---|---|---|---|---|
@@prioritiesNote
The response target is met when a qualified engineer has started work on the incident and told the
reporter. The resolution target is met when the service has been restored, even if a permanent fix follows
later through problem management. ${measures.byId["sla-incident-targets"].target?cap_first} of incidents in each priority must meet both targets in a
month.
@@noPriorities
Response and resolution targets are set by priority in the incident priority scheme of
<@sms.link "resolution-and-fulfilment"/>. ${measures.byId["sla-incident-targets"].target?cap_first} of incidents in each priority must meet both
targets in a month.
@@requestsTitle
Service requests
@@requestTargets
Service requests are raised through the service desk and fulfilled against these targets, counted in
service hours from the moment the request has all the approvals it needs:

| Request type | Fulfilment target |
|---|---|
| ${requests.type.information.name} | ${requests.type.information.target} |
| ${requests.type.access.name} | ${requests.type.access.target} |
| ${requests.type.standard.name} from the <@sms.link "request-catalogue"/> | ${requests.type.standard.target} |
| ${requests.type.other.name} | ${requests.type.other.target} |
@@requestsTarget
${measures.byId["sla-request-targets"].target?cap_first} of requests must be fulfilled within target in a month.
@@workloadTitle
Workload limits
@@workload
The targets in this agreement hold while the demand on the service stays within the volumes forecast with
the customer at the last service review (numbers of users, devices, systems or transactions, as relevant
to the service). If demand in a month exceeds that forecast by more than 20%, ${org.name} will tell the
customer promptly; the parties then agree at the next service review whether to add capacity, amend the
forecast or amend this agreement. Targets missed because of demand above the agreed limit are reported but
are not counted as breaches.
@@customerTitle
Customer responsibilities
@@customerDuties
The customer will:

- name a contact for the service and a deputy, and keep those names current;
- report incidents and requests through the service desk, not to individual staff;
- give ${org.name} the access, information and approvals needed to resolve incidents and fulfil requests;
- tell ${org.name} at least one month ahead of changes in its business that will change its demand on the
  service;
- take part in the service reviews and the customer satisfaction survey;
- follow the acceptable-use and information security rules that apply to the service.
@@suppliersTitle
Supporting suppliers
@@suppliersIntro
${org.name} uses the following suppliers to deliver this service. Their targets are agreed in contracts or
internal agreements that support the targets of this SLA, and ${org.name} remains accountable to the
customer for their performance.
@@suppliersHeader
| Supplier | Type | Provides | Governed by |
|---|---|---|---|
@@supplierType type
${sms.word(type)}
@@supportingServices
Supporting services
@@noSuppliers
${org.name} delivers this service with its own staff and infrastructure; no supplier contributes directly
to it.
@@reportingTitle
Reporting and service reviews
@@reportingAndReviews
${org.name} sends the customer a service report within 10 working days of the end of each month. The report
is produced from ${sms.toolOf("service-reporting")} and shows:

- availability achieved against the ${sms.pct(service.availabilityTarget)} target, with the cause of each period
  of unavailability;
- incidents and service requests by priority, and performance against each target;
- breaches of this agreement, their causes and the actions taken;
- changes implemented in the month and changes planned for the next;
- demand against the agreed workload limits;
- complaints received and their status.

The ${brm.owner.title} holds a service review with each customer at least <#if service.monthlyReview>once a
month<#else>once a quarter</#if>; a customer that receives several services has one combined review, held
at the most frequent interval that applies. The review covers the report, the customer's satisfaction,
changes in its business needs and forecast demand, and improvements. Agreed actions are recorded and followed up at the next review.
@@exceptionsTitle
Exceptions
@@exceptions
Apart from the exclusions already listed under availability, the targets do not apply:

- during an invocation of the service continuity plan, when the reduced targets of
  <@sms.link "service-continuity-plan"/> apply instead;
- to work that the customer has asked ${org.name} to defer or to carry out in a different way from the
  documented procedure;
- while the customer has not provided information or access that ${org.name} has asked for, the time
  waiting being excluded from the measured time.
@@complaintsTitle
Complaints and escalation
@@complaints
A customer who is dissatisfied with the service can raise a complaint with the service desk or directly
with the ${brm.owner.title}. Complaints are handled under <@sms.link "relationship-and-agreement"/>:
they are acknowledged within 1 working day and answered in full within 10 working days.

If an incident or a complaint is not progressing as the customer needs, the customer can escalate it:
@@escalationHeader
| Level | Contact | When |
|---|---|---|
| 1 | Service desk | First point of contact for all incidents, requests and complaints |
@@changeControlTitle
Change control of this agreement
@@changeControl
- This agreement is reviewed with the customer at least every ${sms.documentControl.reviewIntervalMonths} months and whenever the service, its
  suppliers or the customer's requirements change significantly.
- Changes are agreed in writing by both parties. ${org.name} records each change as a request for change
  under <@sms.link "change-management-policy"/> so that its effect on the service and on other customers is
  assessed before it is agreed.
- The ${doc.owner.title} owns this agreement and keeps it under version control, in line with
  <@sms.link "documented-information-control"/>, and makes sure it stays consistent with the service
  catalogue and with the supplier contracts listed above.
- The agreement stays in force until it is replaced by a newer version or until the service is removed.
@@signaturesTitle
Signatures
@@signaturesHeader
| Party | Name | Position | Signature | Date |
|---|---|---|---|---|
