<#-- The words of the management review procedure (English); its structure is management-review.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how the top management of ${org.name} reviews the service management system (SMS)
at planned intervals, to confirm that it is still suitable for the organisation, adequate for its
services and effective in achieving its objectives. It defines how often the review takes place, who
attends, what information is brought to it, what it must decide and how those decisions are recorded and
followed up.
@@scopeTitle
Scope
@@scope
The review covers the whole SMS as defined in <@sms.link "sms-scope"/>: the service management policy and
objectives, the SMS plan, every service management process, the services in scope and the parties
involved in delivering them. Operational meetings, such as change approval meetings or service reviews
held with customers, feed into the management review but do not replace it.
@@rolesTitle
Roles and responsibilities
@@combinedDuties
Chairs the review, takes its decisions and provides the resources they need; prepares the input pack, writes the minutes and tracks the actions to closure.
@@topManagementDuties
Chairs the review; takes its decisions and approves the resources they need; approves the minutes.
@@managerDuties
Plans the reviews; collects the inputs and circulates the input pack; presents the overall performance of the SMS; writes the minutes and tracks every action to closure.
@@processOwnersIntro
The process owners attend for the whole review and each presents the performance of the processes they own:
@@processOwnersHeader
| Process owner | Holder | Processes presented |
|---|---|---|
@@managerPresentsAll
The ${sms.manager.title} presents every service management process, all of which they own.
@@managerPresentsOwn
The ${sms.manager.title} presents the processes they own: ${governance.managerProcesses?join(", ")}.
@@topPresents
The ${sms.topManagement.title} presents the processes they own: ${governance.topProcesses?join(", ")}.
@@othersAttend
Other people attend for specific items when the chair invites them, for example the internal lead auditor
for audit results or a supplier's account manager for a supplier performance item.
@@frequencyTitle
Frequency and planning
@@stage1Planned
(stage 1 audit planned for ${certification.stage1})
@@frequency stage1Planned
- A full management review is held ${cadence.managementReview.every}. The dates for the coming year are set in the operating
  calendar of <@sms.link "sms-plan"/> and notified to attendees at least four weeks in advance.
- Before the initial certification${stage1Planned}, at
  least one full management review is held after the first complete round of internal audits, so that the
  certification body can see its results and actions.
- An extraordinary review is called by the ${sms.topManagement.title} within ten working days of any of
  the following: a major incident that breaches a contract or causes a financial penalty; a major
  nonconformity raised by the certification body; loss or failure of a key supplier; a significant
  change to the scope, the organisation or its ownership; a serious information security incident. An
  extraordinary review may cover only the inputs affected by the event.
- A review is quorate when the ${sms.topManagement.title} (or a deputy formally appointed by them) and the
  ${sms.manager.title} are present and at least two thirds of the process owners attend or send a
  written report. A review that is not quorate is rescheduled within four weeks.
@@inputsTitle
Review inputs
@@inputsIntro
The ${sms.manager.title} circulates the input pack at least five working days before the review. It
covers the period since the previous review and shows trends over at least the last three periods where
the data allows.
@@inputsHeader
| No. | Input | Provided by | Source |
|---|---|---|---|
@@seeBelow
(see below)
@@objectivesHeading
Service management objectives
@@objectivesIntro
Each objective owner reports the result for the period, the trend, and the actions under way where the
target is not being met.
@@objectivesHeader
| Objective | Measure | Target | Owner |
|---|---|---|---|
@@noObjectives
No measurable service management objectives have been set yet. Until they are, the ${sms.manager.title}
reports service performance against the service level targets, and the first review sets the
objectives, each with a measure, a target and an owner, and records them in <@sms.link "sms-plan"/>.
@@servicesHeading
Service performance
@@servicesIntro
The ${reporting.owner.title} reports, for each service, the availability achieved against its target,
incident and request volumes, resolution within target and any breach of the service level agreement.
@@servicesHeader
| Service | Service owner | Availability target | Criticality |
|---|---|---|---|
@@noServices
No services are yet recorded in <@sms.link "service-catalogue"/>. Until they are, the review looks at the
performance of the service management processes alone and checks that the catalogue is being completed.
@@suppliersHeading
Supplier performance
@@suppliersIntro
The ${supplierManagement.owner.title} reports the outcome of the supplier reviews held in the period, contract or
agreement breaches, disputes and any supplier risk that has changed, for:
@@noSuppliers
No ${t.externalOrInternalSuppliers} are currently recorded for the services in scope. The
${supplierManagement.owner.title} confirms at each review that this is still the case.
@@processesHeading
Process performance
@@processesIntro
Each process owner sends a process report of no more than two pages to the ${sms.manager.title} ten working
days before the review. It shows the process measures against their targets, nonconformities and
incidents involving the process, the outcome of the last process review, risks, and improvement proposals.
@@processesHeader
| Process | Owner | Process review | Data source |
|---|---|---|---|
@@conductTitle
Conducting the review
@@conduct
1. **Open.** The chair confirms the quorum and the agenda.
2. **Previous actions.** Each open action is reviewed. Actions that are overdue are either given a new date
   with a reason, escalated or cancelled with a recorded decision.
3. **Inputs.** The inputs are taken in the order of the table above. For each one the presenter
   summarises the results, the trend and what they mean for the SMS; the review concentrates on
   exceptions, missed targets and risks, not on reading the pack.
4. **Conclusions.** The chair states the conclusion of the review on whether the SMS remains suitable,
   adequate and effective, and on whether the service management policy and objectives need to change.
5. **Decisions and actions.** Every decision is recorded with its owner and due date before the meeting
   closes (see Review outputs).
6. **Close.** The chair confirms the date of the next review and any extraordinary item to be followed up
   before it.
@@outputsTitle
Review outputs
@@outputs
The review produces decisions and actions on:

- opportunities for improvement: which are approved, with what priority, and which are rejected, with the
  reason;
- changes to the SMS, including the service management policy, the objectives and their targets, the scope,
  the SMS plan and the processes;
- changes to services and service level targets to be proposed to customers, and changes to supplier
  arrangements;
- resource needs: people, skills and training, tools, facilities and budget, with who provides them and
  by when;
- risks and opportunities: new risks to be added to the register, changes to ratings and treatments;
- corrective actions for nonconformities or missed objectives that the process owners cannot resolve
  within their own authority.

Changes to services or to configuration items that follow from a review decision are raised as requests
for change under <@sms.link "change-management-policy"/>. Improvements are entered in the improvement
register and managed under <@sms.link "continual-improvement"/>.
@@minutesTitle
Minutes and follow-up
@@minutes
1. The ${sms.manager.title} issues draft minutes to the attendees within five working days. The minutes
   record the attendees, the inputs considered, the conclusions, and every decision and action with its
   owner and due date.
2. Attendees send corrections within three working days; the ${sms.topManagement.title} then approves the
   minutes, which become a controlled record.
3. Actions are entered in the management review action log. The ${sms.manager.title} reviews the log every
   month, chases actions due in the next month and reports overdue actions to the
   ${sms.topManagement.title}.
4. Decisions that affect staff, such as changed objectives or policy, are communicated to all staff within
   one month under <@sms.link "competence-awareness-communication"/>.
5. The documents affected by review decisions are updated under <@sms.link "documented-information-control"/>,
   citing the review as the reason for change.
@@recordsTitle
Records
@@records
Management review records are kept in the SMS document library.

| Record | Owner | Retention |
|---|---|---|
| Management review calendar and attendance | ${sms.manager.title} | 6 years |
| Input pack, including process reports | ${sms.manager.title} | 6 years |
| Approved minutes with conclusions and decisions | ${sms.topManagement.title} | 6 years |
| Management review action log | ${sms.manager.title} | 6 years after the last action is closed |
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
