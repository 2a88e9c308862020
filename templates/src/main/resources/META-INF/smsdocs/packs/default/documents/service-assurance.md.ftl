<#--
id: service-assurance
title: Service Assurance Procedure
kind: procedure
code: PRO-09
order: 670
clauses: ["8.7", "8.7.1", "8.7.3", "8.7.3.2", "8.7.3.3"]
editions: ["2018"]
related: ["information-security-policy", "service-continuity-plan", "service-catalogue", "relationship-and-agreement", "resolution-and-fulfilment", "design-build-transition", "monitoring-and-reporting"]
-->
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
  {"role": supplierManagement.owner, "duties": "Writes security and availability obligations into supplier contracts and follows up supplier performance against them."},
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

<#include "/sections/service-availability.ftl">
<#include "/sections/information-security.ftl">
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
  {"record": "Supplier security reviews, as part of the supplier performance reviews", "owner": supplierManagement.owner, "heldIn": "SMS document library", "retention": "6 years after the end of the contract"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
<#list measures.of["service-assurance"] as m>
| ${m.name} | ${m.target} |
</#list>

The results are reported monthly in the service reports described in <@sms.link "monitoring-and-reporting"/>
and reviewed by the ${reporting.owner.title} with the service owners.
