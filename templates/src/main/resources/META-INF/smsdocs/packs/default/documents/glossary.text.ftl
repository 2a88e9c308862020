<#-- The words of the glossary (English); its structure is glossary.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
The documents of the ${org.name} service management system (SMS) are read by service desk staff, process
owners, suppliers, customers and auditors. A word such as "incident", "change" or "supplier" means
something precise in the SMS, and it must mean the same in every policy, procedure, agreement and record,
or a reader will apply a rule to the wrong case. This glossary fixes that shared vocabulary. It gives the
meaning each term has in this SMS and points to the document where the term matters most.
@@useTitle
Use of terms
@@use
The terms follow the vocabulary of ISO/IEC 20000-10, the concepts and terminology part of the ISO/IEC
20000 series, so that the documents can be read against ${sms.standard} without translation. The meanings
below are written in our own words and add how each term applies at ${org.name}; they do not reproduce
the text of either standard. Where the meaning in a standard and the meaning here ever appear to
differ, the standard prevails and this glossary is corrected.

The documents of the set use these terms with the meanings given here and do not redefine them. A
document that needs a term not listed here defines it where it is first used, and the term is added to
this glossary at its next revision. The documents are written in British English ("organisation"); the
standard's own spelling is kept only where its term is quoted.
@@termsTitle
Terms
@@termsHeader
| Term | Meaning in this SMS | Where it matters |
|---|---|---|
@@termOrder
<#-- The terms of the table, in alphabetical order: the names of the entries that follow. -->
assetTerm
availabilityTerm
changeTerm
cmdbTerm
configurationInformationTerm
configurationItemTerm
continualImprovementTerm
customerTerm
documentedInformationTerm
emergencyChangeTerm
externalSupplierTerm
incidentTerm
informationSecurityIncidentTerm
interestedPartyTerm
internalGroupTerm
internalSupplierTerm
knownErrorTerm
majorIncidentTerm
nonconformityTerm
organizationTerm
problemTerm
releaseTerm
riskTerm
serviceTerm
serviceCatalogueTerm
serviceComponentTerm
serviceContinuityTerm
slaTerm
serviceLevelTargetTerm
smsTerm
serviceOwnerTerm
serviceProviderTerm
serviceRequestTerm
serviceRequirementTerm
supplierTerm
topManagementTerm
transitionTerm
userTerm
valueTerm
workaroundTerm
@@assetTerm
Asset | Any item that is worth something to ${org.name}, now or in future, and that the services rely on: hardware, software licences, information, facilities and contracts. Assets are recorded in ${sms.toolOf("asset-management")} by the ${asset.owner.title}.
@@availabilityTerm
<#if sms.edition == "2011">Availability<#else>Availability (service availability)</#if> | How far a service, or a component of it, works as required when it is needed: at the agreed times or over the agreed period. It is measured against the target in each service level agreement<#if governance.availability??><#if governance.availability.same>; the current target is ${sms.pct(governance.availability.lowest)} for every service<#else>; the current targets range from ${sms.pct(governance.availability.lowest)} to ${sms.pct(governance.availability.highest)}</#if></#if>.
@@changeTerm
Change; request for change (RFC) | A change means adding, altering or removing something that could affect a service, a service component or the SMS. A request for change is the record that proposes one; at ${org.name} it is raised in ${sms.toolOf("change-management")} and decided as set out in the change management policy.
@@cmdbTerm
Configuration management database (CMDB) | The store of the records of configuration items, their attributes and their relationships, kept as accurate as the SMS needs. At ${org.name} it is held in ${sms.toolOf("configuration-management")} and maintained by the ${configuration.owner.title}.
@@configurationInformationTerm
Configuration information | The recorded data about configuration items, their attributes and their relationships, kept as accurate as the SMS needs. At ${org.name} it is held in ${sms.toolOf("configuration-management")} and maintained by the ${configuration.owner.title}. The 2018 edition uses this term in place of "configuration management database".
@@configurationItemTerm
Configuration item (CI) | Any part of a service, or of what supports it, that ${org.name} keeps under control because the service depends on it: for example a server, a network link, an application, a contract or a service document. Each CI belongs to a defined CI type and is changed only through change management.
@@continualImprovementTerm
Continual improvement | Ongoing, repeated work to make the services and the SMS perform better and fit their purpose more closely. Every opportunity is recorded in the improvement register and evaluated before it is approved.
@@customerTerm
Customer | The organisation or person that receives a service and agrees its requirements<#if customers?has_content>; the customers in scope are <@sms.names items=customers/></#if>. A customer is not necessarily a user of the service.
@@documentedInformationTerm
${t.DocumentedInformation} | Any information the SMS must keep under control, in whatever form it is held: a file, a page, an entry in a tool or a paper form. It covers both documents, which state what is intended, and records, which give evidence of what was done.
@@emergencyChangeTerm
Emergency change | A change that must be made faster than the normal route allows, to restore a service or to prevent an imminent major incident or security breach. It is authorised by a smaller group and reviewed after implementation.
@@externalSupplierTerm
External supplier | A separate company under contract to ${org.name} that provides part of a service, a service component, or work within an SMS process<#if externalSuppliers?has_content>: currently <@sms.names items=externalSuppliers/></#if>.
@@incidentTerm
Incident | Something unplanned that stops a service, makes it worse than agreed, or will do so if nobody acts. Each incident is given a priority<#if (priorities?size > 1)> from ${priorities[0].id} (${priorities[0].name}) to ${priorities?last.id} (${priorities?last.name})</#if> that sets its response and resolution targets.
@@informationSecurityIncidentTerm
Information security incident | An incident that has compromised, or could compromise, the confidentiality, integrity or availability of information or of a service. It is handled as an incident with additional steps led by the ${security.owner.title}.
@@interestedPartyTerm
Interested party | Anyone whose decisions can influence the SMS or the services, or who is, or believes they are, touched by them: customers, users, staff, suppliers, owners and regulators among them.
@@internalGroupTerm
Internal group | A team or department of the wider organisation, outside the scope of the SMS, that contributes to a service under a documented agreement<#if internalSuppliers?has_content>: currently <@sms.names items=internalSuppliers/></#if>.
@@internalSupplierTerm
Internal supplier | A team or department of the wider organisation, outside the scope of the SMS, that provides something a service depends on and has agreed in writing what it provides<#if internalSuppliers?has_content>: currently <@sms.names items=internalSuppliers/></#if>.
@@knownErrorTerm
Known error | A problem whose root cause or workaround has been identified. Known errors are recorded in ${sms.toolOf("problem-management")} and published to the service desk so that repeat incidents are resolved quickly.
@@majorIncidentTerm
Major incident | An incident with high impact on the business, handled with its own steps, a major-incident manager and a review afterwards. At ${org.name} it is <#if priorities?has_content>an incident of priority ${priorities[0].id}, or any other incident</#if><#if !priorities?has_content>any incident</#if> that the ${incident.owner.title} declares major because of its business impact.
@@nonconformityTerm
Nonconformity | A requirement that is not met, whether of ${sms.standard}, of a policy or procedure of the SMS, of an agreement or of the law. Nonconformities are recorded, corrected and their causes removed.
@@organizationTerm
Organization | The term ${sms.standard} uses for the body, or part of a body, that manages and delivers the services within the scope of the SMS. Here it is ${org.name}, within the boundaries set in the scope statement. It replaces "service provider" of the 2011 edition.
@@problemTerm
Problem | The underlying reason for one or more incidents, whether they have already happened or could happen. A problem is investigated to find the root cause and remove it or to reduce its effect.
@@releaseTerm
Release | A package of new or changed services or components, built and tested together and put into live use in one deployment as the outcome of one or more approved changes. Releases are planned by the ${release.owner.title} and tracked in ${sms.toolOf("release-and-deployment-management")}.
@@riskTerm
Risk | Uncertainty that could change what the SMS or a service achieves, for the worse (a threat) or for the better (an opportunity). Risks and opportunities of the SMS are assessed and treated in the SMS plan; information security risks in service assurance.
@@serviceTerm
Service | Work that ${org.name} performs, with its people, tools and suppliers, so that a customer achieves results it wants and gains value from them<#if services?has_content>. ${org.name} provides ${services?size} service<#if services?size != 1>s</#if> in the scope of the SMS</#if>.
@@serviceCatalogueTerm
Service catalogue | The <#if sms.edition == "2011">information kept<#else>documented information</#if> about the services in operation: what each service is, who it is for, its owner, service hours and targets. At ${org.name} it is <#if docs["service-catalogue"]??>a controlled document of this set, </#if>maintained by the ${catalogue.owner.title}.
@@serviceComponentTerm
Service component | One building block of a service, such as hardware, software, a supporting service from a supplier, information or a process, which together with the other blocks makes up the service the customer receives.
@@serviceContinuityTerm
Service continuity | Being able to keep a service running through a major disruption, or to bring it back within the agreed time and at the agreed level.
@@slaTerm
Service level agreement (SLA) | The written agreement with a customer that says which service ${org.name} provides, to what standard, and how performance is measured<#if governance.hasSlas>. Each service has its own SLA in this document set, linked from its entry in the service catalogue</#if>.
@@serviceLevelTargetTerm
Service level target | One measurable promise in an SLA, such as the availability of a service or the resolution time for an incident of a given priority. Performance against the targets is reported to the customer.
@@smsTerm
Service management system (SMS) | Everything ${org.name} uses to run service management in a planned and controlled way: its policies, objectives, plans, processes, ${t.documentedInformation}, roles and resources.
@@serviceOwnerTerm
Service owner | The role accountable for a service from its design to its removal, including its performance against its SLA. The owner of each service is named in the service catalogue.
@@serviceProviderTerm
Service provider | The term ${sms.standard} uses for the body, or part of a body, that manages and delivers the services within the scope of the SMS. Here it is ${org.name}, within the boundaries set in the scope statement.
@@serviceRequestTerm
Service request | A routine request from a user: for information or advice, for access to a service, or for a standard change that needs no individual approval. Service requests are fulfilled in ${sms.toolOf("service-request-management")}, not handled as incidents.
@@serviceRequirementTerm
Service requirement | What the customers and users need from a service, including its service levels, together with what ${org.name} needs in order to deliver it.
@@supplierTerm
Supplier | A separate company under contract to ${org.name} that provides part of a service, a service component, or work within a process of the SMS<#if externalSuppliers?has_content>: currently <@sms.names items=externalSuppliers/></#if>.
@@topManagementTerm
Top management | The people at the head of ${org.name} who set its direction, hold final authority and are accountable for the SMS. <#if governance.topGeneric>The SMS documents refer to this role as ${sms.topManagement.title}<#if sms.topManagement.person?has_content>, held by ${sms.topManagement.person}</#if>.<#else>At ${org.name} this is the <@sms.roleWithPerson sms.topManagement/>.</#if>
@@transitionTerm
Transition | The work of bringing a new or changed service into live use, or of taking a service out of use: deployment, testing, handover to support staff and early life support.
@@userTerm
User | A person or group who works with a service or benefits from it, usually staff of a customer. The user reports incidents and raises service requests; the customer agrees the service.
@@valueTerm
Value | How much something matters to someone: the benefit a customer or ${org.name} gains from it. Services are planned and judged by the value they give the customer, not only by their cost.
@@workaroundTerm
Workaround | A way of reducing or removing the effect of an incident or problem when a full resolution is not yet available.
@@abbreviationsTitle
Abbreviations
@@abbreviations
| Abbreviation | Meaning |
|---|---|
| CAB | Change advisory board |
| CI | Configuration item |
| ISO/IEC | International Organization for Standardization and International Electrotechnical Commission, the joint publishers of the ISO/IEC 20000 series |
| RFC | Request for change |
| RPO | Recovery point objective: the greatest loss of data, measured in time, that is acceptable when a service is recovered |
| RTO | Recovery time objective: the time within which a service must be restored after a disruption |
| SLA | Service level agreement |
| SMS | Service management system |
@@changedIn2018Title
Terms changed in the 2018 edition
@@changedIn2018Intro
This SMS follows ISO/IEC 20000-1:2011. Certificates are now issued against ${roadmap.certification.standard} only,
so ${org.name} is certified against that edition (see <@sms.link "certification-roadmap"/>). The 2018 edition
replaced some of the 2011 terms. Readers who know the 2018 edition, and the documents of customers and
suppliers written for it, can map the terms as follows.
@@changedIn2018Table
| Term used here (2011) | 2018 term | What changed |
|---|---|---|
| Service provider | Organization | Same meaning: the body that manages and delivers the services in scope. |
| Supplier | External supplier | Same meaning: a separate company under contract. |
| Internal group | Internal supplier | The part of the wider organisation outside the SMS is now managed as a supplier, under a documented agreement. |
| Availability | Service availability | The term now refers explicitly to the service and its components. |
| Configuration management database (CMDB) | Configuration information | The 2018 edition no longer prescribes a database; what matters is the information, wherever it is held. |
| Documents and records | Documented information | One term for both: what is intended and the evidence of what was done. |
@@changedSince2011Title
Terms changed since the 2011 edition
@@changedSince2011Intro
Contracts, older procedures and records written for ISO/IEC 20000-1:2011 use some terms that the 2018
edition has replaced. When such a document is read, or revised under this SMS, the terms map as follows.
@@changedSince2011Table
| 2011 term | 2018 term | What changed |
|---|---|---|
| Service provider | Organization | Same meaning: the body that manages and delivers the services in scope. |
| Supplier | External supplier | Same meaning: a separate company under contract. The qualifier sets it apart from internal suppliers. |
| Internal group | Internal supplier | A part of the wider organisation outside the SMS that contributes to a service; it is now managed as a supplier, under a documented agreement. |
| Availability | Service availability | The term now refers explicitly to the service and its components rather than to availability in general. |
| Configuration management database (CMDB) | Configuration information | The standard no longer prescribes a database; what matters is the information, wherever it is held. |
@@newIn2018
The 2018 edition also defines terms that the 2011 edition did not, among them asset, service catalogue,
service level target and value; their meanings are given above.
@@maintainingTitle
Maintaining the glossary
@@maintaining
This glossary is reviewed with the rest of the document set, at least every
${sms.documentControl.reviewIntervalMonths} months. A document owner who introduces a new term, or finds
a term used with a different meaning, tells the ${doc.owner.title}, who updates the glossary and the
documents concerned.
