<#-- The words of the internal agreement (English); its structure is internal-agreement.md.ftl. -->
@@partiesTitle
Parties to this agreement
@@partiesIntro
This agreement is made between ${org.name}, which provides the services listed below to its customers, and
${supplier.name}, which contributes to those services as ${t.anInternalSupplier} of ${org.name}.
@@partiesTable
| Party | Role in this agreement | Represented by |
|---|---|---|
| ${org.name} | Service provider | <@sms.roleWithPerson supplier.manager/>, relationship manager |
| ${supplier.name} | ${t.InternalSupplier} | Authorised representative |
@@recorded
The agreement is recorded under the reference ${supplier.contractRef} in <@sms.link "supplier-register"/>.
@@notRecorded openMark
<#-- openMark: the mark of the open decision on the reference (" (open decision D-2)"), or nothing. -->
No reference is recorded for this agreement yet${openMark}: it
takes effect when both parties have signed it and its reference is entered in <@sms.link "supplier-register"/>.
@@purposeTitle
Purpose
@@purpose
This agreement sets out what ${supplier.name} provides to ${org.name}, the service levels it commits to so that
the services it supports can meet their own targets, what each party does, and how performance is reported and
reviewed. It supports the service level agreements of those services; ${org.name} remains accountable to its
customers for them.
@@providedTitle
What is provided
@@provides
${supplier.name} provides: ${supplier.provides}.
@@providesUndescribed
The SMS master data does not yet describe what ${supplier.name} provides; the parties describe it here before
they sign.
@@servicesIntro
It supports these services:

| Service | Criticality | Service hours | Availability target | Recovery time objective | Service level agreement |
|---|---|---|---|---|---|
@@noServices
It supports no service in the service catalogue at present. Service levels are agreed in this agreement before it
starts to support one.
@@levelsTitle
Service levels
@@levelsIntro
The levels below are derived from the services it supports, so that the part of ${supplier.name} never takes more
of a service's allowance than that service's own target leaves. Where a value of a service is still an open
decision, the level follows that decision.
@@levelsTable terms
| Service level | ${supplier.name} commits to | Derived from |
|---|---|---|
| Cover | <#if terms.roundTheClock>Around the clock, every day of the year<#else>During the service hours of each service above</#if> | <#if terms.roundTheClock>At least one of the services runs round the clock<#else>The service hours of the services above</#if> |
| Availability of what it provides | At least ${sms.pct(terms.availability.target)}${terms.availability.mark} over the service hours of each service | The highest availability target of the services it supports (${terms.availability.service}): a part less available than the service would use up the service's allowance on its own |
| Restoration after a major failure | Its part restored within ${terms.restoration.rto} of the service continuity plan being invoked | The shortest recovery time objective of the services it supports (${terms.restoration.service}), so that each service can be recovered within its own objective |
@@incidentLevels terms responseTargets resolutionTargets
<#-- responseTargets, resolutionTargets: the targets of each priority, "P1: 15 minutes; P2: 1 hour". -->
| Response to incidents | Work started within the response target of the incident's priority: ${responseTargets} | The incident priority scheme of the service level agreements${terms.prioritiesMark} |
| Restoration of its part after an incident | Within the resolution target of the incident's priority: ${resolutionTargets} | The same scheme: the service is restored only when its part is |
@@plannedWorkLevel
| Planned work | Announced at least 5 working days ahead, agreed through change management and carried out in the maintenance windows of the services | The maintenance terms of the service level agreements |
@@levelsMeasured
Performance against these levels is measured from the incident, change and monitoring records of ${org.name}.
@@noLevels
No service levels apply until ${supplier.name} supports a service in the catalogue.
@@responsibilitiesTitle
Responsibilities
@@responsibilities
${supplier.name} will:

- provide what is described above to the levels in this agreement;
- accept the incidents and requests that the service desk of ${org.name} assigns to it, and keep their records
  in ${sms.toolOf("incident-management")} up to date;
- raise every change to what it provides that may affect the services as a request for change under
  <@sms.link "change-management-policy"/>, and take part when its changes are assessed;
- take part in major-incident handling, problem investigations and the recovery tests of the services it
  supports;
- tell the ${supplier.manager.title} promptly of risks to what it provides, and of changes in its own
  arrangements that may affect the services;
- follow the information security rules that apply to the services it works on.

${org.name} will:

- tell ${supplier.name} of the targets and hours of the services it supports, and of changes to them, in good
  time;
- pass incidents and requests to it through the service desk, with their priority and the information needed to
  act on them;
- give notice of expected changes in demand that affect what it provides;
- involve it in planning the changes and recovery tests that concern it;
- report its performance to it and hold the reviews set out below.
@@escalationTitle
Contacts and escalation
@@escalationIntro
Day-to-day contact runs through the service desk of ${org.name}. If an incident or a request is not progressing
as the services need, or a level of this agreement is not met, either party can escalate:
@@escalationHeader
| Level | Contact at ${org.name} | When |
|---|---|---|
| 1 | Service desk | First point of contact for incidents and requests assigned to ${supplier.name} |
@@escalationContacts
${supplier.name} names its contact for each level when it signs this agreement; the names are kept with the
signed copy.
@@reviewTitle
Reporting and review
@@review
Performance against this agreement is collected every month and reported to ${supplier.name}. The
${supplier.manager.title} reviews it with ${supplier.name} ${supplier.reviewFrequency}, as the criticality of the
services it supports requires (${serviceLevels.supplierReviewRule}). The review covers the levels achieved,
incidents and changes that involved ${supplier.name}, risks, planned changes in demand and improvements; actions
are recorded and followed up at the next review. A level that is not met puts the services at risk: it is
escalated as above, and recurring shortfalls are entered in <@sms.link "improvement-register"/>.
@@changesTitle
Changes to this agreement
@@changes
- This agreement is reviewed at least every ${sms.documentControl.reviewIntervalMonths} months and whenever the
  services it supports, their targets or what ${supplier.name} provides change.
- Changes are agreed in writing by both parties. A change that affects a service is assessed as a request for
  change under <@sms.link "change-management-policy"/> before it is agreed.
- The ${doc.owner.title} keeps this agreement under version control, in line with
  <@sms.link "documented-information-control"/>; the relationship manager keeps it consistent with the service
  level agreements it supports and with <@sms.link "supplier-register"/>.
- The agreement stays in force until it is replaced by a newer version, or until ${supplier.name} no longer
  contributes to the services; the parties then agree how its work is handed over.
@@signaturesTitle
Signatures
@@signatures
| Party | Name | Position | Signature | Date |
|---|---|---|---|---|
| ${org.name} | ${doc.approver.person!""} | ${doc.approver.title} | | |
| ${supplier.name} | | Authorised representative | | |
