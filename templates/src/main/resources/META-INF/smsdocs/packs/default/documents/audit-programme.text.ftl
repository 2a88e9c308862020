<#-- The words of the internal audit programme (English); its structure is audit-programme.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This register is the internal audit programme of ${org.name} for the three-year certification cycle: every
area of the service management system (SMS), who is audited, how the area is rated for risk, and the
years in which it is audited. How audits are planned, carried out and reported, and how the ratings are
set, is described in <@sms.link "internal-audit"/>.
@@programmeTitle
Programme
@@programme
Every area is audited at least once in the cycle; areas rated higher risk are audited every year. Nobody
audits their own work:
@@oneAuditor
each area that is not the ${auditProgramme.auditors[0].title}'s own is audited by the
${auditProgramme.auditors[0].title}, the qualified internal auditor, and every other area by a qualified external auditor.
@@severalAuditors
each area is audited by one of the qualified internal auditors
(${sms.andList(auditProgramme.auditors?map(a -> a.title))}) who does not own it, and by a qualified external
auditor where each of them does.
@@auditCounts
This gives ${auditProgramme.yearCount[0]} audits in year 1, ${auditProgramme.yearCount[1]} in year 2 and ${auditProgramme.yearCount[2]} in year 3, of which
${auditProgramme.higherCount} are higher-risk areas audited every year. Year 1 starts on the date of the certification
decision
@@stage1Round
; before the stage 1 audit on ${certification.stage1}, one complete round of audits
covers every row once
@@maintainingTitle
Maintaining the programme
@@maintaining
The ${sms.manager.title} reviews the ratings before each yearly schedule is drawn up and after any
significant change to services, processes, suppliers or the organisation. The ${doc.approver.title}
approves the programme and each yearly schedule. Changes are reported to the next management review.
