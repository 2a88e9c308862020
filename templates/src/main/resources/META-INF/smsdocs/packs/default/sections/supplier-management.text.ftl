<#-- The words of the supplier management section (English); its structure is supplier-management.ftl. -->
@@title
Supplier management
@@intro
The ${supplierManagement.owner.title} keeps a supplier register of every ${t.externalOrInternalSupplier} that
contributes to the services, with the contract or agreement, the services supported and the person
responsible for managing the relationship (<@sms.link "supplier-register"/>). Each supplier has a named manager at ${org.name}, who is the
single point of contact for performance, changes and disputes.

How often a supplier's performance is reviewed follows the criticality of the services it supports:
${serviceLevels.supplierReviewRule}. The tables show the frequency for each supplier.
@@externalHeader
| Supplier | Provides | Contract | Services supported | Managed by | Performance review |
|---|---|---|---|---|---|
@@supportingServices
Supporting services
@@noneInCatalogue
none in the catalogue
@@noExternal
${org.name} has no ${t.externalSuppliers} contributing to its services at present. The steps below apply as
soon as one is engaged.
@@externalSteps
1. **Select.** Evaluate candidate suppliers against documented criteria: ability to meet the service
   requirements, information security, service continuity, financial standing and references. Record the
   evaluation.
2. **Contract.** Agree a contract that sets out the scope of the products or services supplied, the
   service levels and how they are measured, the interfaces with ${sms.possessive(org.name)} processes (incidents,
   changes, releases, reporting), security and continuity obligations, the responsibilities of each
   party, the term, termination and exit arrangements, and the dispute route. The ${slm.owner.title} checks
   the service levels against the SLAs they support before signature.
3. **Monitor.** Collect the supplier's performance data every month and compare it with the contract.
   Supplier incidents and breaches are recorded against the supplier.
4. **Review.** Hold a performance review at the frequency above. Review performance, incidents, changes,
   risks, improvements and whether the contract still meets ${sms.possessive(org.name)} needs. Record the review and
   agreed actions.
5. **Change and renew.** Changes to a contract are assessed for their effect on the services before they
   are agreed. At least six months before a contract ends, decide whether to renew, renegotiate or
   replace the supplier; replacing a supplier of a service is a change with potential major impact.
@@disputesTitle
Contractual disputes
@@disputes
1. The supplier's manager at ${org.name} records the dispute with the contract clause concerned, the facts
   and the outcome sought, and notifies the supplier in writing.
2. Both parties' account managers try to settle the dispute within 10 working days.
3. If it is not settled, the ${supplierManagement.owner.title} escalates to the supplier's senior management and the
   two parties meet within a further 10 working days.
4. If it is still not settled, the ${sms.topManagement.title} decides whether to use the dispute
   resolution route in the contract (mediation, then arbitration or the courts).
5. While a dispute is open, the service to customers takes priority: the dispute must not delay incident
   resolution or service restoration.
6. The outcome is recorded and any lesson is raised as an improvement or a change to the contract.
@@internalTitle
${t.InternalSuppliers} and customers acting as suppliers
@@internalHeader
| ${t.InternalSupplier} | Provides | Services supported | Managed by | Agreement | Performance review |
|---|---|---|---|---|---|
@@noInternal
No ${t.internalSupplier} contributes to the services at present.
@@internalSteps
Parts of the wider organisation that are outside the SMS, and customers that carry out part of the service
themselves (for example a customer that runs its own first-line support or supplies its own equipment), do
not sign a commercial contract. ${org.name} still documents what it depends on them for:

1. The supplier's manager agrees a documented internal agreement that sets out the service or activity
   provided, the service levels and how they are measured, the interfaces with the SMS processes, the
   contacts and the escalation route.
2. Where a customer acts as a supplier, its obligations are written into its SLA, in the customer
   responsibilities section, and the SLA targets exclude time lost when those obligations are not met.
3. Performance against the agreement is monitored monthly and reviewed at the frequency in the table
   above, set by the same rule as for ${t.externalSuppliers}.
4. The agreement is reviewed at least once a year and whenever the services it supports change.
