<#-- The words of the service catalogue (English); its structure is service-catalogue.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This catalogue is the authoritative list of the services that ${org.name} delivers within the scope of its
service management system (SMS). For each service it records what the service does, who owns it, who
receives it, which suppliers support it, when it is available and which service level agreement (SLA)
governs it. Customers, the service desk and the teams that deliver the services all work from this one
list.
@@scopeTitle
Scope
@@scope
The catalogue covers every live service in the scope of the SMS. Services that are being designed or
transitioned are added when they pass acceptance into live operation, as described in
<@sms.link "design-build-transition"/>. Services that have been removed are taken out of the catalogue on
the date of removal and kept in the revision history of this document.
@@overviewTitle
Service overview
@@overview
${org.name} provides <#if services?size == 1>one service<#else>${services?size} services</#if> in the scope of the SMS.
Availability targets are measured over the service hours shown; criticality sets the order in which
incidents, changes and continuity arrangements are handled when services compete for resources.

| Service | Description | Service owner | Customers | Service hours | Availability target | Criticality |
|---|---|---|---|---|---|---|
@@noCustomers
none assigned
@@noServices
No services are currently defined in the scope of the SMS. The first service is entered in this catalogue
when it has passed acceptance into live operation under <@sms.link "design-build-transition"/>; until
then the catalogue holds no entries.
@@detailsTitle
Service details
@@serviceDetails s
| Attribute | Value |
|---|---|
| Service identifier | ${s.id} |
| Description | ${s.description} |
| Service owner | <@sms.roleWithPerson s.owner/> |
| Customers | <@sms.names items=s.customers empty=noCustomers()/> |
| ${t.ExternalSuppliers} | ${s.externalSupplierList} |
| ${t.InternalSuppliers} | ${s.internalSupplierList} |
| Service hours | ${s.hours} |
| Availability target | ${sms.pct(s.availabilityTarget)} of service hours, measured monthly |
| Criticality | ${s.criticalityWord} |
| Service level agreement | <@sms.link "sla-" + s.id/> |
| How to request it | Existing customers raise a request with the service desk (<@sms.link "request-catalogue"/>). New customers, or a change of scope: contact the ${brm.owner.title} |
@@requestingTitle
Requesting a service
@@requesting
Customers who already receive a service raise incidents and service requests for it, such as new users,
additional capacity, access or configuration changes, through the service desk. Every request is recorded
in ${sms.toolOf("service-request-management")} and fulfilled as described in
<@sms.link "resolution-and-fulfilment"/>.

An organisation that wants to start receiving a service, to add a service to those it already receives, or
to change the hours or targets it receives, contacts the ${brm.owner.title}. The ${brm.owner.title}
records the requirement, confirms with the service owner that it can be met, and arranges a new or amended
service level agreement before the service is provided. A request that cannot be met with an existing
service is handled as a proposal for a new or changed service under <@sms.link "service-portfolio"/>.
@@requestingNoServices
Requests for services are recorded by the ${brm.owner.title} and assessed as proposals for new services
under <@sms.link "service-portfolio"/>.
@@dependenciesTitle
Service dependencies
@@dependencies
The supporting suppliers listed for each service are the parties whose performance directly affects it.
When a supplier fails or changes its offering, the services that depend on it are:
@@suppliersHeader
| Supplier | Type | Supports |
|---|---|---|
@@noServiceInCatalogue
no service in this catalogue
@@noSuppliers
No supporting suppliers are recorded: every service is delivered entirely by ${sms.possessive(org.name)} own staff and
infrastructure.
@@configurationItems
The technical components and configuration items behind each service, and the relationships between
them, are recorded as ${t.configurationInformation} in ${sms.toolOf("configuration-management")}, as set out
in <@sms.link "service-portfolio"/>.
@@dependenciesNoServices
Dependencies between services, components and suppliers are recorded here once services are defined.
@@maintainingTitle
Maintaining the catalogue
@@maintaining
The ${doc.owner.title} owns this catalogue and is the only role that may issue a new version of it.
The catalogue is kept current as follows.

1. **Triggers.** The catalogue is updated when a new service goes live, when a service is removed or
   transferred, and when the owner, customers, suppliers, service hours, availability target or
   criticality of a service changes.
2. **Change control.** Every update is made through a request for change under
   <@sms.link "change-management-policy"/>. Adding, removing or transferring a service is a change with
   potential major impact and also goes through service design and transition.
3. **Consistency check.** Before issuing a new version the ${catalogue.owner.title} checks the entry
   against the SLA of the service and the contracts and agreements with its suppliers<#if slm.owner.id != catalogue.owner.id>,
   together with the ${slm.owner.title}</#if>, so that the catalogue and the agreements never contradict
   each other.
4. **Approval and issue.** The new version is approved by the ${doc.approver.title} and published under
   <@sms.link "documented-information-control"/>; the service desk and the customers of the changed service
   are told what has changed.
5. **Periodic review.** Independently of changes, the whole catalogue is reviewed at least every
   ${sms.documentControl.reviewIntervalMonths} months and after any management review that changes the service portfolio.
@@responsibilities
| Responsibility | Role |
|---|---|
| Owns the catalogue; issues new versions | <@sms.roleWithPerson doc.owner/> |
| Keeps the catalogue consistent with the SLAs | <@sms.roleWithPerson slm.owner/> |
| Proposes changes from customer needs | <@sms.roleWithPerson brm.owner/> |
| Approves the request for change behind each update | <@sms.roleWithPerson change.owner/> |
| Approves each new version | <@sms.roleWithPerson doc.approver/> |
@@serviceOwnersReport
Service owners report changes to their service to the ${catalogue.owner.title}; they do not edit the
catalogue themselves.
