<#--
id: service-assurance
title: Service Assurance Procedure
kind: procedure
code: PRO-09
order: 670
clauses: ["8.7", "8.7.1", "8.7.3", "8.7.3.2", "8.7.3.3"]
editions: ["2018"]
-->
<#assign availability = processes["service-availability-management"]>
<#assign continuity = processes["service-continuity-management"]>
<#assign security = processes["information-security-management"]>
<#assign incident = processes["incident-management"]>
<#assign change = processes["change-management"]>
<#assign supplier = processes["supplier-management"]>
<#assign asset = processes["asset-management"]>
<#assign reporting = processes["service-reporting"]>
<#assign externalList = externalSuppliers![]>
<#function priorityId i>
  <#if priorities?size gt i>
    <#return priorities[i].id>
  <#elseif priorities?has_content>
    <#return priorities?last.id>
  <#else>
    <#return "highest">
  </#if>
</#function>
<@sms.documentHeader/>

<@sms.section title="Purpose"/>

This procedure sets out how ${org.name} gives its customers assurance that the services are there when
they are needed and that the information entrusted to them is protected. It covers service availability
management and information security management. Service continuity, the third part of service
assurance, is set out in <@sms.link "service-continuity-plan"/>, and the security commitments of top
management are stated in <@sms.link "information-security-policy"/>.

<@sms.section title="Scope"/>

<#if services?has_content>
The procedure applies to every service in the scope of the service management system (SMS), to the
configuration items that support them, and to the external and internal suppliers that contribute to
them. The services are:

<#list services as s>
- ${s.name}, owned by the ${s.owner.title}
</#list>
<#else>
The procedure applies to every service in the scope of the service management system (SMS), to the
configuration items that support them, and to the external and internal suppliers that contribute to
them. No services are recorded in the service catalogue yet; each service comes under this procedure
when it is added to the catalogue, and its availability target is set before it goes live.
</#if>

It covers planned and unplanned loss of availability, information security risks to the services and to
the SMS, the controls that treat those risks, and every information security incident, whether reported
by a user, detected by monitoring or notified by a supplier.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": availability.owner, "duties": "Owns the service availability management process; maintains the availability plan; sets up monitoring; investigates unplanned non-availability; reports availability monthly."},
  {"role": security.owner, "duties": (security.owner.title?lower_case?contains("security"))?then("Owns", "Acts as information security officer: owns") + " the information security management process; runs the security risk assessment; maintains the control register; manages information security incidents."},
  {"role": continuity.owner, "duties": "Owns service continuity management and keeps the continuity plan aligned with the availability plan and the security risk assessment."},
  {"role": supplier.owner, "duties": "Writes security and availability obligations into supplier contracts and follows up supplier performance against them."},
  {"role": sms.manager, "duties": "Checks that this procedure is followed; takes its results to management review; raises improvements."}
]/>

Each service owner agrees the availability target of the service with its customers, approves the
controls that protect the service and takes part in the investigation of any major outage or security
incident that affects it.

<@sms.section title="Service assurance overview" clauses=["8.7"]/>

Service assurance joins three processes that share the same risks, data and people:

| Process | Owner | Question it answers | Main document |
|---|---|---|---|
| Service availability management | ${availability.owner.title} | Is each service available when the customer needs it? | This procedure and the availability plan |
| Service continuity management | ${continuity.owner.title} | Can each service be recovered after a major disruption? | <@sms.link "service-continuity-plan"/> |
| Information security management | ${security.owner.title} | Is the confidentiality, integrity and availability of information protected? | <@sms.link "information-security-policy"/> and this procedure |

The three processes work from one risk assessment cycle. A risk to availability found by one of them is
recorded once, in the risk register kept under <@sms.link "sms-plan"/>, and treated by whichever process
is best placed to do so. Every request for change is assessed for its effect on availability,
continuity and security before approval, as set out in <@sms.link "design-build-transition"/>.

<@sms.section title="Service availability management" clauses=["8.7.1"]/>

Service availability management makes sure that each service can be used when its service hours say it
should be, and that the organisation knows, month by month, how far it has met that promise. The
${availability.owner.title} owns the process and works with capacity management, incident and problem
management, and service continuity management, which share its data.

<@sms.section title="Availability requirements and targets" clauses=["8.7.1"] level=3/>

Availability targets are agreed with customers in the service level agreements and published in
<@sms.link "service-catalogue"/>. Availability is measured only within the agreed service hours. The
downtime column shows how much unplanned downtime each target allows in an average month, counted
within the agreed service hours (a month is taken as 30.4 days, or 4.35 weeks).

<#if services?has_content>
| Service | Service hours | Availability target | Downtime allowed per month | Criticality | Depends on |
|---|---|---|---|---|---|
<#list services as s>
| ${s.name} | ${s.hours} | ${sms.pct(s.availabilityTarget)} | ${s.allowedDowntime} | ${s.criticality?cap_first} | <@sms.names items=s.suppliers empty="internal resources only"/> |
</#list>
<#else>
No services are recorded yet. When a service is added, the ${availability.owner.title} enters its service
hours and availability target here before the service level agreement is signed.
</#if>

Availability is calculated for each service and each calendar month as:

> availability (%) = (agreed service time − unplanned downtime within agreed service time) ÷ agreed service time × 100

- Downtime runs from the start of the loss of service, as shown by monitoring or by the first user
  report, whichever is earlier, until service is restored and confirmed.
- A service counts as unavailable when a core function described in the service catalogue cannot be
  used by its users, even if other functions still work.
- Planned maintenance does not count as downtime when it is carried out within the maintenance window of
  the service level agreement and was announced to customers at least five working days in advance.
- Unavailability caused by the customer, or by components outside the service boundary described in the
  catalogue, is recorded but excluded from the calculation, with the reason stated in the report.

<@sms.section title="Availability plan" clauses=["8.7.1"] level=3/>

The ${availability.owner.title} maintains an availability plan as a controlled document in the SMS
document library. It contains:

1. the availability requirements and targets of each service, as in the table above;
2. the assessment of risks to availability: single points of failure, capacity limits, dependencies on
   suppliers and on the operations centre, and known weaknesses in the configuration;
3. the design measures that protect availability, such as redundant components, failover, and supplier
   service levels that support the targets;
4. the maintenance windows agreed for each service;
5. the improvements planned for the coming twelve months, each with an owner and a target date.

The plan is reviewed at least once a year, whenever a service is added, withdrawn or significantly
changed, and after any month in which a service misses its target. Risks to availability are assessed
again at each review and the result is recorded in the plan.

<@sms.section title="Monitoring, investigation and reporting" clauses=["8.7.1"] level=3/>

Availability is monitored with ${sms.toolOf("service-availability-management")}.

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
   and update the availability plan where the trend puts a target at risk.

<@sms.section title="Information security management" clauses=["8.7.3"]/>

Information security is managed under <@sms.link "information-security-policy"/>, approved by top
management. <#if security.owner.title?lower_case?contains("security")>The ${security.owner.title}<#else>The ${security.owner.title}, as information security officer,</#if>
runs the activities below with the process owners and service owners. Security records are kept in
${sms.toolOf("information-security-management")} with access limited to the people who need it.

<@sms.section title="Information security risk assessment" clauses=["8.7.3.2"] level=3/>

1. **Identify assets.** Start from the asset and configuration information maintained by the
   ${asset.owner.title}: services, information held for customers, systems, locations and suppliers.
2. **Identify risks.** For each asset group, identify threats to confidentiality, integrity and
   availability and the weaknesses they could exploit.
3. **Rate risks.** Rate likelihood and impact from 1 to 5 each; the risk score is their product. A score
   of 15 or more is high, 8 to 14 medium, and 7 or less low.
4. **Decide treatment.** High risks are treated with controls; medium risks are treated or accepted by
   the service owner; low risks may be accepted by the ${security.owner.title}. Acceptance of a high risk
   needs the approval of the ${sms.topManagement.title}.
5. **Record.** Record each risk, its score, owner, treatment and residual score in the risk register.
6. **Repeat.** Repeat the assessment at least once a year, before a new or changed service is
   transitioned, and after any critical security incident.

<@sms.section title="Information security controls" clauses=["8.7.3.2"] level=3/>

Every control is recorded in a control register, which links it to the risks it treats, names its owner
and states how its operation is checked. The baseline controls are:

| Control area | Control | Owner | Checked |
|---|---|---|---|
| Access control | Access granted on approved request only; privileged accounts use multi-factor authentication | ${security.owner.title} | Access review every quarter |
| Leavers and movers | Access removed on the last working day; role changes reviewed | ${security.owner.title} | Monthly reconciliation with staff list |
| Vulnerability management | Security patches applied within 14 days, critical ones within 72 hours | ${change.owner.title} | Monthly patch compliance report |
| Malware protection | Endpoint protection on every managed device and server | ${availability.owner.title} | Weekly coverage report |
| Backup | Backups of service and customer data taken and test-restored | ${continuity.owner.title} | Monthly test restore |
| Logging and monitoring | Security events logged centrally and kept for 12 months | ${security.owner.title} | Weekly review of alerts |
| Asset protection | Asset inventory kept current; disks encrypted; media disposed of securely | ${asset.owner.title} | Licence reconciliation every quarter; hardware inventory check every year |
| Change control | Security impact assessed for every request for change | ${change.owner.title} | Sample of changes every quarter |
| Supplier security | Security obligations in every supplier contract | ${supplier.owner.title} | Yearly, at a supplier performance review |
| Awareness | Security training at induction and every year | ${sms.manager.title} | Completion report every quarter |

**Review of controls.** The ${security.owner.title} reviews the control register every six months: each
control is checked for whether it operates as described and whether it still treats its risks. Controls
are also reviewed after a security incident that they failed to prevent or detect, and when the risk
assessment changes. Changes to controls go through change management. The result of each review, with
its actions, is recorded and reported to management review.

**Suppliers' security obligations.** The ${supplier.owner.title} makes sure that every contract with an
external supplier, and every agreement with an internal supplier, states the supplier's obligations to
protect information, to report security incidents to ${org.name} within 24 hours, to give access for
audit or provide independent assurance (such as an ISO/IEC 27001 certificate or a SOC 2 report), and to
return or destroy information at the end of the contract. Compliance is checked at least once a year, at
one of the supplier performance reviews held under <@sms.link "relationship-and-agreement"/>.

<#if externalList?has_content>
| External supplier | Provides | Contract | Managed by |
|---|---|---|---|
<#list externalList as sup>
| ${sup.name} | ${sup.provides!"see contract"} | ${sup.contractRef!"no reference recorded"} | ${sup.manager.title} |
</#list>
<#else>
No external suppliers contribute to the services at present. A supplier's security obligations are
agreed before it is given access to any information or system.
</#if>

<@sms.section title="Information security incidents" clauses=["8.7.3.3"] level=3/>

An information security incident is any event that has compromised, or could compromise, the
confidentiality, integrity or availability of information or of a service: for example unauthorised
access, malware, loss of a device, disclosure of data to the wrong recipient, or a supplier breach.

Security incidents are recorded as incidents in ${sms.toolOf("incident-management")}, in a security
category that only the service desk, the ${security.owner.title} and named responders can read. They
follow <@sms.link "resolution-and-fulfilment"/> with the additional steps below.

| Severity | Typical situation | Incident priority | ${security.owner.title} informed |
|---|---|---|---|
| Critical | Confirmed loss or disclosure of customer or personal data; ransomware; compromise of a privileged account | ${priorityId(0)} | Immediately, by phone |
| High | Confirmed compromise of a system or account, contained, with no evidence of data loss | ${priorityId(1)} | Within 1 hour |
| Medium | Attempted attack or policy breach without compromise | ${priorityId(2)} | Same working day |
| Low | Suspicious event or weakness reported, no evidence of attack | ${priorityId(3)} | Next working day |

1. **Report.** Staff, users and suppliers report suspected security incidents to the service desk at
   once. Reports are never discouraged, even when they turn out to be false alarms.
2. **Record and classify.** The service desk records the incident and sets its severity from the table
   above. The ${security.owner.title} confirms or changes the severity.
3. **Contain.** The ${security.owner.title} directs containment: isolating devices, disabling accounts,
   blocking addresses. Evidence (logs, images, e-mails) is preserved before systems are rebuilt.
4. **Notify.** For incidents that affect a customer's information, the service owner informs the customer
   within 24 hours of confirmation. Where personal data is involved, the ${security.owner.title} decides
   with the ${sms.topManagement.title} whether the data protection authority must be notified; if so,
   notification is made within 72 hours of becoming aware of the breach.
5. **Eradicate and recover.** Remove the cause, restore systems from known good sources, and confirm
   with the service owner that the service is secure before closing the incident.
6. **Learn.** For critical and high incidents, hold a lessons-learned review within ten working days.
   Record the cause, what worked and what did not, and the actions; open a problem record where the
   cause is not yet removed; update the risk assessment and the control register.

The ${security.owner.title} reports the number, severity and trend of security incidents every month and
presents the lessons learned at management review.

<@sms.section title="Inputs and outputs"/>

| Inputs | Outputs |
|---|---|
| Availability requirements from service level agreements | Availability plan and availability targets |
| Monitoring events and alerts | Availability reports per service |
| Incident and problem records | Investigations of unplanned non-availability |
| Asset and configuration information | Security risk assessment and risk register entries |
| Supplier contracts and performance data | Control register and control reviews |
| Security incident reports | Security incident records and lessons learned |

<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="service-availability-management" rows=[
  {"record": "Availability monitoring data", "owner": availability.owner, "retention": "13 months"},
  {"record": "Monthly availability results and investigations", "owner": availability.owner, "heldIn": sms.toolOf("service-reporting")?cap_first, "retention": "3 years"},
  {"record": "Availability plan, with its risk assessments", "owner": availability.owner, "heldIn": "SMS document library", "retention": "3 years after being superseded"},
  {"record": "Information security risk assessments", "owner": security.owner, "heldIn": sms.toolOf("information-security-management")?cap_first, "retention": "3 years after being superseded"},
  {"record": "Control register and control reviews", "owner": security.owner, "heldIn": sms.toolOf("information-security-management")?cap_first, "retention": "3 years"},
  {"record": "Information security incident records and lessons-learned reviews", "owner": security.owner, "heldIn": sms.toolOf("incident-management")?cap_first, "retention": "6 years after closure"},
  {"record": "Supplier security reviews, as part of the supplier performance reviews", "owner": supplier.owner, "heldIn": "SMS document library", "retention": "6 years after the end of the contract"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
| Services meeting their availability target in the month | all services |
| Unplanned outages over 30 minutes with a completed investigation | 100% |
| Security patches applied within the agreed times | at least 95% |
| Quarterly access reviews completed on time | 100% |
| Critical and high security incidents with a lessons-learned review within 10 working days | 100% |
| Control register reviews held on schedule | 2 per year |

The results are reported monthly in the service reports described in <@sms.link "monitoring-and-reporting"/>
and reviewed by the ${reporting.owner.title} with the service owners.

<@sms.section title="Related documents"/>

- <@sms.link "information-security-policy"/>
- <@sms.link "service-continuity-plan"/>
- <@sms.link "service-catalogue"/>
- <@sms.link "relationship-and-agreement"/>
- <@sms.link "resolution-and-fulfilment"/>
- <@sms.link "design-build-transition"/>
- <@sms.link "monitoring-and-reporting"/>
