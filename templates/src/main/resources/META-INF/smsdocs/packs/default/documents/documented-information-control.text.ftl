<#-- The words of the documented information control procedure (English); its structure is
     documented-information-control.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how ${org.name} creates, approves, publishes, protects, retains and disposes of
the ${t.documentedInformation} of its service management system (SMS). It ensures that people always work
from the current approved version of a document, and that records give reliable and retrievable evidence
of what was done.
@@scopeTitle
Scope
@@scope
The procedure applies to all ${t.documentedInformation} of the SMS, in any format or medium:

- **documents**, which state what must be done: policies, plans, procedures, the service catalogue,
  agreements, work instructions and forms;
- **records**, which give evidence of what was done: for example incident records, change approvals,
  audit reports and meeting minutes;
- **external documents** that the SMS relies on, such as standards, contracts and supplier manuals.

It covers the ${t.documentedInformation} that ${sms.standard} requires and the ${t.documentedInformation} that
${org.name} has decided is needed for the SMS to work effectively.
@@rolesTitle
Roles and responsibilities
@@ownerDuties
Owns this procedure.
@@libraryOwnerDuties
Owns the ${t.documentLibraryName?no_esc} and the document register; checks format, identification and consistency before publication; runs the yearly check of external documents.
@@approverDuties what
Approves ${what?no_esc}.
@@managerDuties
Makes sure every document required by the SMS exists, is owned and is reviewed on time; reports overdue reviews to the management review.
@@processOwners
Each process owner named in <@sms.link "sms-plan"/> owns the documents and records of the process and
keeps them current. All staff use only the published version of a document, report errors to its owner, and do not keep
private copies of controlled documents.
@@identificationTitle
Identification and format
@@identification
Every controlled document carries a document-control table at its start with its reference, title,
version, status, owner, approver, classification, effective date and next review date, followed by its
revision history.
@@numbering
### Numbering scheme

Each document reference is formed as `<short name>-<code>`: the short name of the organisation in
capitals (${doc.reference?remove_ending("-" + doc.code)}), then a code made of a prefix for the kind of
document and a two-digit number. This procedure, for example, is ${doc.reference}. The prefixes in use
are:
@@kindsHeader
| Kind of document | Code prefix | Example | Approved by |
|---|---|---|---|
@@numberingRules
Codes are never reused: a withdrawn document keeps its code, and a new document receives the next free
number for its prefix. Records are identified by the number the tool assigns to them (for example the
incident or change number) or, for meeting minutes and reports, by title and date.
@@versionsAndFormat
### Versions and status

- Drafts are numbered 0.1, 0.2 and so on until the first approval, which gives version 1.0.
- An editorial change that does not alter any requirement (spelling, layout, a new contact name) raises
  the minor number, for example 1.0 to 1.1, and is approved by the document owner.
- Any other change raises the major number, for example 1.1 to 2.0, and needs the approver named in the
  document-control table.
- The status of a document is Draft, Approved, Superseded or Withdrawn.

### Format and media

Controlled documents are kept as structured text in a version-controlled repository and published as
read-only copies in the ${t.documentLibraryName}. They are written in English, use the layout of this document set,
and name roles rather than individuals wherever possible so that a change of staff does not require a
new version. Forms and records are kept in the tools listed in <@sms.link "sms-plan"/>.
@@creatingTitle
Creating and updating documents
@@creating
1. **Request.** Anyone may propose a new document or a change to an existing one to its owner or to the
   ${sms.documentControl.owner.title}. Changes also arise from audits, reviews, incidents, changes to services and changes
   to requirements.
2. **Draft.** The document owner prepares the draft in the standard layout, marks it with status Draft,
   and records the reason for the change in the revision history.
3. **Review.** The draft is reviewed for accuracy by the process owners it affects and for format and
   consistency with the other documents by the ${sms.documentControl.owner.title}. Reviewers respond within ten working
   days.
4. **Approve.** The approver named in the document-control table approves the document. Approval is
   recorded in the revision history with the date and the approver's name. Nobody approves a document
   they own: where the role that usually approves a kind of document owns one, the
   ${sms.documentControl.approver.title} approves it.
5. **Publish.** The ${sms.documentControl.owner.title} publishes the approved version in the ${t.documentLibraryName} and moves the
   previous version to the archive with status Superseded.
6. **Communicate.** The owner informs the people who use the document within five working days of
   publication. Where the change affects how work is done, the owner arranges a briefing before the
   effective date.
7. **Periodic review.** Each document is reviewed at least every ${sms.documentControl.reviewIntervalMonths} months. When
   no change is needed, the review is recorded in the revision history and the next review date is reset.
@@controlTitle
Control of ${t.documentedInformation}
@@distributionAndStorage
### Distribution and access

- Documents are classified ${sms.documentControl.classification} unless their document-control table states otherwise,
  and are handled according to <@sms.link "information-security-policy"/>.
- All staff working on services in scope have read access to the ${t.documentLibraryName}. Only the document owner and
  the ${sms.documentControl.owner.title} can edit or publish.
- Documents are shared with customers, suppliers or auditors only with the owner's agreement, as
  read-only copies marked with their version.
- Printed copies are uncontrolled and are valid only on the day they are printed.

### Storage, preservation and protection

- The repository, the ${t.documentLibraryName} and the tools holding records are backed up daily, and restores are
  tested at least once a year.
- Access rights are granted by role and reviewed every quarter with the other access reviews required by
  <@sms.link "information-security-policy"/>, so that only the people who need a document or record can read it, only its owner
  can change it, and nobody can alter it unnoticed.
- Records cannot be changed after closure; corrections are made as dated additions that show who made
  them.
- ${t.DocumentedInformation} ${t.documentedInformationIs} kept in formats that remain readable for ${t.documentedInformationIts} whole retention period.
@@changesAndRetention
### Control of changes

Every published version remains traceable. The revision history lists each version with its date,
author and description, and the version-controlled repository keeps the full text of each version. The
current version is always the one with status Approved in the ${t.documentLibraryName}.

### Retention and disposal

Records are kept for the periods in the table below, starting from the event named. At the end of the
period the owner disposes of them securely: electronic records are deleted from the tool and its
exports, paper records are cross-cut shredded, and the disposal of records that hold confidential or
personal data is logged by the ${sms.documentControl.owner.title}. Records needed for a legal claim, an open
dispute or an investigation are kept until it is closed, whatever the period.
@@retentionHeader
| Record | Clause | Owner | Held in | Retention |
|---|---|---|---|---|
@@personalData
Where a record contains personal data, it is kept no longer than the period above and only the personal
data needed for its purpose is recorded.
@@externalIntro
### External documents

External documents needed for the SMS are recorded in <@sms.link "document-register"/> with their source,
reference and owner, and are checked for currency at least once a year by the ${sms.documentControl.owner.title}.
@@externalHeader
| External document | Owner | Check |
|---|---|---|
| ${sms.standard} and related parts of the ISO/IEC 20000 series | ${manager.title} | Yearly, and when a new edition is announced |
| Customer contracts and signed service level agreements | ${slm.owner.title} | At each customer review |
@@supplierContractsRow
| Contracts with ${t.externalSuppliers} (${sms.andList(governance.contractRefs)}) | ${supplierManagement.owner.title} | At each supplier review |
@@externalRowsEnd
| Vendor documentation for tools and service components | Process owner of the tool | When the product version changes |
| Legislation and regulatory guidance that applies to the services | ${manager.title} | Yearly |
@@obsolete
### Obsolete documents

When a document is superseded or withdrawn, the ${sms.documentControl.owner.title} removes it from the ${t.documentLibraryName} on the
same day, marks the archived copy Superseded or Withdrawn, and restricts access to the archive. Archived
versions are kept for 3 years after being superseded so that past decisions can be traced.
@@registerTitle
${t.DocumentedInformation} of the SMS
@@register
The ${t.documentedInformation} of the SMS ${t.documentedInformationIs} listed in one place, <@sms.link "document-register"/>, and not
repeated in other documents. The register holds the ${documents?size} controlled documents of the set with
their reference, version, status, owner and next review date; shows where each <#if sms.edition == "2011">document and
record<#else>item of documented
information</#if> that ${sms.standard} requires is held, from the scope statement and the policies to the service
level agreements and supplier contracts; identifies the documents of external origin; and lists the records
that the standard requires, with the process that owns each one. The ${sms.documentControl.owner.title} updates the register
whenever a document is approved, reissued or withdrawn. How long each record is kept is set in the retention
table of this procedure.
@@recordsTitle
Records
@@revisionRecord
Revision history and approval of each document
@@documentOwner
Document owner
@@documentItself
The document itself and the repository
@@lifePlusThreeYears
Life of the document plus 3 years
@@supersededRecord
Superseded and withdrawn versions
@@archive
Archive of the ${t.documentLibraryName?no_esc}
@@threeYearsAfterSuperseded
3 years after being superseded
@@externalCheckRecord
Yearly check of external documents
@@threeYears
3 years
@@disposalRecord
Disposal log for confidential and personal records
@@sixYears
6 years
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
@@measuresReport
The ${sms.documentControl.owner.title} reports these measures to each management review.
