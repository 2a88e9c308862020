<#-- The words of the document register (English); its structure is document-register.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This register lists the ${t.documentedInformation} of the service management system (SMS) of ${org.name}:
every controlled document of the SMS with its current version, status, owner and next review date, the
documents of external origin that the SMS relies on, and the records that ${sms.standard} requires, with
the process that owns each record and the place where it is kept. It is the reference for finding the
current version of any SMS document and for checking that nothing required is missing.
@@documentsTitle
Documents of the SMS
@@documentCount
The document set holds ${documents?size} documents
@@documentLinks
Each
title links to the current issue of the document
@@formsBelow
; the forms are listed in their own group below
@@documentsHeader
| Reference | Document | Kind | Version | Status | Owner | Next review | Clauses |
|---|---|---|---|---|---|---|---|
@@plannedApproval date
(planned approval: ${date})
@@formsTitle
Forms
@@formsIntro
The forms are controlled documents like the others: each is the blank from which a record of the SMS is
made. The table names the record each form produces and the clauses whose evidence that record is; a form
does not itself address a clause. Where the completed forms are kept, and for how long, is set out in
<@sms.link "records-matrix"/>.
@@formsHeader
| Reference | Form | Version | Status | Next review | Record produced | Clauses |
|---|---|---|---|---|---|---|
@@requiredTitle
${t.DocumentedInformation} required by the standard
@@requiredIntro edition2011
The table shows where each <#if edition2011>document and record<#else>item of documented information</#if> that ${sms.standard} requires is held.
@@requiredHeader
| Required ${t.documentedInformation} | Clause | Held in |
|---|---|---|
@@requiredPolicy
Service management policy
@@requiredScope
Scope of the SMS
@@requiredPlanWithObjectives
Service management plan, with the service management objectives
@@requiredImprovementPolicy
Continual improvement policy, with the criteria for evaluating improvements
@@requiredAuditProgramme
Audit programme
@@requiredServicePlans
Plans for new or changed services
@@transitionPlans held
Transition plans under ${held}
@@requiredCatalogue
Service catalogue
@@requiredSlas
Service level agreements
@@moreSlas count
and ${count} more, each listed in the table above
@@noSlas
none yet: no services are recorded
@@requiredContinuityAndAvailabilityPlans
Service continuity and availability plans
@@requiredBudgetingPolicy
Budgeting and accounting policy
@@requiredCapacityPlan
Capacity plan
@@requiredSecurityPolicy
Information security policy
@@requiredChangePolicy
Change management policy
@@requiredReleasePolicy
Release policy
@@requiredProcedures
Documented procedures required by the standard
@@notInSet
not in the current document set
@@requiredSupplierContracts2011
Contracts with suppliers
@@externalBelow
Documents of external origin, below
@@requiredInternalAgreements2011
Agreements with internal groups and customers acting as suppliers
@@requiredRecordsIntro
Records required by the standard
@@mandatoryBelow
Mandatory records, below
@@requiredObjectives
Service management objectives
@@requiredRisks
Risks and opportunities, and the actions to address them
@@requiredPlan
Service management plan
@@requiredContinuityPlan
Service continuity plan
@@requiredAvailability
Service availability requirements and targets
@@requiredProcesses
Processes of the SMS
@@requiredServiceRequirements
Service requirements
@@requiredSupplierContracts
Contracts with ${t.externalSuppliers}
@@requiredInternalAgreements
Agreements with ${t.internalSuppliers} and customers acting as suppliers
@@externalTitle
Documents of external origin
@@externalIntro library
Documents of external origin are identified here and controlled by their owner. The owner keeps the
current version in ${library} (for a contract or agreement, the signed copy), checks at least once a year,
and for a contract or agreement also at each supplier or customer review, that it is still current, and
withdraws superseded versions.
@@externalHeader
| Document | Origin | Reference | Owner |
|---|---|---|---|
| ${sms.standard}, licensed copy | ISO and IEC | ${sms.standard} | ${sms.manager.title} |
@@externalGeneralRows
| Vendor documentation for tools and service components | Vendors | Product and version in use | Owner of the process that uses the tool |
| Legislation and regulatory guidance that applies to the services | Legislators and regulators | Title and date of the current version | ${sms.manager.title} |
@@noSuppliers
No external or ${t.internalSuppliers} contribute to the services in scope at present. A contract or agreement
is added to this table when one is signed.
@@recordsTitle
Mandatory records
@@recordsIntro library
The records below are those that ${sms.standard} requires as evidence. Each is owned by the owner of the
process that creates it and kept in that process's tool unless the table names another place; records
of the SMS as a whole are kept in ${library}. The document in the last column describes how each record is created and used. Retention
periods, protection and disposal of all records are set in <@sms.link "documented-information-control"/>.
@@recordsHeader
| Record | Clause | Owning process | Owner | Held in | Defined in |
|---|---|---|---|---|---|
@@otherRecords
Other records of the SMS, such as service reports, release records and supplier review minutes, are listed
in the records section of the procedure that creates them.
@@maintainingTitle
Maintaining the register
@@maintaining dc library oneOwner
1. The ${doc.owner.title} owns this register<#if oneOwner> and updates it<#else>; the ${dc.owner.title} updates it</#if> within two
   working days whenever a document is approved, reissued or withdrawn, or when the place where a record is
   kept changes.
2. A document becomes current only once it appears in the register with its new version and an
   approved status. Documents that are not in the register are not controlled and must not be used.
3. Every document is reviewed by its owner at least every ${dc.reviewIntervalMonths} months, and earlier
   when a change to the services, the processes or the organisation affects it. Each month the
   ${dc.owner.title} checks the next review dates and reminds the owners of documents due for review in
   the next two months.
4. When a document is superseded or withdrawn, the ${dc.owner.title} removes it from the points of use,
   marks the retained copy as superseded and keeps it in the archive of ${library} for the period set in
   <@sms.link "documented-information-control"/>.
5. Every quarter the ${dc.owner.title} checks a sample of at least five entries against the documents and
   records themselves: version and status match, the link opens the current issue, records are where the
   register says and are being kept. Discrepancies are corrected and, where they show a control failure,
   recorded as nonconformities under <@sms.link "nonconformity-and-corrective-action"/>.
6. An entry changes when the document it concerns is approved, and is approved with it. The register as a
   whole is approved by the ${doc.approver.title} and reviewed at each management review.
