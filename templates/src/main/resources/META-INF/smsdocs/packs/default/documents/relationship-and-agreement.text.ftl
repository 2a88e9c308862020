<#-- The words of the relationship and agreement procedure (English); its structure is relationship-and-agreement.md.ftl.
     The duties are used as plain text and escaped where they are printed, so a value in them is written ${x?no_esc}. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how ${org.name} manages its relationships with the customers who receive its
services and with the suppliers who help deliver them, and how it agrees, monitors and reviews the service
levels it commits to. It makes sure that what ${org.name} promises to customers is supported by what its
suppliers promise to ${org.name}.
@@scopeTitle
Scope
@@scope
The procedure covers all customers of the services in the <@sms.link "service-catalogue"/>, their service
level agreements (SLAs), service complaints, and all external and internal suppliers that contribute to
those services. Commercial negotiation of prices is outside its scope, but the service content of every
contract is within it.
@@rolesTitle
Roles and responsibilities
@@brmOwnerDuties
Owns business relationship management; is the named contact for each customer; runs service reviews, the satisfaction survey and the complaint procedure.
@@slmOwnerDuties
Owns service level management; agrees SLAs with customers; monitors performance against them; keeps SLAs consistent with the service catalogue and supplier agreements.
@@supplierOwnerDuties
Owns supplier management; keeps the supplier register; manages contracts and internal agreements; runs supplier performance reviews and the contractual dispute procedure.
@@contractSigningDuties
Signs or amends supplier contracts within the approved budget.
@@slaSignatoryDuties
Signs the SLAs for ${org.name?no_esc}.
@@topManagementDuties
Signs supplier contracts beyond the approved budget; is the final point of escalation for complaints and disputes.
@@agreementsTitle
Relationships and agreements
@@agreementChain
${org.name} manages a chain of agreements: each customer-facing commitment must be backed by the internal
and supplier commitments it depends on.
@@agreementsTable
| Agreement | Between | Defines | Owner |
|---|---|---|---|
| Service level agreement | ${org.name} and each customer | service, hours, targets, workload limits, exceptions, reporting | ${slm.owner.title} |
| Supplier contract | ${org.name} and each external supplier | scope, service levels, interfaces, obligations, dispute route | ${supplierManagement.owner.title} |
| Internal agreement | ${sms.possessive(org.name)} SMS and each internal supplier | scope, service levels, interfaces, contacts | ${supplierManagement.owner.title} |
@@slaCheck oneOwner
Before a new or changed SLA is signed, the ${slm.owner.title}<#if !oneOwner> and the
${supplierManagement.owner.title}</#if> check<#if oneOwner>s</#if> that the supplier contracts and internal agreements of the service support its targets. Where they do not, either
the SLA target is adjusted or the supporting agreement is changed first. The same check is made before a
supporting agreement is changed or renewed.
@@inputsOutputsTitle
Inputs and outputs
@@inputsOutputs
| Inputs | Outputs |
|---|---|
| Customer requirements and business plans | Customer records and service review minutes |
| Service reports and SLA performance | Signed SLAs |
| Survey results and complaints | Satisfaction analysis and complaint records |
| Supplier performance data | Supplier contracts, internal agreements and review records |
| Changes to services | Dispute records and improvement actions |
@@recordsTitle
Records
@@customerRecords
Customer records and service review minutes
@@satisfactionRecords
Customer satisfaction results
@@complaintRecords
Service complaints
@@slaRecords
Signed SLAs and their versions
@@contractRecords
Supplier contracts and internal agreements
@@supplierReviewRecords
Supplier evaluations and performance reviews
@@disputeRecords
Contractual dispute records
@@documentLibrary
SMS document library
@@threeYears
3 years
@@afterClosure
3 years after closure
@@afterExpiry
6 years after expiry
@@afterContractEnd
6 years after the end of the contract
@@afterSettlement
6 years after settlement or after the end of the contract, whichever is later
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
