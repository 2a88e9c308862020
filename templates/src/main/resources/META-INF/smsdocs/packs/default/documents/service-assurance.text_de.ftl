<#-- Die Texte des Verfahrens zur Servicesicherung (deutsch); die Struktur steht in service-assurance.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie ${org.name} den Kunden die Sicherheit gibt, dass die Services verfügbar
sind, wenn sie benötigt werden, und dass die ihnen anvertrauten Informationen geschützt sind. Es umfasst
das Serviceverfügbarkeitsmanagement und das Informationssicherheitsmanagement. Die Servicekontinuität als
dritter Bestandteil der Servicesicherung ist im <@sms.link "service-continuity-plan"/> geregelt; die
Verpflichtungen der obersten Leitung zur Informationssicherheit sind in der
<@sms.link "information-security-policy"/> festgelegt.
@@scopeTitle
Geltungsbereich
@@scopeServices
Das Verfahren gilt für alle Services im Anwendungsbereich des Servicemanagementsystems (SMS), für die
Konfigurationselemente, auf denen sie beruhen, sowie für die externen und internen Lieferanten, die zu
ihnen beitragen. Es handelt sich um folgende Services:
@@serviceItem s
- ${s.name} (verantwortlich: ${s.owner.title})
@@scopeNoServices
Das Verfahren gilt für alle Services im Anwendungsbereich des Servicemanagementsystems (SMS), für die
Konfigurationselemente, auf denen sie beruhen, sowie für die externen und internen Lieferanten, die zu
ihnen beitragen. Im Servicekatalog sind noch keine Services erfasst; jeder Service fällt unter dieses
Verfahren, sobald er in den Katalog aufgenommen wird, und sein Verfügbarkeitsziel wird vor der
Inbetriebnahme festgelegt.
@@scopeCovers
Es umfasst geplante und ungeplante Verfügbarkeitsverluste, Informationssicherheitsrisiken für die Services
und für das SMS, die Maßnahmen zur Behandlung dieser Risiken sowie alle Informationssicherheitsvorfälle,
unabhängig davon, ob sie von einem Benutzer gemeldet, durch die Überwachung erkannt oder von einem
Lieferanten mitgeteilt werden.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@availabilityDuties
Verantwortet den Prozess Serviceverfügbarkeitsmanagement; pflegt den Verfügbarkeitsplan; richtet die Überwachung ein; untersucht ungeplante Nichtverfügbarkeiten; berichtet monatlich über die Verfügbarkeit.
@@securityDuties ownerIsSecurityRole
<#if ownerIsSecurityRole>Verantwortet<#else>Handelt als Informationssicherheitsbeauftragter: verantwortet</#if> den Prozess Informationssicherheitsmanagement; führt die Beurteilung der Sicherheitsrisiken durch; pflegt das Maßnahmenregister; steuert Informationssicherheitsvorfälle.
@@continuityDuties
Verantwortet das Servicekontinuitätsmanagement und hält den Kontinuitätsplan mit dem Verfügbarkeitsplan und der Beurteilung der Sicherheitsrisiken in Einklang.
@@supplierDuties
Verankert Sicherheits- und Verfügbarkeitspflichten in den Lieferantenverträgen und verfolgt die Leistung der Lieferanten anhand dieser Pflichten.
@@managerDuties
Überprüft die Einhaltung dieses Verfahrens; bringt seine Ergebnisse in die Managementbewertung ein; stößt Verbesserungen an.
@@serviceOwners
Jeder Serviceverantwortliche vereinbart das Verfügbarkeitsziel seines Service mit den Kunden, genehmigt die
Maßnahmen zum Schutz des Service und wirkt an der Untersuchung jedes schwerwiegenden Ausfalls und jedes
Sicherheitsvorfalls mit, der den Service betrifft.
@@overviewTitle
Überblick über die Servicesicherung
@@overview
Die Servicesicherung verbindet drei Prozesse, die dieselben Risiken, Daten und Personen betreffen:

| Prozess | Verantwortlich | Beantwortete Frage | Maßgebliches Dokument |
|---|---|---|---|
| Serviceverfügbarkeitsmanagement | ${availability.owner.title} | Ist jeder Service verfügbar, wenn der Kunde ihn benötigt? | Dieses Verfahren und der Verfügbarkeitsplan |
| Servicekontinuitätsmanagement | ${continuity.owner.title} | Kann jeder Service nach einer schwerwiegenden Störung wiederhergestellt werden? | <@sms.link "service-continuity-plan"/> |
| Informationssicherheitsmanagement | ${security.owner.title} | Sind Vertraulichkeit, Integrität und Verfügbarkeit der Informationen geschützt? | <@sms.link "information-security-policy"/> und dieses Verfahren |

Die drei Prozesse arbeiten mit einem gemeinsamen Zyklus der Risikobeurteilung. Ein Verfügbarkeitsrisiko,
das einer der Prozesse feststellt, wird nur einmal im Risikoregister erfasst, das gemäß dem
<@sms.link "sms-plan"/> geführt wird, und von dem Prozess behandelt, der dafür am besten geeignet ist.
Jeder Änderungsantrag wird vor der Genehmigung auf seine Auswirkungen auf Verfügbarkeit, Kontinuität und
Sicherheit bewertet, wie im <@sms.link "design-build-transition"/> beschrieben.
@@inputsOutputsTitle
Eingaben und Ergebnisse
@@inputsOutputs
| Eingaben | Ergebnisse |
|---|---|
| Verfügbarkeitsanforderungen aus den Service-Level-Vereinbarungen | Verfügbarkeitsplan und Verfügbarkeitsziele |
| Überwachungsereignisse und Alarme | Verfügbarkeitsberichte je Service |
| Incident- und Problem-Aufzeichnungen | Untersuchungen ungeplanter Nichtverfügbarkeit |
| Asset- und Konfigurationsinformationen | Beurteilung der Sicherheitsrisiken und Einträge im Risikoregister |
| Lieferantenverträge und Leistungsdaten | Maßnahmenregister und Überprüfungen der Maßnahmen |
| Meldungen von Sicherheitsvorfällen | Aufzeichnungen zu Sicherheitsvorfällen und Erkenntnisse daraus |
@@recordsTitle
Aufzeichnungen
@@monitoringData
Überwachungsdaten zur Verfügbarkeit
@@monthlyResults
Monatliche Verfügbarkeitsergebnisse und Untersuchungen
@@availabilityPlanRecord
Verfügbarkeitsplan mit den zugehörigen Risikobeurteilungen
@@securityRiskAssessments
Beurteilungen der Informationssicherheitsrisiken
@@controlRegister
Maßnahmenregister und Überprüfungen der Maßnahmen
@@securityIncidentRecords
Aufzeichnungen zu Informationssicherheitsvorfällen und Auswertungen der Erkenntnisse
@@supplierSecurityReviews
Sicherheitsüberprüfungen der Lieferanten im Rahmen der Leistungsbewertungen
@@documentLibrary
SMS-Dokumentenbibliothek
@@months13
13 Monate
@@years3
3 Jahre
@@years3AfterSuperseded
3 Jahre nach Ersetzung
@@years6AfterClosure
6 Jahre nach Abschluss
@@years6AfterContract
6 Jahre nach Vertragsende
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
@@measuresReporting
Die Ergebnisse werden monatlich in den Serviceberichten ausgewiesen, die im
<@sms.link "monitoring-and-reporting"/> beschrieben sind, und durch ${reporting.owner.de.den} ${reporting.owner.title} mit den
Serviceverantwortlichen bewertet.
