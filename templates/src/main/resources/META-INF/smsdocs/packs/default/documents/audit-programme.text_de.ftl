<#-- Die Texte des internen Auditprogramms (deutsch); die Struktur steht in audit-programme.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Register ist das interne Auditprogramm von ${org.name} für den dreijährigen Zertifizierungszyklus:
alle Bereiche des Servicemanagementsystems (SMS), die auditierten Stellen, die Risikoeinstufung jedes
Bereichs und die Jahre, in denen er auditiert wird. Wie Audits geplant, durchgeführt und berichtet werden
und wie die Einstufungen festgelegt werden, ist im <@sms.link "internal-audit"/> beschrieben.
@@programmeTitle
Programm
@@programme
Jeder Bereich wird mindestens einmal im Zyklus auditiert; Bereiche mit höherem Risiko werden jährlich
auditiert. Niemand auditiert die eigene Arbeit:
@@oneAuditor
<#local auditor = auditProgramme.auditors[0]>${auditor.de.Der} ${auditor.title}
${auditor.de.plural?has_content?then("auditieren", "auditiert")}, qualifiziert für interne Audits, jeden Bereich, für den ${auditor.de.er} nicht selbst verantwortlich
${auditor.de.plural?has_content?then("sind", "ist")}; jeden anderen Bereich auditiert ein qualifizierter externer Auditor.
@@severalAuditors
Jeder Bereich wird von einem der qualifizierten
internen Auditoren (${sms.andList(auditProgramme.auditors?map(a -> a.title))}) auditiert, der nicht für ihn
verantwortlich ist, und von einem qualifizierten externen Auditor, wenn alle für ihn verantwortlich sind.
@@auditCounts
Daraus ergeben sich ${auditProgramme.yearCount[0]} Audits im ersten Jahr, ${auditProgramme.yearCount[1]} im zweiten und ${auditProgramme.yearCount[2]} im
dritten Jahr; ${auditProgramme.higherCount} davon betreffen Bereiche mit höherem Risiko, die jedes Jahr auditiert werden. Das erste Jahr beginnt mit dem Datum der Zertifizierungsentscheidung
@@stage1Round
; vor dem Audit der Stufe 1 am ${certification.stage1} deckt eine vollständige Auditrunde
jede Zeile einmal ab
@@maintainingTitle
Pflege des Programms
@@maintaining
${sms.manager.de.Der} ${sms.manager.title} ${sms.manager.de.plural?has_content?then("überprüfen", "überprüft")} die Einstufungen, bevor der jeweilige Jahresplan erstellt wird, sowie
nach jeder wesentlichen Änderung an Services, Prozessen, Lieferanten oder der Organisation.
${doc.approver.de.Der} ${doc.approver.title} ${doc.approver.de.plural?has_content?then("genehmigen", "genehmigt")} das Programm und jeden Jahresplan. Änderungen werden der nächsten
Managementbewertung berichtet.
