<#--
id: implementation-plan
title: SMS Implementation Plan
kind: plan
code: PLN-04
order: 125
workbook: true
clauses: ["6.2.2", "6.3"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.2"]}
related: ["sms-plan", "certification-roadmap", "capability-assessment", "traceability-matrix", "internal-audit", "management-review"]
-->
<@sms.section title="Purpose" clauses=["6.3"] clauses2011=["4.5.2"]/>

This plan sets out how ${org.name} will establish its service management system (SMS) and bring it to
certification against ${roadmap.certification.standard}<#if roadmap.certification.transition> (the SMS is documented to ${sms.standard};
the work the ${roadmap.certification.edition} edition adds is planned as transition work, see <@sms.link "certification-roadmap"/>)</#if>. It follows the phased approach of ISO/IEC TR 20000-5: a business case
and project initiation, three implementation phases, and post-implementation. The activities, their
effort and their dates are computed from the organisation's own gap assessment, so the plan shows the work
that is actually left, not a generic checklist.

<@sms.section title="Basis of the plan"/>

<#if implementation.gaps?has_content>
The gap assessment rated ${implementationPlan.assessed.total} clause<#if implementationPlan.assessed.total != 1>s</#if> of ${sms.standard}:
${implementationPlan.assessed.implemented} implemented, ${implementationPlan.assessed.partial} partly in place and ${implementationPlan.assessed.missing} missing. A clause that was
not rated takes the rating of the nearest rated clause above it, and is treated as missing when there is
none, so that no requirement is assumed to be met without evidence.

| Clause | Title | Assessment | Note |
|---|---|---|---|
<#list implementation.gaps as g>
| ${g.clause} | ${clauseTitle[g.clause]!""} | ${sms.word(g.status)} | ${g.note!"–"} |
</#list>
<#else>
No gap assessment is recorded yet, so every requirement is treated as missing and the plan shows the full
programme. Recording the assessment (implementation.gaps) shortens or removes the activities for what is
already in place.
</#if>

The effect on the plan:

- activities whose clauses are all implemented are not needed and are listed under
  "Activities not needed";
- activities whose clauses are partly in place<#if (implementationPlan.shortenedCount > 0)> (${implementationPlan.shortenedCount} in this plan)</#if>
  are shortened to half their effort;
- governance, audit and review activities always stay in the plan, whatever the assessment.

Building out the SMS needs ${implementationPlan.buildOutEffortDays} days of effort, against ${implementationPlan.fullEffortDays} days for an organisation
starting from nothing<#if (implementationPlan.capabilityEffortDays > 0)>; raising process capability to the target levels adds
${implementationPlan.capabilityEffortDays} days, ${implementationPlan.effortDays} days in all</#if>.
<#if implementationPlan.dated>
It runs from ${implementationPlan.start} to ${implementationPlan.end}.
<#else>
No start date is recorded (implementation.start or sms.effectiveDate), so the schedule is shown in weeks
from the start of the project.
</#if>

<@sms.section title="How the plan is scheduled"/>

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

<#include "/sections/implementation-stages.ftl">
<@sms.section title="Workload of the owners"/>

The table shows each owner's share of the plan, the owner with the most work first. No owner carries more
than their capacity on any working day.
<#if implementationPlan.capacityExtends>
If every owner had unlimited time, the same activities would end <#if implementationPlan.dated>on<#else>in</#if>
${implementationPlan.endWithoutCapacityLimits} instead of ${implementationPlan.end}.
</#if>

| Owner | Capacity | Activities | Effort (days) | Working days busy | Peak daily load | Last activity ends |
|---|---|---|---|---|---|---|
<#list implementationPlan.owners as o>
| ${o.title} | ${sms.pct(o.capacity)}<#if !o.capacityGiven> (assumed)</#if> | ${o.activities} | ${o.effortDays} | ${o.busyDays} | ${sms.pct(o.peakLoad)} | ${o.lastEnd} |
</#list>

<#if implementationPlan.owners?filter(o -> !o.capacityGiven)?has_content>
An assumed capacity is not recorded for the role in the SMS master data: the plan then counts on half of its
working time. Recording each owner's real share makes the dates hold.

</#if>
<#if implementationPlan.gantt??>
<@sms.section title="Schedule"/>

![Gantt chart of the implementation plan: one bar per activity, coloured by phase, with the milestones](${implementationPlan.gantt})

Each bar spans the working days of one activity; the colour shows its phase and a lighter shade marks a
shortened activity. The diamonds are the milestones below.

</#if>
<@sms.section title="Milestones" clauses=["9.2", "9.3"]/>

| Milestone | Date | Basis |
|---|---|---|
<#list implementationPlan.milestones as m>
| ${m.title} | ${m.date} | ${m.basis} |
</#list>

<#if implementationPlan.warnings?has_content>
The planned dates conflict with the plan in these places; move the date or bring the work forward:

<#list implementationPlan.warnings as w>
- ${w}
</#list>

</#if>
<#if implementationPlan.dropped?has_content>
<@sms.section title="Activities not needed"/>

These activities of the standard programme are left out because the gap assessment found their clauses
already implemented<#if sms.edition == "2011">, or because the 2011 edition has no such requirement</#if>.

| ID | Activity | Reason |
|---|---|---|
<#list implementationPlan.dropped as a>
| ${a.id} | ${a.title} | ${a.reason?cap_first} |
</#list>

</#if>
<#if implementationPlan.capability.actions?has_content>
<@sms.section title="Capability improvement"/>

The capability self-assessment in <@sms.link "capability-assessment"/> set target levels above the current
ones. Each level to be reached is an activity of this plan (the CAP activities above), owned by the process
owner and scheduled after the process itself is in place.

</#if>
<@sms.section title="Managing the plan" clauses=["6.3"] clauses2011=["4.5.2"]/>

The ${sms.manager.title} manages this plan as a project. Progress against the dates is reviewed every two
weeks with the activity owners and reported monthly to the ${sms.topManagement.title}. When the gap
assessment or an owner's capacity changes, it is recorded in the SMS master data and the plan is reissued,
so the activities and dates always follow the current state of the SMS. Changes to milestones agreed with
the certification body need the approval of the ${sms.topManagement.title}.

<@sms.section title="Activity list"/>

Every activity of the plan in one table, for tracking in a spreadsheet.

| ID | Phase | Activity | Clauses | Owner | Start | End | Depends on | Status |
|---|---|---|---|---|---|---|---|---|
<#list implementationPlan.activities as a>
| ${a.id} | ${a.phase} | ${a.title} | <#if a.clauses?has_content>${a.clauses?join(", ")}<#else>–</#if> | ${a.ownerTitle} | ${a.start} | ${a.end} | <#if a.dependsOn?has_content>${a.dependsOn?join(", ")}<#else>–</#if> | ${a.status} |
</#list>
