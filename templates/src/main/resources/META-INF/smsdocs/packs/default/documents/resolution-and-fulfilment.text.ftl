<#-- The words of the resolution and fulfilment procedure (English); its structure is resolution-and-fulfilment.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how ${org.name} restores normal service after an incident, fulfils service
requests, and removes the causes of incidents so that they do not recur. It makes each of these
activities repeatable, recorded and measurable, so that customers receive the response they agreed to
and recurring failures are dealt with rather than tolerated.
@@scopeTitle
Scope
@@scopeIntro
The procedure applies to every service in the scope of the service management system (SMS):
@@scopeService service
${service.name}, for <@sms.names items=service.customers empty="internal users"/>
@@noServices
The procedure applies to every service in the scope of the service management system (SMS). No services
are recorded in the service catalogue yet; each service comes under this procedure when it is added to
the catalogue.
@@coverage
It covers incidents and requests raised by customers and users through any channel, incidents detected by
monitoring, and problems identified from incident trends, from supplier notifications or by the technical
teams. Information security incidents are recorded here and then handled as described in
<@sms.link "service-assurance"/>.
@@rolesTitle
Roles and responsibilities
@@incidentOwnerDuties
Owns the incident management process; maintains the priority scheme; reviews breached incidents and major-incident reports.
@@requestOwnerDuties
Owns the service request management process; maintains the request catalogue and the list of pre-approved requests.
@@problemOwnerDuties
Owns the problem management process; decides which problems are investigated; maintains the known error records.
@@managerDuties
Reviews the performance of the three processes at each SMS review and raises improvements.
@@principlesTitle
Principles
@@principles
- Every incident and service request is recorded, including those resolved at first contact.
- Priority is set from impact and urgency, never from who is asking.
- Incidents are resolved within the targets of the service level agreement of the affected service; the
  clock starts when the record is created.
- A major incident is declared by the ${incident.owner.title} or the duty manager and follows the
  major-incident steps in this procedure.
- Workarounds and known errors are published to the service desk so that repeat incidents are resolved
  quickly.
- Changes needed to resolve an incident or a problem are raised as requests for change under
  <@sms.link "design-build-transition"/>, except for pre-approved standard changes.
@@priorityTitle
Incident priority scheme
@@priorityScheme
Impact (how many users or how critical a service is affected) and urgency (how quickly the business is
harmed) together set the priority. The targets below apply unless a service level agreement sets stricter
ones.

| Priority | Name | Typical situation | Response target | Resolution target |
|---|---|---|---|---|
@@incidentTitle
Incident management
@@incidentManagement
Incidents are recorded and managed in ${sms.toolOf("incident-management")}.

1. **Record.** Log the incident with the caller, the affected service and configuration items, the
   symptoms and the time it started.
2. **Classify and prioritise.** Assign a category and a priority from the scheme above. Check whether it
   matches a known error; if it does, apply the documented workaround.
3. **Investigate and diagnose.** The service desk attempts resolution first. If it cannot resolve the
   incident within its target, it escalates to the resolver group that owns the configuration item.
4. **Escalate.** Functional escalation moves the incident to the right team. Hierarchical escalation
   informs the ${incident.owner.title} when a target is at risk, and the customer when the SLA requires it.
5. **Resolve and recover.** Restore the service, record the resolution and confirm with the user that the
   service works as expected.
6. **Close.** Close the record once the user has confirmed, or after three working days without an
   answer. Check the category and the resolution notes before closing.
@@majorTitle
Major incidents
@@majorIncidents
A major incident is an incident of priority ${priorities[0].id} or any incident the ${incident.owner.title}
declares major because of its business impact. For a major incident:

1. The ${incident.owner.title} appoints a major-incident manager and opens a bridge call with the
   resolver groups and, where needed, the supplier.
2. Affected customers are informed within the response target and then at agreed intervals until
   resolution.
3. After resolution a major-incident review records the timeline, the cause as far as known, and the
   actions taken. A problem record is opened for every major incident.
@@requestTitle
Service request management
@@requestManagement
Service requests are recorded and fulfilled in ${sms.toolOf("service-request-management")}.

1. **Record.** Log the request with the requester, the request type and any approval it needs.
2. **Approve.** Requests that have a cost, grant access or change a configuration item need the approval
   defined for their request type. Access requests also need the approval of the information owner.
3. **Fulfil.** Carry out the request following the work instruction of its request type. A request that
   turns out to need a non-standard change is converted into a request for change.
4. **Confirm and close.** Confirm fulfilment with the requester and close the record.

The request types, with who may raise them, their approval and fulfilment target, and the standard
requests of each service are listed in <@sms.link "request-catalogue"/>, which the ${request.owner.title} keeps.
The work instruction of each request is held ${request.inTool}.
@@problemTitle
Problem management
@@problemManagement
Problems are recorded in ${sms.toolOf("problem-management")}.

1. **Identify.** Open a problem record for every major incident, for recurring incidents identified by
   trend analysis, and when a supplier or a technical team reports an underlying fault.
2. **Prioritise.** Prioritise problems by the impact of the incidents they cause and the risk of
   recurrence.
3. **Investigate.** Determine the root cause with a structured technique suited to the problem (for
   example timeline analysis, five whys or fault-tree analysis).
4. **Record known errors.** When the cause or a workaround is known, record a known error and make it
   available to the service desk.
5. **Resolve.** Raise a request for change for the permanent fix where one is needed, and follow it
   through to deployment.
6. **Close.** Close the problem once the fix has been shown to be effective, and update the related
   known error record.

The ${problem.owner.title} reviews open problems and known errors every month and reports their status
in the service reports.
@@inputsTitle
Inputs and outputs
@@inputsOutputs
| Inputs | Outputs |
|---|---|
| Calls, e-mails and portal requests from users | Incident and service request records |
| Events and alerts from monitoring | Resolved incidents and fulfilled requests |
| ${t.ConfigurationInformation} | Problem records and known errors |
| Known errors and workarounds | Requests for change for permanent fixes |
| Service level agreements | Major-incident reviews |
@@recordsTitle
Records
@@incidentRecords
Incident records, including major-incident reviews
@@threeYearsAfterClosure
3 years after closure
@@requestRecords
Service request records and approvals
@@problemRecords
Problem and known error records
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
@@measuresReport
The results are reported monthly in the service reports described in <@sms.link "monitoring-and-reporting"/>.
