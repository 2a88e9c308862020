<#-- The words of the service management policy (English); its structure is service-management-policy.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This policy states how ${org.name} directs and controls the management of its services. It sets out
what top management commits to, the principles every service and process of the service management
system (SMS) follows, how objectives are set, and who holds which responsibility and authority. All other
documents of the SMS are written to be consistent with it.
@@scopeTitle
Scope
@@scope
The policy applies to all services, processes, people and suppliers within the scope of the SMS, as
defined in <@sms.link "sms-scope"/>. In summary:

> ${sms.scope}

It applies to employees, contractors and the staff of suppliers when they carry out work for a service in
scope.
@@leadershipTitle
Leadership and commitment
@@leadership
<#if governance.topGeneric>Top management<#else>The ${top.title}, as top management of the SMS,</#if> is accountable for the effectiveness of
the SMS. Top management commits to:

- keeping the service management policy and the service management objectives consistent with the
  strategic direction of ${org.name}, and setting both;
- making the service management plan the means by which the policy is put into practice, and ensuring
  it is established, carried out and kept up to date;
- building the requirements of the SMS into the way the business works, so that service management is
  part of normal operations rather than a parallel activity;
- providing the people, budget, tools and information the SMS and the services need;
- explaining to staff and suppliers why effective service management and meeting the SMS requirements
  matter;
- making sure the SMS delivers its intended results, including services that meet the agreed service
  requirements;
- directing and supporting the people who contribute to the SMS, and supporting other managers in
  leading within their own areas;
- promoting continual improvement of the SMS and the services.

Top management demonstrates this commitment through the following activities, each of which leaves a
record that an auditor can inspect.

| Commitment | How it is shown | Frequency | Evidence |
|---|---|---|---|
| Policy and objectives set and kept current | Approval of this policy and of the objectives in <@sms.link "sms-plan"/> | At least every ${sms.documentControl.reviewIntervalMonths} months | Signed revision history |
| SMS performance reviewed | Chairing the management review | ${cadence.managementReview.label}, as set in <@sms.link "management-review"/> | Management review minutes and actions |
| Resources provided | Approval of the SMS budget and staffing plan | Yearly, and on request of the ${manager.title} | Approved budget, resourcing decisions |
| Risks understood and accepted | Review of risks above the acceptance threshold | At each management review | Risk register sign-off |
| Improvement promoted | Approval and follow-up of improvement priorities | At each management review | Improvement register |
| Importance communicated | Briefing of all staff on the policy and objectives | Yearly and after each policy change | Briefing record, attendance list |
@@statementsTitle
Policy statements
@@statements
${org.name} delivers services that create value for its customers. To do so, it commits to the
following.

1. **Agreed services.** Every service in scope is described in the service catalogue and delivered
   against documented service requirements and service level targets agreed with the customer.
2. **Customer focus.** Customer needs drive the design, delivery and improvement of services. Customer
   satisfaction is measured and complaints are handled promptly and transparently.
3. **Meeting requirements.** ${org.name} meets the service requirements it has agreed, the requirements
   of ISO/IEC 20000-1, and the legal, regulatory and contractual obligations that apply to its services,
   including those on the protection of personal data.
4. **Controlled change.** Changes to services, service components and the SMS are assessed, approved
   and reviewed so that they deliver the intended benefit without unplanned disruption.
5. **Protection of information.** Information entrusted to ${org.name} by customers, users and suppliers
   is protected according to <@sms.link "information-security-policy"/>.
6. **Resilience.** Services are designed and operated to meet their agreed availability, and can be
   restored within agreed times after a major disruption.
7. **Control of other parties.** Suppliers and other parties that contribute to the services are
   selected, contracted and monitored so that ${org.name} remains in control of and accountable for the
   whole service.
8. **Decisions based on evidence.** Processes are measured, and decisions on services and the SMS are
   taken on the basis of monitoring results, audits and reviews.
9. **Continual improvement.** ${org.name} continually improves the suitability, adequacy and
   effectiveness of the SMS and of its services.
10. **Competent people.** Everyone who works on the services is competent for their role and aware of
    this policy and of how their work contributes to it.
@@objectivesTitle
Framework for service management objectives
@@objectivesFramework
This policy provides the framework for setting service management objectives. Objectives are:

- derived from the policy statements above and from the service requirements agreed with customers;
- measurable, with a named owner, a measure and a target;
- set or confirmed by top management at least once a year, and reviewed at each management review;
- planned, monitored and reported as described in <@sms.link "sms-plan"/>.
@@objectivesHeader
The objectives in force at the date of this policy are:

| Objective | Target | Owner |
|---|---|---|
@@noObjectives
Objectives for the current period are being agreed by top management. Once approved, they are recorded
with their measures, targets and owners in <@sms.link "sms-plan"/>, and this section is updated at the
next revision of the policy.
@@communicationTitle
Communication of the policy
@@communication
This policy is held as <#if sms.edition == "2011">a controlled document<#else>controlled documented information</#if> under
<@sms.link "documented-information-control"/>. The current approved version is published in the SMS
document library and is the only version that may be used; printed copies are uncontrolled.

| Audience | How the policy is communicated | When | Evidence |
|---|---|---|---|
| All staff working on services in scope | Published in the document library; explained in the SMS awareness briefing | At induction and yearly | Signed acknowledgement in the training record |
| Process owners and managers | Briefing by the ${manager.title} on changes to the policy and objectives | Within one month of each new version | Briefing minutes |
@@suppliersRow
| Suppliers contributing to the services | Copy provided with the contract or agreement; reference in supplier reviews | At contract start and after each new version | Supplier onboarding record |
@@customersRow
| Customers | Summary presented during customer onboarding; full copy on request | At onboarding and on request | Account records |
@@otherPartiesRow
| Other interested parties | Provided on request by the ${manager.title} | On request | Correspondence log |
@@furtherDetail
Further detail on awareness and communication is given in <@sms.link "competence-awareness-communication"/>.
@@rolesTitle
Roles, responsibilities and authorities
@@rolesIntro
The roles of the SMS and the accountabilities recorded for each are listed below. Each role holder
accepts these responsibilities when appointed; the ${manager.title} keeps the list current.
@@authoritiesTitle
Authorities
@@authorities
The following decisions may only be taken by the role named, or by a deputy that role has appointed in
writing.

| Decision | Authority | Escalation |
|---|---|---|
@@approveDocuments what
Approve ${what}
@@otherAuthorities
| Set the service management objectives and allocate SMS resources | ${top.title} | — |
| Accept a risk above the acceptance threshold | ${top.title} | — |
| Agree service level targets with customers | ${slm.owner.title} | ${top.title} |
| Approve a normal change | ${change.owner.title}, after change advisory review | ${top.title} |
| Approve an emergency change | The emergency CAB: ${governance.emergencyCab} | ${top.title} |
| Accept a new or changed service into live operation | ${transition.owner.title} | ${top.title} |
| Declare a major incident | ${incident.owner.title} or the duty manager | ${top.title} |
| Invoke the service continuity plan | ${top.title}<#if governance.continuityDeputy??>; the ${governance.continuityDeputy.title} when they cannot be reached within 30 minutes</#if> | — |
| Sign or amend a supplier contract within the approved budget | ${supplierManagement.owner.title} | ${top.title} |
| Suspend an activity that breaches the information security policy | ${security.owner.title} | ${top.title} |
@@representativeTitle
Management representative
@@representative
<#if governance.topGeneric>Top management<#else>The ${top.title}</#if> appoints the <@sms.roleWithPerson manager/> as the owner of the SMS. Independently of
other duties, this role has the authority and responsibility to:

- make sure the SMS conforms to ISO/IEC 20000-1 and to the organisation's own requirements;
- make sure the service management plan is established, put into practice and kept up to date;
- make sure the processes of the SMS are defined, owned and operated as documented;
- report on the performance of the SMS and the services to top management, at least at each management
  review and immediately when a serious risk to the services arises;
- promote awareness of the policy, the objectives and the service requirements throughout
  ${org.name} and its suppliers;
- coordinate the internal audit programme and the follow-up of nonconformities and improvements.
@@reviewTitle
Review of the policy
@@review
The ${doc.owner.title} reviews this policy at least every ${sms.documentControl.reviewIntervalMonths} months and presents it
to the management review. It is also reviewed when the organisation, its services, its customers or the
applicable requirements change significantly. A new version takes effect when approved by the
${doc.approver.title} and is communicated as described above.
@@approvalTitle
Approval
@@draft
This version is a draft. It takes effect when the ${doc.approver.title}<#if doc.approver.person?has_content>, ${doc.approver.person},</#if> approves it on
behalf of ${org.name}<#if doc.plannedApproval??>; the implementation plan schedules the approval for ${doc.plannedApproval}, when
the work on its subject is finished</#if>.
@@approved
Approved on behalf of ${org.name} by the ${doc.approver.title}<#if doc.approver.person?has_content>, ${doc.approver.person}</#if>.
This version is effective from ${doc.effectiveDate}.
