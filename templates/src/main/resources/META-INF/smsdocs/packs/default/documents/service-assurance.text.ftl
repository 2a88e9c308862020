<#-- The words of the service assurance procedure (English); its structure is service-assurance.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how ${org.name} gives its customers assurance that the services are there when
they are needed and that the information entrusted to them is protected. It covers service availability
management and information security management. Service continuity, the third part of service
assurance, is set out in <@sms.link "service-continuity-plan"/>, and the security commitments of top
management are stated in <@sms.link "information-security-policy"/>.
@@scopeTitle
Scope
@@scopeServices
The procedure applies to every service in the scope of the service management system (SMS), to the
configuration items that support them, and to the external and internal suppliers that contribute to
them. The services are:
@@serviceItem s
- ${s.name}, owned by the ${s.owner.title}
@@scopeNoServices
The procedure applies to every service in the scope of the service management system (SMS), to the
configuration items that support them, and to the external and internal suppliers that contribute to
them. No services are recorded in the service catalogue yet; each service comes under this procedure
when it is added to the catalogue, and its availability target is set before it goes live.
@@scopeCovers
It covers planned and unplanned loss of availability, information security risks to the services and to
the SMS, the controls that treat those risks, and every information security incident, whether reported
by a user, detected by monitoring or notified by a supplier.
@@rolesTitle
Roles and responsibilities
@@availabilityDuties
Owns the service availability management process; maintains the availability plan; sets up monitoring; investigates unplanned non-availability; reports availability monthly.
@@securityDuties ownerIsSecurityRole
<#if ownerIsSecurityRole>Owns<#else>Acts as information security officer: owns</#if> the information security management process; runs the security risk assessment; maintains the control register; manages information security incidents.
@@continuityDuties
Owns service continuity management and keeps the continuity plan aligned with the availability plan and the security risk assessment.
@@supplierDuties
Writes security and availability obligations into supplier contracts and follows up supplier performance against them.
@@managerDuties
Checks that this procedure is followed; takes its results to management review; raises improvements.
@@serviceOwners
Each service owner agrees the availability target of the service with its customers, approves the
controls that protect the service and takes part in the investigation of any major outage or security
incident that affects it.
@@overviewTitle
Service assurance overview
@@overview
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
@@inputsOutputsTitle
Inputs and outputs
@@inputsOutputs
| Inputs | Outputs |
|---|---|
| Availability requirements from service level agreements | Availability plan and availability targets |
| Monitoring events and alerts | Availability reports per service |
| Incident and problem records | Investigations of unplanned non-availability |
| Asset and configuration information | Security risk assessment and risk register entries |
| Supplier contracts and performance data | Control register and control reviews |
| Security incident reports | Security incident records and lessons learned |
@@recordsTitle
Records
@@monitoringData
Availability monitoring data
@@monthlyResults
Monthly availability results and investigations
@@availabilityPlanRecord
Availability plan, with its risk assessments
@@securityRiskAssessments
Information security risk assessments
@@controlRegister
Control register and control reviews
@@securityIncidentRecords
Information security incident records and lessons-learned reviews
@@supplierSecurityReviews
Supplier security reviews, as part of the supplier performance reviews
@@documentLibrary
SMS document library
@@months13
13 months
@@years3
3 years
@@years3AfterSuperseded
3 years after being superseded
@@years6AfterClosure
6 years after closure
@@years6AfterContract
6 years after the end of the contract
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
@@measuresReporting
The results are reported monthly in the service reports described in <@sms.link "monitoring-and-reporting"/>
and reviewed by the ${reporting.owner.title} with the service owners.
