<#-- Die Texte des Verfahrens für Beziehungen und Vereinbarungen (deutsch); die Struktur steht in relationship-and-agreement.md.ftl.
     Die Aufgaben werden als reiner Text verwendet und erst bei der Ausgabe maskiert, daher wird ein Wert darin als ${x?no_esc} geschrieben. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie ${org.name} die Beziehungen zu den Kunden, die die Services erhalten, und
zu den Lieferanten, die an ihrer Erbringung mitwirken, gestaltet und wie die zugesagten Service-Levels
vereinbart, überwacht und überprüft werden. Es stellt sicher, dass die Zusagen von ${org.name} gegenüber
den Kunden durch die Zusagen der Lieferanten gegenüber ${org.name} gedeckt sind.
@@scopeTitle
Geltungsbereich
@@scope
Das Verfahren umfasst alle Kunden der Services im <@sms.link "service-catalogue"/>, ihre
Service-Level-Vereinbarungen (SLAs), Servicebeschwerden sowie alle externen und internen Lieferanten, die
zu diesen Services beitragen. Kaufmännische Preisverhandlungen fallen nicht in den Geltungsbereich, wohl
aber die Serviceinhalte jedes Vertrags.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@brmOwnerDuties
Verantwortet das Business-Relationship-Management; ist benannter Ansprechpartner jedes Kunden; führt Service-Reviews, die Zufriedenheitsumfrage und das Beschwerdeverfahren durch.
@@slmOwnerDuties
Verantwortet das Service-Level-Management; vereinbart SLAs mit den Kunden; überwacht die Leistung anhand der SLAs; hält die SLAs mit dem Servicekatalog und den Lieferantenvereinbarungen in Einklang.
@@supplierOwnerDuties
Verantwortet das Lieferantenmanagement; führt das Lieferantenregister; steuert Verträge und interne Vereinbarungen; führt die Leistungsbewertungen der Lieferanten und das Verfahren für vertragliche Streitigkeiten durch.
@@contractSigningDuties
Unterzeichnet oder ändert Lieferantenverträge im Rahmen des genehmigten Budgets.
@@slaSignatoryDuties
Unterzeichnet die SLAs für ${org.name?no_esc}.
@@topManagementDuties
Unterzeichnet Lieferantenverträge über das genehmigte Budget hinaus; ist letzte Eskalationsstufe für Beschwerden und Streitigkeiten.
@@agreementsTitle
Beziehungen und Vereinbarungen
@@agreementChain
${org.name} steuert eine Kette von Vereinbarungen: Jede Zusage gegenüber Kunden muss durch die internen
Zusagen und die Zusagen der Lieferanten gedeckt sein, von denen sie abhängt.
@@agreementsTable
| Vereinbarung | Zwischen | Legt fest | Verantwortlich |
|---|---|---|---|
| Service-Level-Vereinbarung | ${org.name} und jedem Kunden | Service, Servicezeiten, Ziele, Arbeitslastgrenzen, Ausnahmen, Berichterstattung | ${slm.owner.title} |
| Lieferantenvertrag | ${org.name} und jedem externen Lieferanten | Umfang, Service-Levels, Schnittstellen, Pflichten, Weg zur Beilegung von Streitigkeiten | ${supplierManagement.owner.title} |
| Interne Vereinbarung | dem SMS von ${org.name} und jedem internen Lieferanten | Umfang, Service-Levels, Schnittstellen, Ansprechpartner | ${supplierManagement.owner.title} |
@@slaCheck oneOwner
Vor der Unterzeichnung einer neuen oder geänderten Service-Level-Vereinbarung <#if oneOwner>${slm.owner.de.plural?has_content?then("prüfen", "prüft")}<#else>prüfen</#if> ${slm.owner.de.der} ${slm.owner.title}<#if !oneOwner> und
${supplierManagement.owner.de.der} ${supplierManagement.owner.title}</#if>, ob die Lieferantenverträge und internen Vereinbarungen des Service dessen Ziele unterstützen. Ist dies nicht der
Fall, wird entweder das SLA-Ziel angepasst oder zuerst die unterstützende Vereinbarung geändert. Dieselbe
Prüfung erfolgt, bevor eine unterstützende Vereinbarung geändert oder verlängert wird.
@@inputsOutputsTitle
Eingaben und Ergebnisse
@@inputsOutputs
| Eingaben | Ergebnisse |
|---|---|
| Kundenanforderungen und Geschäftspläne | Kundenaufzeichnungen und Protokolle der Service-Reviews |
| Serviceberichte und SLA-Leistung | Unterzeichnete SLAs |
| Umfrageergebnisse und Beschwerden | Zufriedenheitsanalyse und Beschwerdeaufzeichnungen |
| Leistungsdaten der Lieferanten | Lieferantenverträge, interne Vereinbarungen und Aufzeichnungen der Leistungsbewertungen |
| Änderungen an Services | Aufzeichnungen zu Streitigkeiten und Verbesserungsmaßnahmen |
@@recordsTitle
Aufzeichnungen
@@customerRecords
Kundenaufzeichnungen und Protokolle der Service-Reviews
@@satisfactionRecords
Ergebnisse zur Kundenzufriedenheit
@@complaintRecords
Servicebeschwerden
@@slaRecords
Unterzeichnete SLAs und ihre Versionen
@@contractRecords
Lieferantenverträge und interne Vereinbarungen
@@supplierReviewRecords
Lieferantenbewertungen und Leistungsbewertungen
@@disputeRecords
Aufzeichnungen zu vertraglichen Streitigkeiten
@@documentLibrary
SMS-Dokumentenbibliothek
@@threeYears
3 Jahre
@@afterClosure
3 Jahre nach Abschluss
@@afterExpiry
6 Jahre nach Ablauf
@@afterContractEnd
6 Jahre nach Vertragsende
@@afterSettlement
6 Jahre nach Beilegung oder nach Vertragsende, je nachdem, was später eintritt
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
