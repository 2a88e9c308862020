<#-- The words of the SMS implementation plan (English); its structure is implementation-plan.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This plan sets out how ${org.name} will establish its service management system (SMS) and bring it to
certification against ${roadmap.certification.standard}<#if roadmap.certification.transition> (the SMS is documented to ${sms.standard};
the work the ${roadmap.certification.edition} edition adds is planned as transition work, see <@sms.link "certification-roadmap"/>)</#if>. It follows the phased approach of ISO/IEC TR 20000-5: a business case
and project initiation, three implementation phases, and post-implementation. The activities, their
effort and their dates are computed from the organisation's own gap assessment, so the plan shows the work
that is actually left, not a generic checklist.
@@basisTitle
Basis of the plan
@@gapsIntro
The gap assessment rated ${implementationPlan.assessed.total} clause<#if implementationPlan.assessed.total != 1>s</#if> of ${sms.standard}:
${implementationPlan.assessed.implemented} implemented, ${implementationPlan.assessed.partial} partly in place and ${implementationPlan.assessed.missing} missing. A clause that was
not rated takes the rating of the nearest rated clause above it, and is treated as missing when there is
none, so that no requirement is assumed to be met without evidence.

| Clause | Title | Assessment | Note |
|---|---|---|---|
@@noGaps
No gap assessment is recorded yet, so every requirement is treated as missing and the plan shows the full
programme. Recording the assessment (implementation.gaps) shortens or removes the activities for what is
already in place.
@@effectOnPlan
The effect on the plan:

- activities whose clauses are all implemented are not needed and are listed under
  "Activities not needed";
- activities whose clauses are partly in place<#if (implementationPlan.shortenedCount > 0)> (${implementationPlan.shortenedCount} in this plan)</#if>
  are shortened to half their effort;
- governance, audit and review activities always stay in the plan, whatever the assessment.
@@effortNeeded
Building out the SMS needs ${implementationPlan.buildOutEffortDays} days of effort, against ${implementationPlan.fullEffortDays} days for an organisation
starting from nothing<#if (implementationPlan.capabilityEffortDays > 0)>; raising process capability to the target levels adds
${implementationPlan.capabilityEffortDays} days, ${implementationPlan.effortDays} days in all</#if>.
@@runsFrom
It runs from ${implementationPlan.start} to ${implementationPlan.end}.
@@noStartDate
No start date is recorded (implementation.start or sms.effectiveDate), so the schedule is shown in weeks
from the start of the project.
@@schedulingTitle
How the plan is scheduled
@@scheduling
- The scope of the SMS is fixed before phase 1 and does not change from phase to phase; each phase builds
  on the one before.
- Each activity has an owner, an effort in days of the owner's work and the activities it depends on. It
  starts at the earliest on the working day after the last of them ends<#if implementationPlan.dated>, or on the start date of the project</#if>; weekends<#if (implementation.holidays)?has_content> and the recorded holidays</#if> are not counted.
- Some dependencies are fixed by how the processes work: configuration management before change and release
  management, because both rely on accurate ${t.configurationInformation}; service level management before
  service reporting, because reports measure the agreed targets; the policy before the scope, and the scope
  before the SMS plan; the audit programme before the first internal audit, and the audit before the first
  management review.
- Each owner gives the project a fixed share of their working time, their capacity (listed under "Workload
  of the owners"), and works on one activity at a time. An activity therefore spans its effort divided by
  that share, rounded up to whole working days: 5 days of effort at 50% take 10 working days. It starts on
  the first day on which its owner is free for its whole span, so no owner carries more than their capacity
  on any working day. Activities of different owners run in parallel.
- Dates fixed in advance, such as audit dates agreed with the certification body, are kept, and the other
  work is planned around them; a fixed date the work before it cannot meet is listed under the milestones.
@@workloadTitle
Workload of the owners
@@workloadIntro
The table shows each owner's share of the plan, the owner with the most work first. No owner carries more
than their capacity on any working day.
@@withoutCapacityLimits
If every owner had unlimited time, the same activities would end <#if implementationPlan.dated>on<#else>in</#if>
${implementationPlan.endWithoutCapacityLimits} instead of ${implementationPlan.end}.
@@workloadHeader
| Owner | Capacity | Activities | Effort (days) | Working days busy | Peak daily load | Last activity ends |
|---|---|---|---|---|---|---|
@@assumed
(assumed)
@@assumedCapacity
An assumed capacity is not recorded for the role in the SMS master data: the plan then counts on half of its
working time. Recording each owner's real share makes the dates hold.
@@ganttTitle
Schedule
@@ganttAlt
Gantt chart of the implementation plan: one bar per activity, coloured by phase, with the milestones
@@ganttLegend
Each bar spans the working days of one activity; the colour shows its phase and a lighter shade marks a
shortened activity. The diamonds are the milestones below.
@@milestonesTitle
Milestones
@@milestonesHeader
| Milestone | Date | Basis |
|---|---|---|
@@warningsIntro
The planned dates conflict with the plan in these places; move the date or bring the work forward:
@@droppedTitle
Activities not needed
@@droppedIntro
These activities of the standard programme are left out because the gap assessment found their clauses
already implemented<#if sms.edition == "2011">, or because the 2011 edition has no such requirement</#if>.

| ID | Activity | Reason |
|---|---|---|
@@capabilityTitle
Capability improvement
@@capability
The capability self-assessment in <@sms.link "capability-assessment"/> set target levels above the current
ones. Each level to be reached is an activity of this plan (the CAP activities above), owned by the process
owner and scheduled after the process itself is in place.
@@managingTitle
Managing the plan
@@managing
The ${sms.manager.title} manages this plan as a project. Progress against the dates is reviewed every two
weeks with the activity owners and reported monthly to the ${sms.topManagement.title}. When the gap
assessment or an owner's capacity changes, it is recorded in the SMS master data and the plan is reissued,
so the activities and dates always follow the current state of the SMS. Changes to milestones agreed with
the certification body need the approval of the ${sms.topManagement.title}.
@@activityListTitle
Activity list
@@activityListIntro
Every activity of the plan in one table, for tracking in a spreadsheet.

| ID | Phase | Activity | Clauses | Owner | Start | End | Depends on | Status |
|---|---|---|---|---|---|---|---|---|
