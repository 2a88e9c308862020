<#-- The words of the nonconformity and corrective action procedure (English); its structure is nonconformity-and-corrective-action.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how ${org.name} deals with nonconformities in its service management system (SMS):
how they are found and recorded, how their effects are contained and corrected, how their causes are
found and removed so that they do not happen again, and how the effectiveness of the action is checked. It
also explains how nonconformities differ from incidents and problems, which are handled by their own
processes.
@@scopeTitle
Scope
@@scope
The procedure applies to every nonconformity against the requirements of ${sms.standard}, against the
policies, plans, procedures and agreements of the SMS, and against legal, regulatory and contractual
requirements that apply to the services in scope, whoever finds it and wherever it occurs, including in
processes operated for ${org.name} by other parties.
@@principlesTitle
Improvement principles
@@principles
${org.name} treats nonconformity and corrective action as one of the two ways in which the SMS improves,
alongside the planned improvements described in <@sms.link "continual-improvement"/>. The following
principles apply:

- Reporting a nonconformity is expected of every member of staff and is never a reason for blame.
- Every nonconformity is recorded, however it was found and however quickly it was corrected.
- Correcting the effect is not enough: the cause is found and dealt with unless the evaluation shows that
  the nonconformity cannot recur and has no similar cases.
- The effort spent on a corrective action is proportionate to the effects of the nonconformity and to the
  likelihood that it recurs.
- A corrective action is closed only when it has been shown to work.
@@definitionsTitle
Definitions
@@definitions
- **Nonconformity:** a requirement that is not met. The requirement may come from ${sms.standard}, from a
  document of the SMS, from a service level agreement or supplier contract, or from law or regulation.
- **Correction:** action taken to put right the nonconformity itself, for example completing a missing
  approval or restoring a record.
- **Corrective action:** action taken to remove the cause of a nonconformity so that it does not recur.
- **Root cause:** the most basic cause that, if removed, prevents the nonconformity from recurring.
@@preventiveActionDefinition
- **Preventive action:** action taken to remove the cause of a potential nonconformity before it occurs.
@@comparisonTitle
Nonconformities, incidents and problems
@@comparison
Nonconformities, incidents and problems are related but are handled by different processes. A single event
can give rise to more than one of them.

| Aspect | Incident | Problem | Nonconformity |
|---|---|---|---|
| What it is | An unplanned interruption or reduction in the quality of a service | The underlying cause of one or more incidents, actual or potential | A failure to meet a requirement of the SMS, a service agreement or the law |
| Concern | Restoring the service | Removing the cause of service failures | Making the management system work as designed |
| Example | A hosted server is unavailable | A storage firmware fault causes repeated outages | Changes were deployed without the approval that the change management policy requires |
| Handled under | <@sms.link "resolution-and-fulfilment"/> | <@sms.link "resolution-and-fulfilment"/> | This procedure |
| Recorded in | ${sms.toolOf("incident-management")} | ${sms.toolOf("problem-management")} | Corrective action register |
| Owner | ${incident.owner.title} | ${problem.owner.title} | Owner of the process concerned |

An incident becomes a nonconformity as well when the way it was handled broke a requirement, for example
when a major incident was not reviewed or a service level target was breached without escalation. A
recurring pattern of nonconformities in the way incidents or problems are handled is a nonconformity of
those processes, not a problem record.
@@rolesTitle
Roles and responsibilities
@@ownerDuties
Owns this procedure.
@@topManagerDuties
Owns the corrective action register; assigns each nonconformity to an owner; approves corrective actions; provides resources; verifies closure of major nonconformities; reports trends at management review.
@@topDuties
Approves corrective actions for major nonconformities and any action that needs resources beyond the process owner's authority; resolves overdue actions escalated to them.
@@managerDuties
Owns the corrective action register; grades and assigns each nonconformity; approves corrective actions for minor nonconformities; confirms effectiveness before closure; reports status and trends monthly and at management review.
@@processOwners
Every process owner is responsible for the nonconformities of their process: they carry out the
correction, lead the root-cause analysis, propose and implement the corrective action and provide the
evidence that it works. Internal auditors raise nonconformities found in
audits and verify the actions taken, as described in <@sms.link "internal-audit"/>. Every member of staff
reports the nonconformities they notice to the ${sms.manager.title} or to the process owner.
@@sourcesTitle
Sources of nonconformities
@@sources
Nonconformities are identified from:

- internal audits and audits by the certification body, customers or regulators;
- service complaints and customer feedback, handled by the ${brm.owner.title};
- service reports showing that service level targets or SMS objectives have been missed without the
  action the process requires, as reported by the ${reporting.owner.title};
- process reviews and the monitoring of process measures by their owners;
- management reviews;
- reviews of ${t.externalAndInternalSuppliers} that show a contract or agreement has not been met, reported
  by the ${supplierManagement.owner.title};
- major-incident reviews, problem investigations, failed changes and information security incidents that
  reveal that a procedure was not followed or is not adequate;
- tests of service continuity plans, and checks of ${t.configurationInformation} against the live estate;
- reports from staff, including near misses.
@@gradingTitle
Grading and timescales
@@grading
Nonconformities are graded in the same way as audit findings. For nonconformities not raised in an audit,
the ${sms.manager.title} assigns the grade when the nonconformity is recorded.

| Grade | Example | Correction | Corrective action plan | Action completed | Effectiveness check |
|---|---|---|---|---|---|
| Major | A process is not operated at all; a legal or contractual requirement is broken; the same minor nonconformity recurs after corrective action | started within 1 working day | within 10 working days | within 30 days | 1 to 3 months after completion |
| Minor | A single lapse, such as one change implemented without a recorded approval | within 10 working days | within 20 working days | within 90 days | at the next audit or process review, and within 6 months |

A due date can be extended once by the ${sms.manager.title} with a recorded reason. A further extension,
or any extension for a major nonconformity, needs the approval of the ${sms.topManagement.title}.
@@activitiesTitle
Activities
@@activitySteps
1. **Record.** Whoever finds the nonconformity records it, or asks the ${sms.manager.title} to record it,
   in the corrective action register within two working days. The record states the requirement that is
   not met, the evidence, where and when it was found, and who found it. The ${sms.manager.title} assigns a
   reference, a grade and an owner, normally the owner of the process concerned.
2. **React.** The owner takes immediate action to control and correct the nonconformity, and deals with
   its consequences: for example re-running a missed backup, completing an overdue approval, informing a
   customer whose service level agreement was affected, or raising an incident where a service is
   affected. Where a service or configuration item has to change, a request for change is raised under
   <@sms.link "change-management-policy"/>.
3. **Analyse the cause.** The owner, with the people involved, reviews the nonconformity and establishes
   its root cause, using a technique suited to its complexity: five whys for a simple lapse, a cause and
   effect (Ishikawa) diagram or a timeline analysis for anything involving several teams or a supplier.
   The analysis asks whether people, the process design, the tools, the information available or a
   supplier contributed, and is completed within the timescale for the plan.
4. **Look for similar cases.** The owner checks whether the same nonconformity exists, or could occur, in
   other processes, services, teams or suppliers, and widens the action to include them.
5. **Decide on the action.** The owner proposes a corrective action that removes the root cause, with the
   tasks, the people responsible, the due date and the evidence that will show it has worked. The action
   must be proportionate to the effects of the nonconformity. The ${sms.manager.title} approves the plan
   for a minor nonconformity; the ${sms.topManagement.title} approves it for a major nonconformity or
   when it needs budget, staff or a change of policy. Where the evaluation concludes that no corrective
   action is needed, because the cause cannot recur and there are no similar cases, the reason is
   recorded and approved in the same way.
6. **Implement.** The owner carries out the action and records what was done and when. Changes to
   documents follow <@sms.link "documented-information-control"/>; changes to services and configuration
   items follow change management.
7. **Check effectiveness.** After the action has been in place for the period shown in the grading table,
   the ${sms.manager.title} (or the auditor who raised the finding) checks the evidence: records of the
   process since the change, a repeat sample, or a follow-up audit. If the nonconformity or a similar one
   has recurred, the action is not effective: the record is reopened and the analysis repeated from step 3.
8. **Update risks and the SMS.** The owner and the ${sms.manager.title} update the risks and opportunities
   in <@sms.link "sms-plan"/> where the nonconformity revealed a new risk or a wrong rating, and make any
   other change the SMS needs, such as to objectives, training or supplier controls.
9. **Close and report.** The ${sms.manager.title} closes the record once effectiveness has been confirmed.
   Open, overdue and closed nonconformities, their sources and the trends are reported monthly in the SMS
   performance report described in <@sms.link "monitoring-and-reporting"/>, and at every management
   review, as described in <@sms.link "management-review"/>.
@@preventiveActionTitle
Preventive action
@@preventiveAction
A nonconformity that has not yet occurred but is likely to is handled as a preventive action. Potential
nonconformities are found in the trends of incidents, problems and complaints, in the risk assessment of
<@sms.link "sms-plan"/>, in audit observations and in similar cases found while analysing a nonconformity
(step 3). Each is recorded in the corrective action register as a preventive action, graded like a minor
nonconformity and taken through steps 3 to 9: its cause is analysed, an action is decided, approved,
implemented and checked for effectiveness, and the record is closed and reported in the same way.
@@inputsOutputsTitle
Inputs and outputs
@@inputsOutputs
| Inputs | Outputs |
|---|---|
| Audit reports and findings | Corrective action register entries |
| Service complaints and customer feedback | Corrections and corrective actions |
| Service reports and process measures | Root-cause analyses |
| Supplier review outcomes | Requests for change and document changes |
| Major-incident and problem reviews | Updated risks and opportunities |
| Management review decisions | Nonconformity status and trend reports |
@@recordsTitle
Records
@@records
The corrective action register is kept in the SMS document library under the controls of
<@sms.link "documented-information-control"/>. For each nonconformity it holds the nature of the
nonconformity, the evidence, the grade, the correction, the root-cause analysis, the corrective action
taken, the approvals, and the result of the effectiveness check.

| Record | Owner | Retention |
|---|---|---|
| Corrective action register | ${sms.manager.title} | permanent, entries kept 6 years after closure |
| Root-cause analyses and supporting evidence | Process owner | 6 years after closure |
| Evidence of effectiveness checks | ${sms.manager.title} | 6 years after closure |
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
