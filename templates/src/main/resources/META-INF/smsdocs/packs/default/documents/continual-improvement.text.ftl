<#-- The words of the continual improvement procedure (English); its structure is continual-improvement.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how ${org.name} continually improves the suitability, adequacy and effectiveness of
its service management system (SMS) and of the services it delivers. It states the continual improvement
policy, where improvement opportunities come from, how they are evaluated and approved, and how each
approved improvement is planned, implemented, measured and reported through <@sms.link "improvement-register"/>.
@@scopeTitle
Scope
@@scope
The procedure applies to improvements of any part of the SMS: its policies, objectives, plans and
processes, the services in scope and their service level targets, the tools that support them, and the
arrangements with suppliers and customers. Corrective actions that follow a nonconformity are managed
under <@sms.link "nonconformity-and-corrective-action"/>; an improvement identified during a root-cause
analysis that goes beyond removing the cause is entered in the improvement register.
@@policyTitle
Continual improvement policy
@@policy
The ${sms.topManagement.title} of ${org.name} is committed to improving the SMS and the services
continually, not only when something has gone wrong. To this end ${org.name}:

- looks actively for opportunities to improve, from customers, staff, suppliers, audits, reviews and the
  measurement of services and processes;
- records every opportunity in one improvement register, so that none is lost and every decision can be
  traced;
- evaluates each opportunity against the published criteria in this procedure, so that decisions are
  consistent and the effort goes where the benefit is greatest;
- gives priority to improvements that help meet the service management objectives and the commitments
  made to customers;
- provides the people, time and budget that approved improvements need, through the SMS plan and the
  management review;
- measures whether each improvement achieved the benefit expected of it, and reports the results;
- involves the staff who do the work in identifying and designing improvements.
@@policySupport
This policy supports the commitment to continual improvement made in
<@sms.link "service-management-policy"/>. It is reviewed with this procedure at least every
${sms.documentControl.reviewIntervalMonths} months, and whenever the management review changes the
service management objectives.
@@rolesTitle
Roles and responsibilities
@@ownerDuties
Owns this procedure.
@@topManagerDuties
Sets the continual improvement policy; owns the improvement register; evaluates and prioritises opportunities; approves improvements at every level; provides the resources; reports progress and benefits at management review.
@@topDuties
Sets the continual improvement policy; approves improvements above the authority of the ${sms.manager.title}; provides the resources; reviews progress and benefits at management review.
@@managerDuties
Owns the improvement register; checks and evaluates new entries with the process owners; approves improvements within their authority; tracks progress and reports monthly and at management review.
@@processOwners
Process owners evaluate opportunities that concern their processes, approve those within their own
authority, and lead or assign the implementation. Every member of staff may raise an improvement
opportunity at any time.
@@sourcesTitle
Sources of improvement opportunities
@@sourcesTable
| Source | Captured by | When |
|---|---|---|
| Opportunities for improvement from internal and external audits | Lead auditor | After each audit, see <@sms.link "internal-audit"/> |
| Management review decisions | ${sms.manager.title} | After each review, see <@sms.link "management-review"/> |
| Customer satisfaction surveys, service reviews with customers, complaints and compliments | ${brm.owner.title} | After each survey or service review |
| Trends in service reports and service management objectives | ${reporting.owner.title} | Monthly |
| Problem investigations and known errors | ${problem.owner.title} | When a problem is closed or reviewed |
| Major-incident reviews | ${incident.owner.title} | After each major incident |
| Supplier performance reviews | ${supplierManagement.owner.title} | After each supplier review |
| Capacity and demand forecasts, and new technology | ${capacity.owner.title} | At each capacity plan update |
| Root-cause analyses of nonconformities | ${sms.manager.title} | When a corrective action is closed |
| Opportunities in the risk and opportunity register | ${sms.manager.title} | At each risk review |
| Suggestions from staff | Any member of staff | At any time |
@@opportunitiesFromRisks
Each opportunity recorded in <@sms.link "risk-register"/> is an entry of <@sms.link "improvement-register"/>,
owned by the owner of the opportunity, where it awaits evaluation under this procedure.
@@preventiveAction
Where an opportunity shows a nonconformity that is likely to occur, its cause is removed by a preventive action
under <@sms.link "nonconformity-and-corrective-action"/>, before it becomes a nonconformity; improvements
that do not prevent a nonconformity follow this procedure.
@@criteriaTitle
Evaluation criteria
@@criteria
Every opportunity is scored against five criteria, each from 1 (least favourable) to 5 (most favourable):

| Criterion | Question asked | Scores 5 when | Scores 1 when |
|---|---|---|---|
| Benefit | How much does it improve service quality, customer experience or efficiency? | Noticeable improvement for customers or a large saving of effort | Marginal or unclear benefit |
| Alignment with objectives | Does it help meet a service management objective or a customer commitment? | Directly moves a measure of an objective or a service level target | No link to any objective or commitment |
| Risk reduction and compliance | Does it reduce a recorded risk or strengthen compliance with a requirement? | Treats a high risk or closes a compliance weakness | No effect on risks or compliance |
| Cost and effort | How much money and staff time does it need? | Up to 2 person-days and no spending | More than 40 person-days or spending outside the approved budget |
| Implementation risk | How likely is it to disrupt services or fail? | Simple, reversible, no effect on live services | Complex, hard to reverse, affects live services |
@@priorityLevels
The total score (out of 25) sets the priority:

- **High (20 to 25):** planned within one month and started as soon as resources allow.
- **Medium (14 to 19):** planned and scheduled within the quarter.
- **Low (13 or less):** kept in the register and evaluated again at the next management review, or
  rejected with the reason recorded.

Opportunities that a legal, regulatory or contractual requirement makes necessary are given high priority
whatever their score.
@@objectivesIntro
Alignment is judged against the current service management objectives:
@@objectivesHeader
| Objective | Target |
|---|---|
@@approvalTitle
Approval
@@approvalTable
| Approved by | When the improvement |
|---|---|
| Owner of the process concerned | stays within one process, needs no more than 5 person-days and no spending, and does not change services as customers see them |
| ${sms.manager.title} | involves several processes, or needs up to 20 person-days, or spending within the approved SMS budget |
| ${sms.topManagement.title} | needs more than 20 person-days or spending outside the approved budget, or changes the service management policy, the objectives, the scope of the SMS or a customer agreement |
@@changeApproval
An improvement that changes a service or a configuration item is also subject to change approval under
<@sms.link "change-management-policy"/>. A new service or a change with major impact on a service follows
<@sms.link "design-build-transition"/>.
@@lifeCycleTitle
Improvement life cycle
@@lifeCycle
1. **Identify.** Anyone who sees an opportunity describes it: what would change, what it would improve
   and how the improvement could be measured.
2. **Record.** The ${sms.manager.title} enters it in the improvement register within five working days,
   with a reference, the date, the source, the person who raised it and the process or service
   concerned, and acknowledges it to the person who raised it. Duplicates are merged.
3. **Evaluate.** Within twenty working days the process owner, with the ${sms.manager.title}, scores the
   opportunity against the evaluation criteria and estimates effort, cost and expected benefit.
4. **Approve.** The approver shown in the approval table accepts, defers or rejects the opportunity. The
   decision and its reason are recorded and given to the person who raised it.
5. **Prioritise.** Approved improvements are ranked by priority and score. The ${sms.manager.title}
   reviews the ranking every month with the process owners and balances it against the resources
   available.
6. **Plan.** The improvement owner plans the tasks, the people, the due dates and any request for
   change, and records the baseline of the measure and the target that will show success.
7. **Implement.** The owner carries out the plan and reports progress monthly. Documents that change are
   updated under <@sms.link "documented-information-control"/>.
8. **Measure.** One to three months after implementation, the owner measures the result against the
   baseline and the target. An improvement that has not met its target is either given further actions or
   closed with the lesson recorded.
9. **Report.** The ${sms.manager.title} reports the status of the register monthly in the SMS performance
   report described in <@sms.link "monitoring-and-reporting"/>, and presents to each management review the
   improvements approved, completed, rejected and overdue, and the benefits measured.
@@registerTitle
The improvement register
@@register
The <@sms.link "improvement-register"/> is kept in the SMS document library. Each entry holds:

| Field | Content |
|---|---|
| Reference and date | Unique reference and the date the entry was raised |
| Raised by and source | Person and source from the sources table |
| Process or service | What the improvement concerns |
| Description | The change proposed and the reason for it |
| Evaluation | Score against each criterion, total score and priority |
| Decision | Approved, deferred or rejected, by whom, when and why |
| Owner and plan | Improvement owner, tasks, due dates and linked requests for change |
| Measure | Baseline, target and the date the result will be measured |
| Result | Benefit achieved and lessons learned |
| Status | Proposed, evaluated, approved, rejected, deferred, planned, in progress, implemented, closed |

An entry is closed once its result has been measured and reported, or when it is rejected.
@@recordsTitle
Records
@@records
| Record | Owner | Retention |
|---|---|---|
| Improvement register, including rejected and deferred entries | ${sms.manager.title} | permanent, entries kept 3 years after closure |
| Evaluations, approvals and improvement plans | ${sms.manager.title} | 3 years after closure |
| Measurement of the results of improvements | Improvement owner | 3 years after closure |
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
