<#-- Die Texte des Abschnitts Service-Level-Management (deutsch); die Struktur steht in service-level-management.ftl. -->
@@title
Service-Level-Management
@@slasTitle
Service-Level-Vereinbarungen
@@slasIntro
Für jeden Service besteht ein SLA, das mit allen seinen Kunden vereinbart ist:
@@slasHeader
| Service | SLA | Kunden | Verfügbarkeitsziel |
|---|---|---|---|
@@noCustomers
keine zugeordnet
@@noSlas
Es sind noch keine SLAs in Kraft, da noch keine Services festgelegt sind. Für jeden Service wird vor seiner
Inbetriebnahme ein SLA vereinbart.
@@catalogueConsistency
Die SLAs stimmen mit dem <@sms.link "service-catalogue"/> überein: Der Katalog beschreibt jeden Service,
das SLA legt die mit seinen Kunden vereinbarten Ziele fest.
@@agreeingTitle
Vereinbarung eines SLA
@@agreeingSteps
1. **Anforderungen dokumentieren.** ${slm.owner.de.Der} ${slm.owner.title} <#if slm.owner.de.plural?has_content>zeichnen<#else>zeichnet</#if> die Serviceanforderungen des Kunden
   auf: Servicezeiten, Verfügbarkeit, Reaktion und Lösung, Erfüllung von Service Requests, Arbeitslast,
   Berichterstattung.
2. **Machbarkeit prüfen.** Der Serviceverantwortliche bestätigt, dass die Ziele mit der vorhandenen
   Kapazität und dem vorhandenen Budget erreichbar sind; ${supplierManagement.owner.de.der} ${supplierManagement.owner.title} <#if supplierManagement.owner.de.plural?has_content>bestätigen<#else>bestätigt</#if>, dass die
   unterstützenden Verträge und internen Vereinbarungen sie absichern.
3. **Entwerfen.** Das SLA wird nach der Standardgliederung entworfen: Parteien, Servicebeschreibung,
   Servicezeiten, Service-Level-Ziele, Arbeitslastgrenzen, Ausnahmen, Verantwortlichkeiten,
   Berichterstattung, Eskalation und Änderungssteuerung.
4. **Abstimmen und unterzeichnen.** Das SLA wird mit dem Kunden abgestimmt, von beiden Parteien
   unterzeichnet und der Dokumentenlenkung unterstellt.
5. **Kommunizieren.** Der Service Desk und die Teams, die den Service erbringen, werden vor Inkrafttreten
   des SLA über die Ziele informiert.
@@monitoringTitle
Überwachung und Überprüfung der SLAs
@@monitoring
- Die Leistung wird für jedes SLA-Ziel anhand der Überwachungsdaten sowie der Aufzeichnungen zu Incidents
  und Service Requests gemessen und dem Kunden monatlich berichtet; dafür wird
  ${sms.toolOf("service-reporting")} verwendet.
- Ein Ziel, das im Laufe des Monats gefährdet ist, wird an den Serviceverantwortlichen eskaliert; eine
  Zielverletzung wird auf ihre Ursache analysiert, und wiederholte Zielverletzungen führen zur Erfassung
  eines Problems.
- Jedes SLA wird mindestens alle ${sms.documentControl.reviewIntervalMonths} Monate mit dem Kunden überprüft sowie immer dann, wenn sich der
  Service, die Bedürfnisse des Kunden oder eine unterstützende Vereinbarung ändern. Änderungen eines SLA
  werden über das Änderungsmanagement gesteuert.
- Die Trends bei der Erfüllung der SLAs werden in jeder Managementbewertung berichtet.
