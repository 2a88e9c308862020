<#--
id: sla
title: Service Level Agreement
kind: agreement
code: SLA
order: 310
foreach: service
clauses: ["8.3.3"]
editions:
  "2018": {}
  "2011": {clauses: ["6.1"]}
process: service-level-management
related: ["service-catalogue", "relationship-and-agreement", "resolution-and-fulfilment", "service-continuity-plan", "monitoring-and-reporting"]
-->
<#-- The service's criticality, its round-the-clock hours, its review interval and its escalation levels are
     decided in the generator (ServiceLevels): service.criticalityName, roundTheClock, monthlyReview, escalation. -->
<@sms.section title="Parties to this agreement" clauses=["8.3.3"]/>

This service level agreement (SLA) is made between ${org.name}, which provides the ${service.name}
service, and <#if service.customers?has_content>the customer<#if service.customers?size != 1>s</#if>
listed below, each of which receives the service on the terms set out here<#else>the internal users of
the service${service.customersMark}, represented by the ${brm.owner.title}</#if>.

| Party | Role in this agreement | Represented by |
|---|---|---|
| ${org.name} | Service provider | <@sms.roleWithPerson doc.approver/>, who signs this agreement |
<#list service.customers as c>
| ${c.name} | Customer | ${c.contact!"Authorised representative"} |
<#else>
| Internal users of the service | Customer | <@sms.roleWithPerson brm.owner/> |
</#list>
<#if service.customers?size gt 1>

Where a customer has agreed different targets from those below, the difference is recorded in an annex to
this agreement signed by that customer; otherwise the same terms apply to every customer listed.
</#if>

<@sms.section title="Purpose"/>

This agreement sets out what ${service.name} provides, when it is available, the service levels
${org.name} commits to, and what each party does to make those levels achievable. It is the reference for
the monthly service report and for the service review meetings with the customer.

<@sms.section title="Service description" clauses=["8.3.3"]/>

${service.description}

The service is entered in the <@sms.link "service-catalogue"/>, which is the authoritative description of
its scope. It is owned by the <@sms.roleWithPerson service.owner/>, who is accountable for delivering it to
the levels in this agreement. Its criticality is ${service.criticalityName}: this sets its precedence when incidents,
changes and continuity arrangements compete for resources.

<@sms.section title="Service hours" clauses=["8.3.3"]/>

| Item | Agreed value |
|---|---|
| Service hours | ${service.hours} |
| Reporting incidents and requests | Service desk, through the channels published to the customer |
<#if service.roundTheClock>
| Planned maintenance | ${service.maintenance} |

The service is supported around the clock: response and resolution times run continuously, including at
night, at weekends and on public holidays.
<#else>
| Planned maintenance | ${service.maintenance} |

Response and resolution times count only time inside the service hours. An incident reported outside the
service hours is handled from the start of the next service period unless it has been agreed that it will
be handled sooner.
</#if>

<@sms.section title="Availability" clauses=["8.3.3"]/>

${org.name} commits to an availability of **${sms.pct(service.availabilityTarget)}**${service.targetMark} for ${service.name},
measured over the service hours of each calendar month. <#if service.hoursPerWeek??>In an average month this allows at
most ${service.allowedDowntime} of unplanned unavailability within the service hours.<#else>This allows unplanned
unavailability of at most ${service.allowedDowntime} in each month.</#if>

Availability is calculated as:

- agreed service time in the month, minus unplanned unavailability within that time,
- divided by the agreed service time,
- multiplied by 100.

The service is unavailable when customers cannot use its core function, as shown by the monitoring in
${sms.toolOf("service-availability-management")} or by an incident record of the highest
priority<#if priorities?has_content> (${priorities[0].id})</#if>, whichever starts first. Unavailability ends when the service is restored and the customer has been
told. The following are not counted as unavailability:

- planned maintenance announced and agreed as set out above;
- interruptions caused by the customer, its users or third parties acting for the customer;
- failure of customer equipment or connections that ${org.name} does not manage;
- periods when the customer has asked for the service to be suspended.

Unavailability caused by ${sms.possessive(org.name)} own suppliers counts against the target: ${org.name} remains
accountable for the whole service.

<@sms.section title="Incident response and resolution" clauses=["8.3.3"]/>

Incidents are prioritised from their impact and urgency, as set out in
<@sms.link "resolution-and-fulfilment"/>. The service desk sets the priority when the incident is recorded
and confirms it with the person reporting it.

<#if priorities?has_content>
| Priority | Name | Typical situation | Response target | Resolution target |
|---|---|---|---|---|
<#list priorities as p>
| ${p.id} | ${p.name} | ${p.description} | ${p.response} | ${p.resolution} |
</#list>

The response target is met when a qualified engineer has started work on the incident and told the
reporter. The resolution target is met when the service has been restored, even if a permanent fix follows
later through problem management. ${measures.byId["sla-incident-targets"].target?cap_first} of incidents in each priority must meet both targets in a
month.
<#else>
Response and resolution targets are set by priority in the incident priority scheme of
<@sms.link "resolution-and-fulfilment"/>. ${measures.byId["sla-incident-targets"].target?cap_first} of incidents in each priority must meet both
targets in a month.
</#if>

<@sms.section title="Service requests" clauses=["8.3.3"]/>

Service requests are raised through the service desk and fulfilled against these targets, counted in
service hours from the moment the request has all the approvals it needs:

| Request type | Fulfilment target |
|---|---|
| ${requests.type.information.name} | ${requests.type.information.target} |
| ${requests.type.access.name} | ${requests.type.access.target} |
| ${requests.type.standard.name} from the <@sms.link "request-catalogue"/> | ${requests.type.standard.target} |
| ${requests.type.other.name} | ${requests.type.other.target} |

${measures.byId["sla-request-targets"].target?cap_first} of requests must be fulfilled within target in a month.

<@sms.section title="Workload limits" clauses=["8.3.3"]/>

The targets in this agreement hold while the demand on the service stays within the volumes forecast with
the customer at the last service review (numbers of users, devices, systems or transactions, as relevant
to the service). If demand in a month exceeds that forecast by more than 20%, ${org.name} will tell the
customer promptly; the parties then agree at the next service review whether to add capacity, amend the
forecast or amend this agreement. Targets missed because of demand above the agreed limit are reported but
are not counted as breaches.

<@sms.section title="Customer responsibilities"/>

The customer will:

- name a contact for the service and a deputy, and keep those names current;
- report incidents and requests through the service desk, not to individual staff;
- give ${org.name} the access, information and approvals needed to resolve incidents and fulfil requests;
- tell ${org.name} at least one month ahead of changes in its business that will change its demand on the
  service;
- take part in the service reviews and the customer satisfaction survey;
- follow the acceptable-use and information security rules that apply to the service.

<@sms.section title="Supporting suppliers"/>

<#if service.suppliers?has_content>
${org.name} uses the following suppliers to deliver this service. Their targets are agreed in contracts or
internal agreements that support the targets of this SLA, and ${org.name} remains accountable to the
customer for their performance.

| Supplier | Type | Provides | Governed by |
|---|---|---|---|
<#list service.suppliers as x>
| ${x.name} | ${sms.word(x.type)} | ${x.provides!"Supporting services"} | ${x.agreement}<#if x.agreementDocument??>: <@sms.link x.agreementDocument/></#if> |
</#list>
<#else>
${org.name} delivers this service with its own staff and infrastructure; no supplier contributes directly
to it.
</#if>

<@sms.section title="Reporting and service reviews" clauses=["8.3.3", "9.4"]/>

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

<@sms.section title="Exceptions" clauses=["8.3.3"]/>

Apart from the exclusions already listed under availability, the targets do not apply:

- during an invocation of the service continuity plan, when the reduced targets of
  <@sms.link "service-continuity-plan"/> apply instead;
- to work that the customer has asked ${org.name} to defer or to carry out in a different way from the
  documented procedure;
- while the customer has not provided information or access that ${org.name} has asked for, the time
  waiting being excluded from the measured time.

${voice.slaCredits}

<@sms.section title="Complaints and escalation"/>

A customer who is dissatisfied with the service can raise a complaint with the service desk or directly
with the ${brm.owner.title}. Complaints are handled under <@sms.link "relationship-and-agreement"/>:
they are acknowledged within 1 working day and answered in full within 10 working days.

If an incident or a complaint is not progressing as the customer needs, the customer can escalate it:

| Level | Contact | When |
|---|---|---|
| 1 | Service desk | First point of contact for all incidents, requests and complaints |
<#list service.escalation as row>
| ${row.level} | <@sms.roleWithPerson row.role/> | ${row.when} |
</#list>

<@sms.section title="Change control of this agreement" clauses=["8.3.3"]/>

- This agreement is reviewed with the customer at least every ${sms.documentControl.reviewIntervalMonths} months and whenever the service, its
  suppliers or the customer's requirements change significantly.
- Changes are agreed in writing by both parties. ${org.name} records each change as a request for change
  under <@sms.link "change-management-policy"/> so that its effect on the service and on other customers is
  assessed before it is agreed.
- The ${doc.owner.title} owns this agreement and keeps it under version control, in line with
  <@sms.link "documented-information-control"/>, and makes sure it stays consistent with the service
  catalogue and with the supplier contracts listed above.
- The agreement stays in force until it is replaced by a newer version or until the service is removed.

<@sms.section title="Signatures"/>

| Party | Name | Position | Signature | Date |
|---|---|---|---|---|
| ${org.name} | ${doc.approver.person!""} | ${doc.approver.title} | | |
<#list service.customers as c>
| ${c.name} | | ${c.contact!"Authorised representative"} | | |
<#else>
| Internal users of the service | ${brm.owner.person!""} | ${brm.owner.title} | | |
</#list>
