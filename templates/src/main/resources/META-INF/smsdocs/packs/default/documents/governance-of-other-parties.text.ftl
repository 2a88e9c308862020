<#-- The words of the procedure for the governance of processes operated by other parties (English); its structure is
     governance-of-other-parties.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
${org.name} is the ${t.provider} for the services in the scope of its service management system (SMS).
Where another party operates a service, a service component or part of a service management process,
${org.name} keeps the accountability for it and governs it as part of the SMS. This procedure sets out
how those parties and the processes they operate are identified, agreed, measured and controlled.
@@scopeTitle
Scope
@@scope
The procedure applies to every other party that contributes to the services: suppliers under a contract,
internal groups of the wider organisation under a documented agreement, and customers that carry out part
of a service themselves. The requirements of clause 4 of ${sms.standard}, the SMS itself, are met by
${org.name} and are never handed to another party.
@@rolesTitle
Roles and responsibilities
@@topManagementDuties
Keeps the accountability for every process operated by another party; approves the selection and replacement of parties that support a high-criticality service.
@@supplierOwnerDuties
Identifies the other parties and the processes they operate; makes sure each one has a contract or agreement; runs their performance reviews.
@@managerDuties
Includes the processes operated by other parties in the internal audit programme and in the SMS measures; reports on their governance to management review.
@@processOwners
Each process owner remains accountable for the whole of the process, including the part that another
party carries out, and defines the interface with that party.
@@demonstratingTitle
Demonstrating governance
@@demonstrating
For each process, or part of a process, operated by another party, ${org.name} can show an auditor:

| What ${org.name} demonstrates | Evidence |
|---|---|
| It is accountable for the process and has the authority to require the party to follow it | The contract or agreement, with the process interface and the obligation to follow ${sms.possessive(org.name)} procedures |
| The party's part of the process is defined | The interface description: what the party records, in which tool, and when it hands over |
| Performance is measured against agreed targets | Monthly performance data and the supplier review records |
| Requirements and changes are controlled | Changes to the agreement and to the interface go through change management |
| The process is audited | The party's activities in the internal audit programme, or the party's own audit results |
| Shortfalls are corrected | Actions from reviews and audits, tracked to closure |
@@operatorsIntro
The parties that currently contribute to the services, the process interfaces agreed with them, and how
often their performance is reviewed (${serviceLevels.supplierReviewRule}):
@@operatorsHeader
| Party | Type | Contribution | Process interfaces | Managed by | Performance review |
|---|---|---|---|---|---|
@@supportingServices
Supporting services
@@operatorInterfaces
Incidents and service requests on its components; changes and releases it implements; monthly performance data
@@recordsTitle
Records
@@partiesRecord
Register of other parties and the processes they operate
@@agreementsRecord
Contracts, internal agreements and interface descriptions
@@reviewsRecord
Performance reviews and actions
@@documentLibrary
SMS document library
@@currentVersionRetention
Current version, plus superseded versions for 3 years
@@sixYearsAfterExpiry
6 years after expiry
@@sixYearsAfterContract
6 years after the end of the contract
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
