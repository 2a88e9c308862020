<#-- The words of the service continuity plan (English); its structure is service-continuity-plan.md.ftl.
     The duties are used as plain text and escaped where they are printed, so a value in them is written ${x?no_esc}. -->
@@purposeTitle
Purpose
@@purpose
This plan sets out how ${org.name} keeps its services going, or restores them within agreed times, when
a major disruption makes normal working impossible. It states what must be recovered and how quickly,
who decides to invoke the plan, how each service is recovered, what service customers can expect while
the plan is in force, and how the organisation returns to normal working. It concerns the continuity of
the services delivered to customers; the wider business continuity of ${org.name} is outside its scope.
@@scopeTitle
Scope
@@scopeServices
The plan covers every service in the scope of the service management system:
@@scopeItem s
- ${s.name} (criticality: ${s.criticalityName})
@@noServicesInScope
No services are recorded in the service catalogue yet. Each service is added to this plan, with its
recovery objectives and recovery procedure, before it goes live.
@@disruptions
It applies to disruptions that normal incident management cannot resolve within the agreed targets,
such as:

- loss of, or no access to, the operations centre or office;
- loss of a data centre, hosting platform or other infrastructure provided by a supplier;
- a cyber attack, such as ransomware, that makes systems or data unusable;
- loss of network or telecommunications links;
- failure or insolvency of a key supplier;
- absence of key staff, for example during a pandemic.
@@objectivesTitle
Objectives
@@objectives
- Recover each service within its recovery time objective (RTO) and with no more data loss than its
  recovery point objective (RPO).
- Keep customers informed from the moment the plan is invoked until normal working resumes.
- Protect the confidentiality and integrity of information during recovery, including when work moves to
  alternative locations or systems.
- Return to normal working in a controlled way, without a second disruption.
- Show by regular testing that the plan works, and improve it after every test and every invocation.
@@rolesTitle
Roles and responsibilities
@@topDuties
Invocation authority: decides to invoke the plan and to return to normal working; approves the plan.
@@continuityOwnerDuties
Owns the plan and the service continuity management process; leads the recovery team during invocation; runs the testing programme.
@@managerDuties
Keeps the invocation log; checks that test results and actions are recorded and followed up; reports to management review.
@@availabilityOwnerDuties
Keeps the availability plan and the recovery objectives of this plan consistent; monitors availability while the plan is invoked.
@@supplierOwnerDuties
Keeps supplier continuity obligations in contracts; escalates to suppliers during invocation.
@@securityOwnerDuties
Assesses the security of recovery arrangements; leads the response when the disruption is a security incident.
@@serviceOwners
Each service owner is the recovery lead for the service, keeps its recovery procedure and technical
runbooks up to date, and takes part in its tests.
@@requirementsTitle
Continuity requirements
@@requirementsIntro
Continuity requirements come from the service level agreements, from the criticality of each service
to its customers, and from the risk assessment kept under <@sms.link "sms-plan"/> and
<@sms.link "service-assurance"/>. The recovery objectives follow one rule, set by criticality:
@@rulesHeader
| Criticality | Recovery time objective (RTO) | Recovery point objective (RPO) | Availability target while invoked | Minimum test |
|---|---|---|---|---|
@@objectivesExplained
The RTO is the longest time from invocation until the service is usable again; the RPO is the greatest
age of the data the service holds once it is restored. The criticality of each service is the one shown in
<@sms.link "service-catalogue"/>. A service may have objectives of its own, agreed with its customers; they
replace the rule for that service and are never weaker than it. The last column shows which applies.
@@servicesHeader
| Service | Criticality | Customers | RTO | RPO | Recovery lead | Objectives set by |
|---|---|---|---|---|---|---|
@@internalUsers
internal users
@@noObjectives
No services are recorded yet, so no recovery objectives have been set.
@@impactAnalysis
What an outage of each service does over time, its maximum tolerable outage and its dependencies, from which these objectives follow, are analysed in <@sms.link "business-impact-analysis"/>.
@@invocationTitle
Invocation
@@invocationIntro
Invoking the plan is a formal decision: it suspends the normal service level targets of the affected
services and commits people and money to recovery. The criteria, the authority and the first steps are
therefore fixed in advance.
@@criteriaTitle
Invocation criteria
@@criteriaList
The plan is considered as soon as one of the following happens, and the decision is recorded in the
invocation log:

1. a service of high criticality is unavailable, or is expected to be, for longer than half its RTO;
2. several services are unavailable at the same time because of a shared cause;
3. the operations centre or a supplier's hosting site cannot be used;
4. a security incident of critical severity makes systems or data untrustworthy;
5. a key supplier declares that it cannot deliver, or invokes its own continuity plan.
@@authorityTitle
Invocation authority
@@authority
Only the <@sms.roleWithPerson top/> may invoke the plan
@@deputyInvokes
When they cannot be
reached within 30 minutes, the <@sms.roleWithPerson continuityPlan.deputy/> invokes it and informs them as soon as
possible
@@requestInvocation
Anyone may ask for invocation through the ${incident.owner.title}, who manages the
disruption as a major incident under <@sms.link "resolution-and-fulfilment"/> until a decision is
made.
@@stepsTitle
Invocation steps
@@invocationSteps
1. **Decide.** The invocation authority reviews the situation with the ${continuity.owner.title} and the
   affected service owners, decides whether to invoke, and records the decision and its time.
2. **Assemble the recovery team.** The ${continuity.owner.title} calls the recovery leads of the affected
   services and any supplier contacts needed, using the contact list in this plan, and opens a bridge
   call.
3. **Notify.** Within one hour of invocation, the ${brm.owner.title} informs the contacts of the
   affected customers; the ${incident.owner.title} publishes a notice to users. Updates follow at least
   every two hours for high-criticality services and twice a day for others.
4. **Recover.** Each recovery lead follows the recovery procedure of the service below and reports
   progress to the ${continuity.owner.title}.
5. **Log.** The ${sms.manager.title} keeps the invocation log: decisions, actions, times, and who was
   informed.
@@orderTitle
Recovery order
@@orderIntro
When several services are disrupted, they are recovered in the order below. A service is recovered after
the services it depends on. Among the services that can be recovered next, the one needed by the most
critical service comes first, then the more critical one, then the order of the service catalogue. Work on
a later service may start in parallel when it does not take people from an earlier one.
@@orderHeader
| Order | Service | Criticality | RTO | Depends on |
|---|---|---|---|---|
@@noOtherService
no other service
@@noOrder
No services are recorded yet, so there is no recovery order.
@@proceduresTitle
Recovery procedures
@@proceduresIntro
Each service has a recovery procedure below, in the recovery order. Detailed technical runbooks (build
steps, restore commands, configuration settings) are held by the recovery lead in the SMS document library
and referenced from ${t.theConfigurationInformation}. A printed copy of this plan and of the runbooks is kept
off site, and an electronic copy is kept on devices that do not depend on the systems being recovered.
@@procedureHeader
| Attribute | Value |
|---|---|
@@recoveryLeadLabel
Recovery lead
@@placeLabel
Place in the recovery order
@@positionOf position total
${position} of ${total}
@@rtoLabel
Recovery time objective (RTO)
@@rpoLabel
Recovery point objective (RPO)
@@dependsOnLabel
Depends on services
@@recoveredFirst
(recovered first)
@@noneListed
none
@@neededByLabel
Services that depend on it
@@suppliersLabel
Suppliers
@@internalResourcesOnly
none; internal resources only
@@alternateLabel
Alternate arrangement
@@alternateUndecided
Open decision: none decided yet
@@recoveryTestLabel
Recovery test
@@openDecision s
**Open decision.** No alternate arrangement has been decided for ${s.name}: no standby site, replica or
manual workaround is named to switch to when its primary site or system is lost. Until the decision is
made, the service can only be recovered by repair or rebuild in place, which may take longer than its RTO.
@@ownSteps s
The ${s.owner.title} leads these recovery steps, in order:
@@ownStepsDone s
When the steps are complete, the ${s.owner.title} confirms with <@sms.names items=s.customers empty="the internal users"/>
that the service is usable, and records the time of recovery and any data lost.
@@assessStep s
**Assess.** The ${s.owner.title} confirms which components of the service are affected, using
   ${t.theConfigurationInformation}, and chooses the recovery option: repair in place, <#if s.alternateOpen>fail over
   to a redundant component where one exists<#else>switch to the alternate arrangement</#if>, or rebuild and restore.
@@dependenciesStep s several
**Check dependencies.** Confirm that <@sms.names items=s.dependsOn/> <#if several>are<#else>is</#if> running
   again: <#if several>they are<#else>it is</#if> recovered first. Until then, prepare the recovery of this service
   without putting it back into use.
@@suppliersStep s several
**Engage suppliers.** Contact <@sms.names items=s.suppliers/> through the escalation route
   in <#if several>their contracts or agreements<#else>the contract or agreement</#if>, and agree the time by which
   <#if several>they restore their part<#else>it restores its part</#if> of the service.
@@staffStep
**Mobilise staff.** Call in the staff needed for recovery; the service relies on internal resources
   only.
@@restoreStep s
**Restore.** Bring back the supporting infrastructure first, then restore data from the most recent
   good backup, no older than the RPO of ${s.rpo}, then the application or service functions.
@@verifyStep
**Verify.** Run the monitoring checks of the service and a functional test of its core functions;
   confirm with the ${security.owner.title} that the restored systems are secure.
@@handBackStep s
**Hand back.** Confirm with <@sms.names items=s.customers empty="the internal users"/>
   that the service is usable, and record the time of recovery and any data lost.
@@noProcedures
No recovery procedures are defined yet, because no services are recorded.
@@invokedAvailabilityTitle
Availability while the plan is invoked
@@firstPriority
one
@@invokedAvailability priority
From the moment the plan is invoked until recovery, the RTO applies instead of the normal availability
target. From recovery until the return to normal working, each service runs in recovery mode, possibly
with reduced capacity or functions, against the target below. Incident response and resolution targets
are suspended for the affected services, and priority ${priority} incidents are handled by
the recovery team.
@@invokedHeader
| Service | Normal availability target | Target while invoked | Functions that may be reduced |
|---|---|---|---|
@@noServices
No services are recorded yet.
@@returnTitle
Return to normal working
@@returnSteps
1. **Check readiness.** The ${continuity.owner.title} confirms that the original site, platform or
   supplier is fully available again, or that the recovery arrangement is fit to become the normal one.
2. **Plan the return.** Plan the move back as a change under <@sms.link "design-build-transition"/>,
   including the synchronisation of data changed during recovery, a fallback plan, and a time agreed
   with customers.
3. **Approve.** The <@sms.roleWithPerson top/> approves the return to normal working and stands the
   recovery team down.
4. **Inform.** Customers and users are told that normal service levels apply again.
5. **Review.** Within ten working days the ${continuity.owner.title} leads a post-invocation review:
   timeline, RTO and RPO achieved, what worked, what did not, and actions. The plan is updated and, where
   the review shows gaps in it, tested again within three months.
@@contactsTitle
Contact list
@@contactsIntro
Out-of-hours telephone numbers are kept in the off-site copy of this plan and in the on-call tool, not
in this controlled document, and are checked every quarter by the ${continuity.owner.title}.
@@testingTitle
Testing programme
@@testingIntro
The plan is tested so that ${org.name} knows, rather than assumes, that each service can be recovered
within its objectives.

- Every service is tested at least once a year, with the test type set by its criticality in the
  continuity requirements above.
- The whole plan is exercised once a year in a scenario exercise with the invocation authority, the
  recovery leads and the main suppliers, covering invocation, communication and return to normal working.
- A service is tested again within one month of going live after a major change to it, to its
  infrastructure or to a supplier that it depends on; <@sms.link "change-management-policy"/> identifies
  those changes.
- The plan is tested again after every real invocation whose review found gaps in it.
- Supplier recovery tests are accepted as evidence when ${org.name} takes part in them or receives their
  results.
@@testTable
The table sets the programme for each service, with high-criticality services tested first.
@@firstTestNote
The
first test under this version of the plan falls in the quarter shown; later tests follow at the stated
frequency.
@@testColumns
Service | Criticality | Test | Frequency
@@firstTestColumn
First test
@@testPlans
Each test has a written test plan approved by the ${continuity.owner.title}, with its scope, scenario,
success criteria (at least the RTO and RPO) and a fallback in case the test itself disrupts the live
service. Tests that touch live services are scheduled as changes.
@@testRecordsTitle
Test records
@@testReport
After each test the ${continuity.owner.title} completes a test report within ten working days. It
records:

- the date, scope, scenario and participants;
- the RTO and RPO achieved against the objectives;
- what worked and what failed, and any effect on live services;
- the actions agreed, with owners and due dates;
- whether this plan, the availability plan or a runbook must change.

Actions are tracked to closure, and test results are reported to management review.
@@recordsTitle
Records
@@testRecordsRecord
Test plans and test reports
@@invocationRecords
Invocation logs and post-invocation reviews
@@majorIncidentRecords
Major incident records of a disruption for which the plan was invoked
@@actionRecords
Continuity actions and their follow-up
@@documentLibrary
SMS document library
@@threeYears
3 years
@@sixYears
6 years
@@majorIncidentRetention
6 years after closure, instead of the 3 years of other incident records
@@threeYearsAfterClosure
3 years after closure
@@maintenanceTitle
Plan maintenance
@@maintenance
The ${continuity.owner.title} reviews this plan at least every ${sms.documentControl.reviewIntervalMonths}
months, after every test and invocation, and when a service, supplier or key role changes. The reviewed plan is approved by the
${top.title} and redistributed, and the off-site copies are replaced.
