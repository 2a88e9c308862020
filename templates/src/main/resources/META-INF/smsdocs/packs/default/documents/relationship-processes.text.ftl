<#-- The words of the relationship processes procedure (English); its structure is relationship-processes.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how ${org.name}, as the ${t.provider}, builds and keeps its relationships with
the customers of its services and with the suppliers and internal groups that help deliver them, so that
what it commits to customers is understood, reviewed and backed by what others commit to it.
@@scopeTitle
Scope
@@scope
The procedure covers every customer of the services in <@sms.link "service-catalogue"/>, the service
reviews, satisfaction measurement and service complaints, and every supplier and internal group that
contributes to those services. The agreement of service levels with customers is part of service level
management in <@sms.link "service-delivery-processes"/>.
@@rolesTitle
Roles and responsibilities
@@brmOwnerDuties
Owns business relationship management; is the named contact for each customer; runs service reviews, the satisfaction survey and the complaint procedure.
@@supplierOwnerDuties
Owns supplier management; keeps the supplier register; manages contracts and agreements; runs supplier performance reviews and the contractual dispute procedure.
@@slmOwnerDuties
Checks that supplier contracts and internal agreements support the service level targets agreed with customers.
@@contractSigningDuties
Signs or amends supplier contracts within the approved budget.
@@topManagementDuties
Signs supplier contracts beyond the approved budget; is the final point of escalation for complaints and disputes.
@@recordsTitle
Records
@@customerRecords
Customer records and service review minutes
@@satisfactionRecords
Customer satisfaction results
@@complaintRecords
Service complaints
@@contractRecords
Supplier contracts and agreements with internal groups
@@supplierReviewRecords
Supplier evaluations and performance reviews
@@disputeRecords
Contractual dispute records
@@documentLibrary
SMS document library
@@threeYears
3 years
@@threeYearsAfterClosure
3 years after closure
@@sixYearsAfterExpiry
6 years after expiry
@@sixYearsAfterContract
6 years after the end of the contract
@@sixYearsAfterSettlement
6 years after settlement or after the end of the contract, whichever is later
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
