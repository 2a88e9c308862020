<#-- The words of the improvement register (English); its structure is improvement-register.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This register records the opportunities to improve the service management system (SMS) and the services of
${org.name}: where each came from, how it was evaluated, what was decided, who owns it, when it is due and where it
stands. How opportunities are raised, evaluated, approved and followed up is set out in
<@sms.link "continual-improvement"/>; this register is where that procedure records them.
@@purposePreventive
It also records preventive actions: actions that remove the cause of a potential nonconformity before it occurs.
@@howEntriesTitle
How entries are made
@@howEntries y2011
- **Sources.** Entries come from internal and external audits, management reviews, incidents and problems,
  customer feedback (service reviews, satisfaction surveys and complaints), supplier reviews, the opportunities in
  <@sms.link "risk-register"/>, the gap assessment shown in <@sms.link "traceability-matrix"/>, and suggestions from
  staff.
- **Recording.** The ${sms.manager.title} enters each opportunity<#if y2011> or preventive action</#if> within five
  working days with the next reference (IMP-nn), its source, a description, the process or service concerned and
  its owner. Corrective actions after a nonconformity are recorded under
  <@sms.link "nonconformity-and-corrective-action"/>; an improvement that goes beyond removing the cause is entered
  here.
- **Evaluation.** The owner scores the entry against the criteria of the continual improvement procedure
  (benefit, alignment with objectives, risk reduction, cost and effort, implementation risk); the total score sets
  its priority, and the effort estimate is recorded with it.
- **Decision.** The approver that the procedure names for its size approves, defers or rejects it; the decision,
  the reason and the target date are recorded.
- **Status.** Proposed, evaluated, approved, rejected, deferred, planned, in progress, implemented, closed. An
  entry is closed once its result has been measured and reported, or when it is rejected.
@@derivedTitle
Entries derived from the risk register and the gap assessment
@@derived y2011
The SMS master data holds no improvement records yet. The register therefore starts with the entries that follow
from two sources, by these rules:

- **Opportunities of the risk and opportunity register.** Each opportunity in <@sms.link "risk-register"/> is an
  entry, owned by its owner and awaiting evaluation. Until it is scored, its priority is the level the risk
  register gives it from its likelihood and its benefit.<#if improvementRegister.risksMark?has_content> The risk
  register still holds its starter risks and opportunities${improvementRegister.risksMark}; these entries change
  with it.</#if>
- **Open gaps of the gap assessment.** Each clause the gap assessment rates as not in place or partly in place is
  an entry<#if y2011>, recorded as a preventive action: closing it removes what would otherwise be a
  nonconformity at the certification audit</#if>. Its priority is high when the clause is not in place and medium
  when it is partly in place. It is planned by the activities of <@sms.link "implementation-plan"/> that build the
  clause out: they give its effort, its owner (the owner of the activity that ends last) and its target date (the
  end of that activity). A clause that no activity builds out is owned by the ${sms.manager.title} and awaits
  evaluation.

Both priorities are provisional: once an entry is scored against the criteria of the procedure, the score sets
its priority.
@@registerTitle
Register
@@registerHeader2011
| Ref | Type | Source | Opportunity | Benefit | Effort | Priority | Decision | Owner | Target date | Status |
|---|---|---|---|---|---|---|---|---|---|---|
@@registerHeader
| Ref | Source | Opportunity | Benefit | Effort | Priority | Decision | Owner | Target date | Status |
|---|---|---|---|---|---|---|---|---|---|
@@opportunityRow e y2011
| ${e.ref} |<#if y2011> Improvement |</#if> Risk and opportunity register, ${e.riskId} | ${e.description}<#if e.action??>. Proposed action: ${e.action}</#if> | ${sms.word(e.benefit)} | To be estimated | ${sms.word(sms.riskLevel(e.likelihood, e.benefit)?lower_case)} | Awaiting evaluation | ${e.owner.title} | Set on approval | Proposed |
@@gapRow e y2011
| ${e.ref} |<#if y2011> Preventive action |</#if> Gap assessment, clause ${e.clause} | <#if e.status == "missing">Put in place: ${e.clause} ${e.clauseTitle}<#else>Complete: ${e.clause} ${e.clauseTitle}</#if><#if e.note??> (${e.note})</#if> | Conformity with clause ${e.clause} | <#if e.planned>${e.effortDays} working days (${e.activities?join(", ")})<#else>To be estimated</#if> | ${sms.word(e.priority)} | <#if e.planned>Planned in the implementation plan<#else>Awaiting evaluation</#if> | ${e.owner.title} | ${e.targetDate!"Set on approval"} | <#if e.planned>Planned<#else>Proposed</#if> |
@@noEntries
No entry yet: the risk register holds no opportunity and the gap assessment no open gap. The first entries are
made as described above.
@@reviewTitle
Review of the register
@@review
The register is a living record: owners update their entries as they progress. The ${sms.manager.title} reviews it
every month with the process owners, ranking the approved entries against the resources available, and presents
it to each management review (<@sms.link "management-review"/>): the entries approved, completed, rejected and
overdue, and the benefits measured.
