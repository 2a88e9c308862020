<#-- The words of the SMS scope statement (English); its structure is sms-scope.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This statement defines the boundaries of the service management system (SMS) of ${org.name}: which
services, customers, locations, parts of the organisation and suppliers it covers, and how it connects
to what lies outside it. It is the reference used by top management, by internal and external auditors
and by the certification body to decide whether an activity falls inside the SMS.
@@scopeTitle
Scope of the SMS
@@scopeStatement
The scope of the SMS is:

> ${sms.scope}

The scope was set after considering the issues and interested parties described in
<@sms.link "sms-plan"/>, the services ${org.name} provides and the suppliers it depends on to provide
them. It is the wording proposed to the certification body for the certificate.
@@boundariesTitle
Organisational and location boundaries
@@boundariesIntro
The SMS covers the people, processes and technology of ${org.name} that plan, design, transition,
deliver and improve the services listed below.
@@locationAt
- **Location:** the services are managed from the premises of ${org.name} at ${org.address}. Work done
  from home or at customer sites by staff in scope is covered when it concerns a service in scope.
@@location
- **Location:** the services are managed from the premises of ${org.name}. Work done from home or at
  customer sites by staff in scope is covered when it concerns a service in scope.
@@organisation
- **Organisation:** all roles named in <@sms.link "service-management-policy"/> are inside the SMS.
  <#if !governance.topGeneric>The ${top.title} is top management of the SMS and the<#else>The</#if>
  ${manager.title} is its owner.
@@widerOrganisation
- **Parts of the wider organisation outside the SMS:** <@sms.names items=internalSuppliers/>.
  Each supports the services as an ${t.internalSupplier} under a documented agreement (see below) and is
  not itself subject to this SMS.
@@noWiderOrganisation
- **Parts of the wider organisation outside the SMS:** none contribute to the services in scope. Should a
  department outside the SMS start to do so, it is treated as an ${t.internalSupplier} under a documented
  agreement.
@@externalSites
- **Sites and systems of ${t.externalSuppliers}:** they are outside the organisational boundary, but the
  service components they provide are inside the scope and are controlled through supplier management.
@@servicesTitle
Services in scope
@@servicesIntro
The SMS covers the following services. Their full descriptions, service level targets and agreements are
in <@sms.link "service-catalogue"/>.

| Service | Description | Customers | Service hours | Service owner |
|---|---|---|---|---|
@@internalUsers
Internal users
@@servicesChanges
New services, and services that are removed or changed significantly, enter or leave the scope through
<@sms.link "design-build-transition"/>; this statement is updated at the same time.
@@noServices
No service has yet been brought into the scope of the SMS. Each service that enters the scope does so
through <@sms.link "design-build-transition"/>, is recorded in <@sms.link "service-catalogue"/>, and is
added to this statement at the same time.
@@customersTitle
Customers
@@customersHeader
| Customer | Type | Contact | Services received |
|---|---|---|---|
@@noneAtPresent
None at present
@@customersManaged
Customers are managed through business relationship management and service level management, owned by
the ${brm.owner.title}<#if slm.owner.id != brm.owner.id> and the ${slm.owner.title}</#if>.
@@noCustomers
No customer is yet recorded for the services in scope. Customers are added to this statement when their
first service level agreement is signed.
@@suppliersTitle
Suppliers and their role in the service lifecycle
@@externalSuppliersIntro
${t.ExternalSuppliers} are separate legal entities that contribute to the services under a contract.

| Supplier | What it provides | Services supported | Contract | Managed by |
|---|---|---|---|---|
@@internalSuppliersIntro
${t.InternalSuppliers} are parts of the wider organisation that are outside the SMS but contribute to the
services. Each works to a documented agreement that states its deliverables, targets and contacts.

| ${t.InternalSupplier} | What it provides | Services supported | Agreement | Managed by |
|---|---|---|---|---|
@@noSuppliers
No ${t.externalOrInternalSupplier} contributes to the services in scope at present. Any supplier that
does so in future is brought under supplier management before it starts work, and added to this
statement.
@@supplierRoles
The role of each supplier in planning, designing, transitioning, delivering and improving the services
is defined in its contract or agreement and monitored as described in
<@sms.link "relationship-and-agreement"/>.
@@interfacesTitle
Interfaces
@@interfaces
The SMS exchanges information and work with parties and functions outside its boundary through the
following interfaces. Each has an owner inside the SMS.

| Interface with | What is exchanged | Managed through | Owner |
|---|---|---|---|
| Customers | Service requirements, agreements, service reports, complaints, satisfaction feedback | Business relationship and service level management | ${brm.owner.title} |
| Users | Incidents, service requests, status information | Service desk, incident and service request management | ${incident.owner.title} |
@@externalSupplierInterface
| ${t.ExternalSuppliers} | Contracts, performance data, incidents, changes, escalations | Supplier management | ${supplierManagement.owner.title} |
@@internalSupplierInterface
| ${t.InternalSuppliers} | Internal agreements, performance data, incidents, changes | Supplier management | ${supplierManagement.owner.title} |
@@otherInterfaces
| Finance and corporate management | Budgets, costs, charges, investment decisions | Budgeting and accounting for services | ${budgeting.owner.title} |
| Human resources | Recruitment, role descriptions, training records | Resources and competence | ${manager.title} |
| Authorities and regulators | Notifications of security incidents and personal data breaches | Information security management | ${security.owner.title} |
| Certification body | Audit plans, audit reports, nonconformities | Internal audit and management review | ${manager.title} |
@@applicationTitle
Application of ISO/IEC 20000-1
@@application
No requirement of ${sms.standard} is excluded from the SMS. The organisation applies every requirement
of clauses 4 to ${governance.lastClause} to the services in scope, whatever their type or size, and shows this in the
documents below.

| Clause | Addressed in |
|---|---|
@@documentsAndAgreements links
<#-- links: the documents that address the clause, "A, B". -->
${links}, and the service level agreements
@@agreementsOnly
The service level agreements
@@notYetDocumented
Not yet documented: see the implementation schedule in <@sms.link "sms-plan"/>
@@otherPartiesTitle
Processes operated by other parties
@@otherParties
Where a supplier or a customer acting as a supplier operates part of a process or provides a service
component, ${org.name} keeps the accountability for that process and for the service delivered to the
customer. It does not hand over accountability by contract. In particular:

- the process owner named in <@sms.link "sms-plan"/> remains responsible for the whole process, including
  the parts carried out by the other party;
- the requirements the other party must meet, including targets, reporting and escalation, are written
  into its contract or agreement;
- the other party's performance is measured and reviewed with it at a frequency set by the criticality of
  the services it supports (${serviceLevels.supplierReviewRule}), as set in
  <@sms.link "relationship-and-agreement"/>, and its incidents, changes and releases pass through the
  processes of the SMS;
- the other party's activities are included in the internal audit programme where they affect
  conformity of the SMS.
@@otherPartiesToday
This applies today to <@sms.names items=suppliers/>.
@@smsTitle
The service management system
@@smsParts
${org.name} has established the SMS described in this document set, puts it into practice, maintains it
and improves it continually. It consists of:

- the service management policy and objectives;
- the service management plan, which states how the SMS is run and improved;
- the processes of the SMS, each with an owner, documented procedures and measures;
- the ${t.documentedInformation} listed in <@sms.link "document-register"/> and controlled under
  <@sms.link "documented-information-control"/>;
- the people, tools and suppliers that support the services.

How the processes interact, and how their performance is measured, audited, reported and improved, is
set out in <@sms.link "sms-plan"/>.
@@reviewTitle
Review of the scope
@@review
The ${doc.owner.title} reviews this statement at every management review, and also when a service,
customer, supplier or location is added or removed. Changes to the scope are approved by the
${doc.approver.title}, and the certification body is informed before they take effect.
