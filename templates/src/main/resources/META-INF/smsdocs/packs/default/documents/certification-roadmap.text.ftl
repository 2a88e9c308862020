<#-- The words of the certification roadmap (English); its structure is certification-roadmap.md.ftl. cert: the certification
     the roadmap aims at (roadmap.certification). -->
@@purposeTitle
Purpose
@@purpose cert
This roadmap sets out the steps by which ${org.name} obtains and keeps certification of its service
management system (SMS) against ${cert.standard}, with the date of each step, and the checklist that shows
whether the SMS is ready for the certification audit. The work that leads up to the audit is in
<@sms.link "implementation-plan"/>.
@@howTitle
How certification works
@@how cert
Certification is granted by an accredited certification body<#if certification.body??>, here ${certification.body}</#if>,
which audits to ISO/IEC 17021-1 and to ISO/IEC 20000-6, the requirements for bodies that certify service
management systems. ISO/IEC 20000-6 adds nothing to what ${cert.standard} asks of ${org.name}.

- **Initial audit in two stages.** Stage 1 reviews the documents, the scope and whether the SMS is ready:
  in particular whether an internal audit and a management review have taken place. It also plans stage 2.
  Stage 2 audits whether the SMS is implemented and effective, on site and through interviews and records.
- **Three-year cycle.** The cycle starts with the certification decision. Surveillance audits take place
  at least once a year in years one and two, the first within 12 months of the decision; a recertification
  audit in year three renews the certificate before it expires. A significant change to the SMS can bring a
  stage 1 into the recertification, and the body may carry out short-notice audits.
@@transitionTitle cert
Transition to ${cert.standard}
@@transitionIntro cert
This SMS is documented to ${sms.standard}, but certificates are no longer issued against that edition. The
transition to ${cert.standard} began on ${cert.transitionStart}; since ${cert.newCertificatesFrom} every new
certification and every recertification has been against the ${cert.edition} edition, and certificates to the
${cert.smsEdition} edition lost their validity after ${cert.oldCertificatesUntil}. ${org.name} is therefore
certified against ${cert.standard}: every audit in the timeline is held against that edition, and no certification audit
against the ${cert.smsEdition} edition is planned.

The documents keep the structure and the terms of the ${cert.smsEdition} edition. The transition adds what the
${cert.edition} edition asks for beyond them, in four steps:
@@gapStep cert
1. **Gap assessment against the ${cert.edition} edition.** The gap assessment of the project initiation
   (INIT-02<#if cert.gapAssessmentEnd??>, until ${cert.gapAssessmentEnd}</#if>) rates the SMS against the ${cert.edition} clauses as well,
   so that what the ${cert.edition} edition adds is known before it is planned.
@@addedLead cert
2. **Requirements the ${cert.edition} edition adds.**
@@addedPlanned
The implementation plan schedules them as
   transition work; they are listed after these steps.
@@addedNone
The gap assessment found none that the plan does not
   already cover.
@@laterSteps cert
3. **Changed vocabulary.** The ${cert.edition} edition renamed some terms, for example "service provider" to
   "organization" and "supplier" to "external supplier". <@sms.link "glossary"/> maps each term used here to its
   ${cert.edition} term, so that the documents can be audited against the ${cert.edition} edition as they stand.
4. **Certification audit against the ${cert.edition} edition.** Stage 1 and stage 2 audit the SMS against
   ${cert.standard}; the certificate, its surveillance audits and its recertification are all to that edition.
@@activitiesHeader cert
| Transition activity | ${cert.edition} clauses | Start | End |
|---|---|---|---|
@@timelineTitle
Timeline
@@weeksNote
No start date is recorded, so the timeline is shown in weeks from the start of the implementation project.
@@timelineIntro
A step is marked done only when the certification records in the SMS master data say it has taken place,
on the day they give; every other date is planned: recorded there in advance, or computed by the rule shown.
@@timelineHeader
| Step | Date | State | How the date is set |
|---|---|---|---|
@@stagesTitle
Stage 1 and stage 2
@@stages
For stage 1 the ${sms.manager.title} provides ${certification.body!"the certification body"} with the scope statement, the service management
policy and plan, the document register and the records of the internal audit and of the management review.
Concerns raised at stage 1 are closed before stage 2; one that cannot be closed in time moves the stage 2
date. For stage 2 the process owners are available for interview, and the records of each process are
ready to be sampled.
@@nonconformitiesTitle
Nonconformities
@@gradesIntro
Each finding of the audit team is graded:
@@gradesTable
| Grade | What it means | What ${org.name} must do |
|---|---|---|
| Major nonconformity | A requirement is not met in a way that puts in doubt the SMS's ability to achieve its intended results, for example a process that is not operated at all | Correct it, remove its cause, and have the correction verified by ${certification.body!"the certification body"} (by a further visit or by evidence) before certification can be granted |
| Minor nonconformity | A requirement is not fully met, but the SMS still achieves its intended results | Submit an action plan that ${certification.body!"the certification body"} accepts before the decision; the action is verified at the next audit |
| Opportunity for improvement | Not a nonconformity | Considered under continual improvement |
@@nonconformitiesHandled
Every nonconformity is recorded and handled under <@sms.link "nonconformity-and-corrective-action"/>, with
its correction, cause and corrective action, like any internal finding.
@@decisionTitle
Certification decision, surveillance and recertification
@@decision
${(certification.body!"the certification body")?cap_first} decides on certification from the audit team's report once major nonconformities are
verified as closed and the action plans for minor ones are accepted. The certificate names the scope of the
SMS exactly as the scope statement does. Surveillance audits sample the SMS each year, always covering
internal audit, management review, corrective action, complaints and the use of the certificate. The
recertification audit reviews the whole SMS over the cycle and must be completed, with its nonconformities
resolved, before the certificate expires.
@@readinessTitle
Readiness checklist
@@notReady openCount itemCount
${openCount} of ${itemCount} items are still open: the SMS is not yet ready for the stage 1 audit.
@@ready
Every item is met: the SMS is ready for the stage 1 audit.
@@readinessHeader
| Item | State | Evidence or gap |
|---|---|---|
@@readinessNote
The checklist follows the gap assessment and the certification records in the SMS master data; it is
brought up to date with every issue of the document set.
