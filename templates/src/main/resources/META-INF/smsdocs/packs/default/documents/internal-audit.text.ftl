<#-- The words of the internal audit procedure (English); its structure is internal-audit.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how ${org.name} plans and carries out internal audits of its service management
system (SMS). Internal audits give top management independent evidence of whether the SMS meets the
requirements of ${sms.standard} and the organisation's own policies, procedures and agreements, and
whether it is working as intended in day-to-day practice. The procedure covers the audit programme, the
choice of auditors, each audit from planning to follow-up, the grading of findings and the records kept.
@@scopeTitle
Scope
@@scope
The procedure applies to every clause of ${sms.standard} and every service management process in the scope
of the SMS, as described in <@sms.link "sms-scope"/>. It applies to activities carried out by
${org.name} and to processes or parts of processes operated for it by other parties<#if externalSuppliers?has_content> (${sms.andList(externalSuppliers?map(s -> s.name))})</#if>, which
are audited through the controls ${org.name} applies to them. Audits by the certification body<#if certification.body?has_content> (${certification.body})</#if>,
by customers and by other external parties are not covered here, but their findings are handled in the same
way as internal findings (see step 7 below).
@@rolesTitle
Roles and responsibilities
@@approverDuties
Approves the audit programme and each yearly schedule.
@@topManagementAsManagerDuties
Manages the programme, appoints auditors and keeps the audit records; receives audit results and makes sure the resources for audits and for correcting findings are available.
@@topManagementDuties
Receives audit results at management review; makes sure the resources for audits and for correcting findings are available.
@@managerDuties
Manages the audit programme; appoints the auditors of each audit; keeps the list of qualified auditors and the audit records; reports programme status monthly and at management review.
@@auditGroups
Two further groups take part in every audit:

- **Lead auditor and auditors.** Plan and carry out the audit, grade the findings, write the report and
  verify that corrective actions have been completed. They are drawn from the list of qualified auditors
  kept by the ${sms.manager.title}, or contracted from an external provider.
- **Auditees.** The owner of the audited process (named in the programme below) makes staff, records and
  tools available, agrees the findings at the closing meeting and owns the correction and corrective
  action of each nonconformity.
@@principlesTitle
Principles
@@principles
- Audits are planned, announced in advance and based on evidence: a finding is written only when it can be
  traced to a record, an observation or a statement that the auditee has confirmed.
- Nobody audits their own work. The owner of a process never audits that process, and the audit of internal
  audit itself is carried out by an auditor who is independent of the ${sms.manager.title}.
- The audit criteria are ${sms.standard}, the documents of this SMS, the service level agreements, the
  contracts with suppliers, and applicable legal and regulatory requirements.
- Audits look at how the process works in practice and whether it achieves its results, not only whether
  a document exists.
- Findings are reported without blame. Their purpose is to improve the SMS, not to assess individuals.
@@programmeTitle
Audit programme
@@programme
The audit programme covers the three-year certification cycle: the two surveillance years and the
recertification year. Every area of the SMS is audited at least once in each cycle. Areas rated higher risk
are audited every year. An area is rated higher risk when any of the following applies:

- it governs the SMS as a whole, or it is the internal check of the SMS itself (<#if sms.edition == "2011">clauses 4.1, 4.2, 4.5.4 and 4.5.5<#else>clauses 4 to 6, 9.1 to 9.3 and 10</#if>);
- a failure in the process directly interrupts services or exposes information (service level management,
  change management, incident management, information security management, service continuity management);
- the process supports services rated high criticality in <@sms.link "service-catalogue"/>
  (${t.serviceAvailability} management);
- the gap analysis of the SMS implementation, an earlier audit or a management review found the
  requirements missing or only partly met.

An area rated higher risk because of a finding returns to the standard rating once two consecutive audits
have raised no nonconformity against it. The ${sms.manager.title} reviews the ratings before each yearly
schedule is drawn up and after any significant change to services, processes, suppliers or the
organisation, and presents changes at the next management review.
@@programmeCounts
This gives ${auditProgramme.yearCount[0]} audits in year 1, ${auditProgramme.yearCount[1]} in year 2 and ${auditProgramme.yearCount[2]} in year 3, of which
${auditProgramme.higherCount} are higher-risk areas audited every year. A process audit usually takes half a day; the audits
of <#if sms.edition == "2011">management responsibility and of monitoring, review and improvement of the SMS<#else>clauses 4 to 6 and of clauses 9.1 to 10</#if> take one day each.
@@firstRound
Year 1 of the cycle starts on the date of the certification decision. Before the initial certification
audit<#if certification.stage1?has_content> (stage 1 planned for ${certification.stage1}<#if certification.stage2?has_content>, stage 2 for ${certification.stage2}</#if>)</#if>,
a complete round of internal audits covers every row of the programme once, whatever its rating, so that the
certification body sees at least one full audit cycle with its findings followed up and reviewed by top
management.
@@yearlySchedule approver
By the end of the month before each programme year, the ${sms.manager.title} turns the programme into a
yearly schedule that assigns every audit to a quarter and names its lead auditor. The ${approver.title}
approves the schedule. Audits are moved only with the agreement of the ${sms.manager.title}, and never beyond
the end of the programme year; a cancelled audit is rescheduled within the same year and the reason is
recorded.
@@auditorsTitle
Selection, objectivity and competence of auditors
@@auditors
An internal auditor is qualified when all of the following apply:

- completed training in auditing management systems based on ISO 19011, of at least two days, and training
  in ${sms.standard};
- took part in at least two audits as an observer or co-auditor under a qualified lead auditor;
- understands service management practice and the services of ${org.name} well enough to judge the
  evidence.

A lead auditor has, in addition, led at least two audits under the observation of an experienced lead
auditor. The ${sms.manager.title} keeps the list of qualified auditors with the evidence of their
qualification, and reviews it every year. Auditors who have not audited for two years repeat an
observed audit before leading again.

For each audit the ${sms.manager.title} appoints a lead auditor and, where the area is large, one or two
auditors, checking that none of them has worked in the audited area in the last twelve months or is
responsible for it. Where no qualified internal auditor is independent of an area, the audit is contracted
to a qualified external auditor. Auditors declare any conflict of interest when they are appointed.
@@conductingTitle
Conducting an audit
@@conducting
1. **Plan.** At least ten working days before the audit, the lead auditor sends the auditee an audit plan
   that states the objective, the scope (process, services, sites and period covered), the criteria, the
   dates and times, the people to be interviewed and the records to be made available. The auditee
   confirms or proposes changes within three working days.
2. **Prepare.** The lead auditor reviews the process documents, the results of previous audits, open
   nonconformities, the relevant objectives and the recent service reports, and prepares a checklist of
   the requirements and the samples to be taken.
3. **Open.** An opening meeting with the auditee confirms the scope, the timetable, the method and how
   findings will be graded.
4. **Collect evidence.** The auditors interview the people who carry out the process, observe the work
   and examine records. Samples are taken from the audited period: typically ten to fifteen records of
   each type, or all records where there are fewer. Each finding is recorded with the evidence that
   supports it and confirmed with the auditee on the spot.
5. **Close.** At the closing meeting the lead auditor presents the findings and their grades. The auditee
   may challenge a finding with further evidence; a grade that cannot be agreed is decided by the
   ${sms.manager.title}, or by the ${sms.topManagement.title} where the ${sms.manager.title} is the auditee.
6. **Report.** The lead auditor issues the audit report within five working days of the closing meeting
   (see Reporting below).
7. **Follow up.** Each nonconformity is recorded in the corrective action register and handled as
   described in <@sms.link "nonconformity-and-corrective-action"/>. Observations are passed to the process
   owner, and opportunities for improvement are recorded in the improvement register described in
   <@sms.link "continual-improvement"/>. Findings of external audits are recorded and followed up in the
   same way.
8. **Verify and close.** When the process owner reports a corrective action as complete, the lead auditor
   (or another qualified auditor) checks the evidence that it has been implemented and is effective, and
   closes the finding. Where the evidence is not convincing, the finding stays open and is followed up at
   the next audit of the area.
@@gradingTitle
Grading of findings
@@reportingTitle
Reporting
@@auditReporting
The audit report states the scope, criteria, dates, auditors and auditees, the samples taken, a summary of
how well the area is working, each finding with its grade, the requirement concerned and the evidence, and
any area that could not be audited and why. It goes to the process owner and the ${sms.manager.title}.
A summary of every audit of the period, the status of all open findings and the progress of the programme
are inputs to the management review described in <@sms.link "management-review"/>. Any major
nonconformity is reported to the ${sms.topManagement.title} within two working days of the closing meeting,
without waiting for the review.
@@recordsTitle
Records
@@records
Audit records are kept in the SMS document library under the controls of
<@sms.link "documented-information-control"/>.

| Record | Owner | Retention |
|---|---|---|
| Audit programme and yearly audit schedules, with their approvals | ${sms.manager.title} | 6 years (two certification cycles) |
| List of qualified auditors with evidence of training and experience | ${sms.manager.title} | 6 years after the auditor leaves the list |
| Audit plans, checklists and working notes | ${sms.manager.title} | 6 years |
| Audit reports | ${sms.manager.title} | 6 years |
| Findings, corrective actions and verification of their effectiveness | ${sms.manager.title} | 6 years after closure |
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
@@measuresReport
The ${sms.manager.title} reports these measures monthly in the SMS performance report described in
<@sms.link "monitoring-and-reporting"/>, and at every management review.
