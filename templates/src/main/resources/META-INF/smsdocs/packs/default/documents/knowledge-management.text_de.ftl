<#-- Die Texte des Verfahrens zum Wissensmanagement (deutsch); die Struktur steht in knowledge-management.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren beschreibt, wie ${org.name} festlegt, welches Wissen für den Betrieb des
Servicemanagementsystems (SMS) und die Erbringung der Services erforderlich ist, und wie dieses Wissen
erfasst, aktuell gehalten, den Personen, die es benötigen, zur Verfügung gestellt und zurückgezogen wird,
sobald es nicht mehr gültig ist. Ziel ist, dass Incidents schneller gelöst werden, Arbeiten einheitlich
ausgeführt werden und die Organisation nicht vom Gedächtnis einzelner Personen abhängt.
@@scopeTitle
Geltungsbereich
@@scope
Das Verfahren gilt für das Wissen, das für die Erbringung und Unterstützung jedes Service im
Anwendungsbereich des SMS verwendet wird, für das Wissen, das für den Betrieb der SMS-Prozesse erforderlich
ist, und für Erkenntnisse (Lessons Learned) aus Incidents, Änderungen, Audits und Projekten. Es umfasst
das Wissen, über das ${org.name} selbst verfügt, und das Wissen, das Lieferanten über die von ihnen
gelieferten Servicekomponenten bereitstellen. Gelenkte Dokumente wie Politiken und Verfahren werden gemäß
dem Dokument <@sms.link "documented-information-control"/> verwaltet; dieses Verfahren umfasst das
betriebliche Wissen in ihrem Umfeld.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@ownerDuties
Verantwortet dieses Verfahren.
@@managerDuties
Überprüft monatlich die Kennzahlen zum Wissensmanagement; führt das Lessons-Learned-Register.
@@incidentDuties
Verantwortet die vom Service Desk genutzte Wissensdatenbank; stellt sicher, dass Wissensartikel mit Incidents verknüpft und gemeldete Artikel korrigiert werden.
@@problemDuties
Genehmigt und veröffentlicht bekannte Fehler und Workarounds; zieht sie zurück, sobald das zugrunde liegende Problem behoben ist.
@@changeDuties
Stellt sicher, dass bei jeder Änderung die betroffenen Wissensartikel und Arbeitsanweisungen ermittelt und vor dem Abschluss der Änderung aktualisiert werden.
@@transitionDuties
Stellt sicher, dass das Wissen für einen neuen oder geänderten Service vor dessen Inbetriebnahme vorliegt.
@@staffDuties
Alle Beschäftigten durchsuchen die Wissensdatenbank, bevor sie eskalieren, erfassen neu gewonnenes Wissen
und melden Artikel, die fehlerhaft oder veraltet sind.
@@knowledgeHeldTitle
Vorhandenes Wissen
@@knowledgeHeld
| Wissen | Inhalt | Ablageort | Verantwortlich | Überprüfung |
|---|---|---|---|---|
| Bekannte Fehler und Workarounds | Symptome, Grundursache, soweit bekannt, Workaround, zugehöriges Problem | ${sms.toolOf("problem-management")?cap_first} | ${problem.owner.title} | Bei der monatlichen Problemüberprüfung und beim Schließen des Problems |
| Wissensartikel des Service Desks | Schritte zur Fehlerbehebung, Anleitungen, Antworten auf häufige Fragen | ${sms.toolOf("incident-management")?cap_first} | ${incident.owner.title} | Mindestens alle 12 Monate |
| Arbeitsanweisungen und Runbooks | Schrittweise Anleitungen für den Betrieb von Servicekomponenten, für Anfragetypen und für Standardänderungen | ${sms.toolOf("service-request-management")?cap_first} | Prozessverantwortliche | Mindestens alle 12 Monate und nach jeder zugehörigen Änderung |
| Serviceinformationen | Servicebeschreibungen, Service-Level-Ziele, Supportmodell, Servicezeiten | <@sms.link "service-catalogue"/> | ${catalogue.owner.title} | Mit dem Servicekatalog |
| Konfigurationsinformationen | Konfigurationselemente, ihre Beziehungen und Baselines | ${sms.toolOf("configuration-management")?cap_first} | ${configuration.owner.title} | Bei jedem Konfigurationsaudit |
| Lieferanteninformationen | Supportverfahren, Eskalationskontakte, Vertragsübersichten | ${sms.toolOf("supplier-management")?cap_first} | ${supplierManagement.owner.title} | Bei jeder Lieferantenbewertung |
| Kundeninformationen | Geschäftlicher Kontext, Kontakte, Anforderungen, Beschwerdehistorie | ${sms.toolOf("business-relationship-management")?cap_first} | ${brm.owner.title} | Bei jedem Service-Review mit dem Kunden |
| Lessons Learned | Erkenntnisse aus Nachbetrachtungen von Major Incidents, Nachbetrachtungen nach der Umsetzung von Änderungen, Audits, Kontinuitätstests und Projekten | Lessons-Learned-Register in der SMS-Dokumentenbibliothek | ${manager.title} | Vierteljährlich |
@@secrets
Passwörter, Schlüssel und personenbezogene Daten von Kunden werden niemals in Wissensartikeln
festgehalten; die Artikel verweisen auf den geschützten Speicherort, an dem diese Informationen geführt
werden.
@@needsTitle
Ermittlung des Wissensbedarfs
@@needs
Das erforderliche Wissen wird zu folgenden Zeitpunkten ermittelt:

- **Neue oder geänderte Services.** Das Design jedes neuen oder geänderten Service führt die erforderlichen
  Wissensartikel, Arbeitsanweisungen und Schulungen auf. Ihr Vorliegen ist ein Abnahmekriterium für die
  Inbetriebnahme gemäß dem Dokument <@sms.link "design-build-transition"/>.
- **Incident-Analyse.** ${incident.owner.de.Der} ${incident.owner.title} <#if incident.owner.de.plural?has_content>überprüfen<#else>überprüft</#if> monatlich Incidents, die
  eskaliert oder ohne Wissensartikel gelöst wurden, und <#if incident.owner.de.plural?has_content>veranlassen<#else>veranlasst</#if> Artikel zu wiederkehrenden Themen.
- **Prozessüberprüfungen.** Jeder Prozessverantwortliche prüft bei der Prozessüberprüfung, ob die
  Arbeitsanweisungen des Prozesses vollständig und aktuell sind.
- **Personelle Veränderungen.** Verlässt eine Person die Organisation oder wechselt sie die Rolle, führt die
  Führungskraft mindestens zwei Wochen vor dem Wechsel eine Übergabe durch, und Wissen, über das nur diese
  Person verfügt, wird schriftlich festgehalten.
- **Lieferanten.** Zu neuen Servicekomponenten von Lieferanten gehören Supportdokumentation und
  Eskalationswege; ${supplierManagement.owner.de.der} ${supplierManagement.owner.title} <#if supplierManagement.owner.de.plural?has_content>beschaffen<#else>beschafft</#if> sie, bevor der Lieferant seine Arbeit aufnimmt.
@@serviceKnowledgeHeader
Für jeden Service wird mindestens folgendes Wissen vorgehalten.

| Service | Serviceverantwortlich | Vorgehaltenes Mindestwissen | Wissen der Lieferanten |
|---|---|---|---|
@@serviceKnowledgeRow s
| ${s.name} | ${s.owner.title} | Servicebeschreibung und Zielwerte; Support- und Eskalationsmodell (Servicezeiten ${s.hours}); bekannte Fehler; Runbooks für den Routinebetrieb und die Wiederherstellung | <#if s.suppliers?has_content>Supportverfahren und Eskalationskontakte von <#list s.suppliers as x>${x.name}<#sep>, </#list><#else>Kein Lieferant beteiligt</#if> |
@@noServices
Wenn ein Service in den Anwendungsbereich des SMS aufgenommen wird, legt sein Verantwortlicher das für ihn
vorzuhaltende Mindestwissen fest: Servicebeschreibung und Zielwerte, Support- und Eskalationsmodell,
bekannte Fehler sowie Runbooks für den Routinebetrieb und die Wiederherstellung.
@@lifecycleTitle
Lebenszyklus des Wissens
@@lifecycle
1. **Erfassen.** Wer neues Wissen gewinnt, zum Beispiel durch die Lösung eines Incidents, zu dem es noch
   keinen Artikel gibt, verfasst innerhalb von zwei Arbeitstagen einen Artikelentwurf in der
   Wissensdatenbank. Jeder Artikel enthält Titel, den betroffenen Service oder das betroffene
   Konfigurationselement, Symptome oder Kontext, die Schritte, das erwartete Ergebnis, den Verfasser und
   das Datum der nächsten Überprüfung.
2. **Prüfen.** Ein fachkundiger Mitarbeiter, der nicht der Verfasser ist, prüft den Artikel innerhalb von
   fünf Arbeitstagen auf Richtigkeit. Bekannte Fehler werden durch ${problem.owner.de.den} ${problem.owner.title} genehmigt.
   Schritte, die ein Konfigurationselement ändern, müssen einer genehmigten Standardänderung entsprechen.
3. **Veröffentlichen.** Der Artikel wird für seine Zielgruppe veröffentlicht: nur intern oder zusätzlich
   über das Self-Service-Portal für Kunden. Artikel für Kunden werden vor der Veröffentlichung durch
   ${incident.owner.de.den} ${incident.owner.title} auf Verständlichkeit geprüft.
4. **Nutzen.** Die Beschäftigten durchsuchen die Wissensdatenbank, bevor sie eskalieren, verknüpfen den
   verwendeten Artikel mit dem Incident oder Service Request und melden jeden Artikel, der nicht zum Ziel
   geführt hat.
5. **Pflegen.** Der Verantwortliche überprüft jeden Artikel mindestens alle 12 Monate. Gemeldete Artikel
   werden innerhalb von zehn Arbeitstagen korrigiert. Beim Abschluss jeder Änderung werden die betroffenen
   Artikel aktualisiert.
6. **Zurückziehen.** Wird ein Service oder ein Konfigurationselement außer Betrieb genommen, ein Problem
   dauerhaft behoben oder ein Artikel ersetzt, archiviert der Verantwortliche den Artikel. Archivierte
   Artikel erscheinen nicht mehr in der Suche und werden drei Jahre aufbewahrt.
@@lessonsTitle
Lessons Learned
@@lessons
${manager.de.Der} ${manager.title} <#if manager.de.plural?has_content>erfassen<#else>erfasst</#if> Erkenntnisse aus Nachbetrachtungen von Major Incidents, Nachbetrachtungen
nach der Umsetzung von Änderungen, Audits, Kontinuitätstests und abgeschlossenen Projekten im
Lessons-Learned-Register, jeweils mit der daraus abgeleiteten Maßnahme. Das Register wird vierteljährlich
überprüft; wiederkehrende Erkenntnisse werden als Verbesserungen gemäß dem Dokument
<@sms.link "continual-improvement"/> eingebracht.
@@recordsTitle
Aufzeichnungen
@@articlesRecord
Wissensartikel mit ihrer Änderungshistorie
@@articlesRetention
Lebensdauer des Artikels zuzüglich 3 Jahre
@@knownErrorsRecord
Datensätze zu bekannten Fehlern
@@knownErrorsRetention
3 Jahre nach dem Schließen des Problems
@@lessonsRecord
Lessons-Learned-Register
@@documentLibrary
SMS-Dokumentenbibliothek
@@lessonsRetention
3 Jahre nach Abschluss der Maßnahme
@@handoverRecord
Übergabeaufzeichnungen bei Austritten und Rollenwechseln
@@lineManagers
Führungskräfte
@@personnelFiles
Personalakten
@@handoverRetention
2 Jahre
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
@@measuresReporting
Die Ergebnisse werden monatlich in den Serviceberichten gemäß dem Dokument <@sms.link "monitoring-and-reporting"/> berichtet.
