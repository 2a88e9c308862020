<#-- Die Texte des Risiko- und Chancenregisters (deutsch); die Struktur steht in risk-register.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Register erfasst die Risiken und Chancen des Servicemanagementsystems (SMS) von ${org.name}: was das
SMS oder die Services daran hindern könnte, ihre beabsichtigten Ergebnisse zu erzielen, was sie dabei
unterstützen könnte, wie jedes Risiko und jede Chance bewertet und behandelt wird und wer dafür
verantwortlich ist. Wie Risiken identifiziert und überprüft werden, ist im <@sms.link "sms-plan"/>
festgelegt; Informationssicherheitsrisiken werden im Rahmen des Informationssicherheitsmanagements im
Einzelnen beurteilt
@@ratingMethodTitle
Bewertungsmethode
@@ratingMethod
Jedes Risiko wird unter Berücksichtigung der bestehenden Maßnahmen nach Eintrittswahrscheinlichkeit und
Auswirkung bewertet; die Matrix ergibt seine Risikostufe, und die Stufe bestimmt die Reaktion.
@@registerTitle
Register
@@noRisks
Es sind noch keine Risiken oder Chancen erfasst. Sie werden im jährlichen Planungsworkshop, bei jeder
Überprüfung des Registers und bei jeder Veränderung der Services, der Lieferanten oder der Organisation
identifiziert.
@@reviewTitle
Überprüfung
@@review
Die Risikoverantwortlichen überprüfen ihre Risiken ${cadence.riskReview.every} sowie nach jedem Incident, jeder
Auditfeststellung und jeder Änderung, die sie betrifft. ${sms.manager.de.Der} ${sms.manager.title} überprüft das gesamte
Register ${cadence.riskReview.every} und vor jeder Managementbewertung; diese erhält die hohen Risiken und die
Wirksamkeit der Behandlungsmaßnahmen zur Bewertung.
