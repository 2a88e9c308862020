<#-- Die Texte des Verfahrens für die Beziehungsprozesse (deutsch); die Struktur steht in relationship-processes.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie ${org.name} als ${t.provider} die Beziehungen zu den Kunden der Services
sowie zu den Lieferanten und internen Gruppen, die an der Erbringung mitwirken, aufbaut und pflegt, damit
die Zusagen gegenüber den Kunden verstanden, überprüft und durch die Zusagen anderer gedeckt sind.
@@scopeTitle
Geltungsbereich
@@scope
Das Verfahren umfasst jeden Kunden der Services im <@sms.link "service-catalogue"/>, die
Service-Reviews, die Messung der Kundenzufriedenheit und Servicebeschwerden sowie jeden Lieferanten
und jede interne Gruppe, die zu diesen Services beitragen. Die Vereinbarung von Service-Levels mit den
Kunden ist Teil des Service-Level-Managements und im <@sms.link "service-delivery-processes"/>
beschrieben.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@brmOwnerDuties
Verantwortet das Business-Relationship-Management; ist benannter Ansprechpartner jedes Kunden; führt Service-Reviews, die Zufriedenheitsumfrage und das Beschwerdeverfahren durch.
@@supplierOwnerDuties
Verantwortet das Lieferantenmanagement; führt das Lieferantenregister; steuert Verträge und Vereinbarungen; führt die Leistungsbewertungen der Lieferanten und das Verfahren für vertragliche Streitigkeiten durch.
@@slmOwnerDuties
Prüft, ob die Lieferantenverträge und internen Vereinbarungen die mit den Kunden vereinbarten Service-Level-Ziele unterstützen.
@@contractSigningDuties
Unterzeichnet oder ändert Lieferantenverträge im Rahmen des genehmigten Budgets.
@@topManagementDuties
Unterzeichnet Lieferantenverträge über das genehmigte Budget hinaus; ist letzte Eskalationsstufe für Beschwerden und Streitigkeiten.
@@recordsTitle
Aufzeichnungen
@@customerRecords
Kundenaufzeichnungen und Protokolle der Service-Reviews
@@satisfactionRecords
Ergebnisse zur Kundenzufriedenheit
@@complaintRecords
Servicebeschwerden
@@contractRecords
Lieferantenverträge und Vereinbarungen mit internen Gruppen
@@supplierReviewRecords
Lieferantenbewertungen und Leistungsbewertungen
@@disputeRecords
Aufzeichnungen zu vertraglichen Streitigkeiten
@@documentLibrary
SMS-Dokumentenbibliothek
@@threeYears
3 Jahre
@@threeYearsAfterClosure
3 Jahre nach Abschluss
@@sixYearsAfterExpiry
6 Jahre nach Ablauf
@@sixYearsAfterContract
6 Jahre nach Vertragsende
@@sixYearsAfterSettlement
6 Jahre nach Beilegung oder nach Vertragsende, je nachdem, was später eintritt
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
