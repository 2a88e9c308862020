<#-- The words of the supplier and contract register (English); its structure is supplier-register.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This register lists every ${t.externalOrInternalSupplier} that contributes to the services of ${org.name}: what it
provides, which services depend on it and how critical they are, the contract or agreement that governs it, who
at ${org.name} manages the relationship, how often its performance is reviewed and when the next review is due.
It is the supplier register that supplier management keeps, as described in <@sms.link "relationship-and-agreement"/>.
@@inHouse
${org.name} serves its own organisation: it buys products and services from ${t.externalSuppliers} under
contracts, and relies on other departments of its organisation, its ${t.internalSuppliers}, under internal
agreements instead of contracts.
@@keepingTitle
How the register is kept
@@keeping
- The ${doc.owner.title} keeps this register. It is updated whenever a contract or agreement is
  signed, changed, renewed or ended, whenever a supplier starts or stops supporting a service, and after each
  performance review.
- How often a supplier is reviewed follows the criticality of the services it supports, as set in
  <@sms.link "service-catalogue"/>: ${serviceLevels.supplierReviewRule}. A supplier that supports no service in
  the catalogue is reviewed as for a service of low criticality: ${serviceLevels.low.supplierReview}.
@@nextReviewDated
- The next review in the tables is the first one after this register took effect on ${doc.effectiveDate}: that
  date plus the supplier's review interval. Each review then sets the date of the next.
@@nextReviewUndated
- Until this register is approved, each supplier's first review is due within its review interval of approval.
  Each review then sets the date of the next.
@@openReference
- A contract or agreement whose reference is not recorded is an open decision, listed with its number in
  <@sms.link "decision-register"/>, until the reference is entered here.
@@externalHeader
| Supplier | Provides | Services supported (criticality) | Contract | Relationship manager | Review | Next review |
|---|---|---|---|---|---|---|
@@noExternal
No ${t.externalSupplier} contributes to the services at present. A supplier is entered here before its contract
is signed.
@@internalIntro
Each ${t.internalSupplier} works to an internal agreement. The agreements are controlled documents of this set,
linked in the table.
@@internalHeader
| ${t.InternalSupplier} | Provides | Services supported (criticality) | Agreement | Relationship manager | Review | Next review |
|---|---|---|---|---|---|---|
@@noInternal
No ${t.internalSupplier} contributes to the services at present. When another part of the organisation starts
to contribute, it is entered here with its internal agreement.
@@contractTitle
What a contract must contain
@@contract
Before a contract with ${t.anExternalSupplier} is signed or renewed, the relationship manager checks that it
covers each of the following, and the ${slm.owner.title} checks the service levels against the service level
agreements they support:

- **Scope:** the products and services supplied, and the services of ${org.name} they support.
- **Service levels:** targets that allow each supported service to meet its own: availability over the service
  hours, response and resolution times, and recovery within the service's recovery time objective; and how each
  is measured.
- **Responsibilities:** what the supplier and ${org.name} each do, including information security and continuity
  obligations.
- **Interfaces:** how the supplier takes part in incident, problem, change, release and configuration management.
- **Reporting:** the performance reports the supplier provides, and the reviews at the frequency in this
  register.
- **Commercial terms:** charges, and any service credits for levels not met.
- **Change of terms:** how changes to the contract or to what is supplied are requested, assessed and agreed.
- **End and exit:** term, renewal and termination, and how data, knowledge and services are handed over when the
  contract ends.
@@agreementTitle
What an internal agreement must contain
@@agreement
An internal agreement is agreed between the relationship manager and the ${t.internalSupplier}, and signed by
both. It covers:

- **Scope:** what the ${t.internalSupplier} provides, and for which services.
- **Service levels:** the levels it commits to, derived from the targets of the services it supports, and how
  each is measured.
- **Responsibilities:** what each side does, including taking part in incidents, changes and recovery tests.
- **Interfaces, contacts and escalation:** how work passes between the ${t.internalSupplier} and the SMS
  processes, who the contacts are, and the escalation route.
- **Reporting and review:** the performance data it provides, and the reviews at the frequency in this register.
- **Change of terms:** how the agreement is changed, and that changes are assessed under change management.
- **End:** how the agreement is ended or replaced when the services or the organisation change, and how the
  work is handed over.
@@agreementShortfalls
A level that is not met is discussed at the next review and, where it puts a service target at risk, escalated
as the agreement sets out; recurring shortfalls are raised as improvements.
@@reviewTitle
Review of the register
@@review
The ${doc.owner.title} reviews the register as a whole before each management review: every
supplier named for a service in the catalogue is listed, each has a recorded contract or agreement, and no
review is overdue. Suppliers that no longer support a service are removed after their contract or agreement has
ended, and the register is reissued with the document set.
