<#-- The words of the change management policy (English); its structure is change-management-policy.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This policy sets the rules for changing the services of ${org.name} and the components they are built
from. Its aim is that every change delivers the benefit expected of it without unplanned disruption to
customers, and that the people who approve a change have the information and the authority to do so.
How changes are recorded, assessed and implemented is described in <@sms.link "design-build-transition"/>.
@@scopeTitle
Scope: what is under change control
@@controlledIntro
The following are under change control. Adding, modifying or removing any of them needs an approved
change:
@@servicesItem
- the services in the <@sms.link "service-catalogue"/>: <@sms.names items=services/>;
@@allServicesItem
- every service in the <@sms.link "service-catalogue"/>, once services are defined;
@@controlledItems
- the configuration items (CIs) of those services, of every CI type defined in
  <@sms.link "service-portfolio"/>: servers, network devices, end-user device builds, software, cloud
  resources and supporting services, including their configuration settings and versions;
- the service level agreements and the service catalogue;
- contracts and internal agreements with suppliers, where the change affects a service level or an
  interface with the SMS processes;
- monitoring, backup and security controls that protect the services;
- the tools that support the SMS processes, including ${sms.toolOf("change-management")}.
@@notChanges
The following are **not** changes under this policy, and are handled by the process shown:

| Activity | Handled by |
|---|---|
| Fulfilling a service request of a pre-approved type (for example creating a user account) | Service request management, <@sms.link "resolution-and-fulfilment"/> |
| Updating documents of the SMS other than SLAs and the catalogue | <@sms.link "documented-information-control"/> |
| Changing user data or content within an application | The customer, under its own controls |
| Restoring a CI to its recorded configuration during incident resolution | Incident management, recorded on the incident |
@@supplierChanges
Suppliers that manage CIs of the services must follow this policy, or an equivalent control agreed in
their contract, and must notify ${org.name} of changes that may affect the services.
@@statementsTitle
Policy statements
@@statements
1. Every change to an item under change control is recorded as a request for change (RFC) before it is
   made, except emergency changes, which are recorded as soon as the service is safe.
2. No change is implemented without approval at the level set out in this policy.
3. Every change is assessed for its risk and its effect on services, customers, capacity, information
   security, continuity and the other changes planned.
4. Every normal and emergency change has a tested or documented way to back it out, or a recorded
   decision by the approver to accept the risk of having none.
5. Changes are scheduled in the change schedule, which is visible to the service desk and, for changes that
   affect them, to customers.
6. ${t.ConfigurationInformation} is updated as part of every change, not afterwards.
7. A change that has not been approved, or that differs from what was approved, is an unauthorised change.
   It is recorded as an incident, reviewed by the ${change.owner.title}, and treated as a nonconformity.
8. Every change is reviewed after implementation; failed changes and emergency changes are always
   reviewed in detail.
@@typesTitle
Change types and approval
@@typesTable
| Type | Definition | Approved by | Lead time |
|---|---|---|---|
| Standard | A low-risk, frequent change with a documented and tested procedure, pre-approved as a change model (for example applying a monthly patch bundle to end-user devices) | Pre-approved by the ${change.owner.title} when the change model is accepted; each instance is recorded but not individually approved | As set in the change model |
| Normal, minor | A change with low risk and limited impact, affecting one service and not its customers' use of it | ${change.owner.title} | 2 working days |
| Normal, significant | A change with medium or high risk, or that affects more than one service or customers' use of a service | Change advisory board (CAB) | Submitted by the CAB deadline, at least 5 working days ahead |
| Emergency | A change needed urgently to restore a service, or to prevent an imminent major incident or security breach, that cannot wait for the normal route | Emergency CAB: ${governance.emergencyCab} | Immediate |
@@typesNotes
Standard change models are reviewed every year; a model is withdrawn if one of its changes causes an
incident, until it has been reviewed. Emergency changes are not to be used to avoid the normal route: the
${change.owner.title} reports the proportion of emergency changes to each management review.
@@majorImpactTitle
Changes with potential major impact
@@majorImpact
A change with potential major impact on customers or services is not treated as an ordinary change. It is
planned, designed, built and transitioned under the service design and transition steps of
<@sms.link "design-build-transition"/>, owned by the ${transition.owner.title}, and approved by the
${sms.topManagement.title} before design starts. A change is in this category if any of the following
applies:
@@majorImpactCriteria
1. it introduces a new service;
2. it **removes a service**, or ends its provision to a customer before the end of the agreed term;
3. it **transfers a service**, or a significant part of one, from ${org.name} to a customer or another
   party, or from another party to ${org.name}, including a change of the ${t.externalSupplier} behind a
   service;
4. it changes the service hours, the availability target or another service level target in an SLA;
5. it needs an outage of more than one hour of a high-criticality
   service<#if procedures.highServices?has_content> (<@sms.names items=procedures.highServices/>)</#if>, or an outage of any service outside its agreed maintenance windows;
6. it affects all customers of a service, or more than one service, at the same time and cannot be backed
   out within the resolution target of the highest priority;
7. it changes the architecture of a service, its hosting location or the way customer data is stored or
   protected;
8. its cost, or the effort to implement it, exceeds the limits the service owner may approve under
   <@sms.link "supply-and-demand"/>.
@@majorImpactDecision
The ${change.owner.title} decides whether an RFC meets these criteria when it is first assessed. In case of
doubt the change is treated as having potential major impact.
@@authorityTitle
Authority of the change manager and the CAB
@@authority
The ${change.owner.title} owns the change management process and has the authority to:

- approve standard change models and minor normal changes;
- refuse, defer or send back any change that is not ready, not assessed or in conflict with another change;
- decide the category and the approval route of any RFC;
- stop a change in progress that is causing or about to cause an incident;
- declare a change freeze around business-critical periods of customers or of ${org.name}.
@@cabMeets
The change advisory board (CAB) meets every week, chaired by the ${change.owner.title}.
@@cabMembers members
Its other standing members are ${sms.andList(members?map(r -> "the " + r.title))}.
@@cabDecisions
The owners of the services affected by
the changes on the agenda attend, and suppliers are invited when their CIs are involved. The CAB approves
or rejects significant normal changes; a decision needs the chair and the owner of every affected service.
If they disagree, the ${sms.topManagement.title} decides.
@@windowsTitle
Change windows and freezes
@@windows
- Changes that may interrupt a service are implemented outside its service hours, or in a maintenance
  window agreed in its SLA.
- Changes to a service are not implemented during a change freeze agreed with its customers, except
  emergency changes.
- Changes to two CIs of the same service in the same window are coordinated through the change schedule
  so that a failure can be traced to one change.
@@responsibilitiesTitle
Responsibilities
@@approverDuties
Approves this policy.
@@topManagementDuties
Approves changes with potential major impact; settles CAB disagreements.
@@ownerDuties
Owns this policy.
@@changeOwnerDuties
Owns the change management process; holds the authority set out above; reports on change performance.
@@transitionOwnerDuties
Runs service design and transition for changes with potential major impact.
@@releaseOwnerDuties
Plans and deploys the releases that implement approved changes.
@@configurationOwnerDuties
Makes sure ${t.configurationInformation?no_esc} is updated with every change.
@@serviceOwnersAndStaff
Service owners assess and approve changes to their services and attend the CAB when their services are
affected. All staff and suppliers make no change to an item under change control without an approved
change.
@@complianceTitle
Compliance and review
@@compliance
Compliance with this policy is checked by monthly reconciliation of configuration changes against approved
changes, by internal audit under <@sms.link "internal-audit"/>, and at each configuration audit. Deliberate
or repeated unauthorised changes are dealt with under the disciplinary procedure or, for a supplier, under
its contract.

The ${doc.owner.title} reviews this policy at least every ${sms.documentControl.reviewIntervalMonths} months and after any major
incident caused by a change. Changes to the policy are approved by the ${doc.approver.title}.
