<#-- The words of the major incident report form (English); its structure is form-major-incident-report.md.ftl. -->
@@useTitle
Use of this form
@@majorDefinition
: an incident of priority ${priorities[0].id}, or any incident the ${incident.owner.title}
declares major because of its business impact
@@use majorDefinition
The major-incident manager appointed by the ${incident.owner.title} completes this report after every major
incident${majorDefinition}. It is the major-incident review that
<@sms.link "resolution-and-fulfilment"/> requires, and it is attached to the incident record in
${incident.toolName}. A problem record is opened for every major incident; its root-cause analysis is
recorded on the <@sms.link "form-problem-report"/>.
@@incidentTitle
1. Incident
@@incidentTableStart
| Incident | |
|---|---|
| Incident number | |
| Title | |
@@priority
Priority
@@incidentTableEnd
| Declared major by, on (date and time) | |
| Major-incident manager | |
| Customers affected | |
| Users and sites affected | |
| ${t.ExternalAndInternalSuppliers} involved | |
@@prioritiesIntro
The targets of each priority, unless a service level agreement sets stricter ones:
@@prioritiesHeader
| Priority | Name | Response target | Resolution target |
|---|---|---|---|
@@servicesTitle
2. Services affected
@@servicesHeader
| ${t["form.tick"]} | Service | Criticality | Service owner | Availability target |
|---|---|---|---|---|
@@noServices
Name each service as the <@sms.link "service-catalogue"/> names it.
@@blankServicesHeader
| Service | Criticality | Service owner |
|---|---|---|
@@timelineTitle
3. Timeline
@@timeline
Record detection, declaration, escalations, each update to customers, the workaround, the resolution and the
user's confirmation.
@@timelineHeader
| Date and time | Event | By |
|---|---|---|
@@impactTitle
4. Impact and targets
@@yes
Yes
@@no
No
@@noBecause
No, because
@@yesSecurityIncident
Yes: also handled as an information security incident
@@impactTable downtimeCounted yesNo securityAffected noYes
| Impact and targets | |
|---|---|
| Start of the impact | |
| Service restored | |
| Duration of the impact | |
| Downtime counted against the ${t.serviceAvailability} target | ${downtimeCounted} |
| Response target met | ${yesNo} |
| Resolution target met | ${yesNo} |
| Service level agreements breached | |
| Customers informed (first notice, then at which intervals) | |
| Information security affected | ${securityAffected} |
| Service continuity plan invoked | ${noYes} |
@@causeTitle
5. Cause and resolution
@@causeTable
| Cause and resolution | |
|---|---|
| Symptoms | |
| Cause, as far as known | |
| Workaround or resolution | |
| Change made to resolve it (RFC number; emergency change) | |
| Problem record opened (number) | |
@@lessonsTitle
6. Lessons and actions
@@lessonsTable
| Lessons | |
|---|---|
| What worked well | |
| What did not work, and why | |
@@actionsHeader
| ${t["form.no"]} | Action | Owner | Due |
|---|---|---|---|
@@signOffTitle
Sign-off
@@written
Report written by the major-incident manager
@@reviewAccepted
Review accepted
@@problemAccepted
Problem record accepted
