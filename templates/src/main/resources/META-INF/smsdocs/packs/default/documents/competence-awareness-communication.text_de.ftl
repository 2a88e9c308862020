<#-- Die Texte des Verfahrens für Ressourcen, Kompetenz, Bewusstsein und Kommunikation (deutsch); die Struktur
     steht in competence-awareness-communication.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren beschreibt, wie ${org.name} die für das Servicemanagementsystem (SMS) erforderlichen
Ressourcen bereitstellt, sicherstellt, dass die an den Services tätigen Personen kompetent sind und sich
ihres Beitrags zum SMS bewusst sind, und die Kommunikation mit Mitarbeitenden, Kunden, Lieferanten und
anderen interessierten Parteien plant.
@@scopeTitle
Geltungsbereich
@@scope
Das Verfahren gilt für alle Personen, die unter der Aufsicht von ${org.name} Tätigkeiten ausführen, die
sich auf die Services im Anwendungsbereich auswirken: Beschäftigte, Auftragnehmer, befristet Beschäftigte
und, über deren Verträge, das Personal von Lieferanten. Es umfasst die personellen, technischen,
finanziellen und informationsbezogenen Ressourcen des SMS sowie die gesamte Kommunikation über das SMS und
die Services.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@topDuties
Stellt die Ressourcen des SMS bereit; gibt den jährlichen Ressourcenplan und das Budget frei; vermittelt allen Mitarbeitenden die Bedeutung des SMS.
@@ownerDuties
Verantwortlich für dieses Verfahren.
@@managerDuties
Pflegt die Kompetenzanforderungen und die Qualifikationsmatrix; führt Sensibilisierungsschulungen durch; pflegt den Kommunikationsplan.
@@budgetingOwnerDuties
Erstellt das SMS-Budget und berichtet über die Ausgaben im Vergleich dazu.
@@brmOwnerDuties
Verantwortlich für die Kommunikation mit Kunden, einschließlich Beschwerden und Zufriedenheitsumfragen.
@@supplierManagementOwnerDuties
Verantwortlich für die Kommunikation mit Lieferanten zu Verträgen, Leistung und Streitigkeiten.
@@lineManagerDuties
Die Führungskräfte beurteilen die Kompetenz ihrer Mitarbeitenden, vereinbaren Schulungen und bewahren die
Nachweise auf.
@@resourcesTitle
Ressourcen
@@resources
${org.name} bestimmt die Ressourcen, die für Aufbau, Betrieb, Aufrechterhaltung und Verbesserung des SMS und
der Services erforderlich sind, und stellt sie bereit.

| Ressource | Wie der Bedarf bestimmt wird | Freigabe durch | Überprüfung |
|---|---|---|---|
| Personal und Qualifikationen | Arbeitslast, Bedarfsprognosen und Qualifikationsmatrix, abgeglichen mit den Rollen in der <@sms.link "service-management-policy"/> | ${top.title} | Jährlich sowie bei Aufnahme oder Wegfall eines Service |
| Technische Infrastruktur und Tools | Kapazitätsplan, Leistung der Tools und Anforderungen der Prozesse | ${top.title}, soweit das freigegebene Budget überschritten wird | Jährlich und bei jeder Kapazitätsüberprüfung |
| Budget | Jährliches SMS-Budget für Tools, Schulungen, Audits, Zertifizierung und Verbesserungen | ${top.title} | Monatlicher Soll-Ist-Vergleich durch ${budgeting.owner.de.den} ${budgeting.owner.title} |
| Externe Expertise | Audits, Spezialkenntnisse oder Arbeitsspitzen, die intern nicht abgedeckt werden können | ${manager.title} im Rahmen des Budgets | Für jeden Auftrag |
| Information | ${t.ConfigurationInformation}, Wissensartikel und Berichte, die die Prozesse benötigen | Prozessverantwortliche | Bei jeder Prozessüberprüfung |

1. **Ermitteln.** Die Prozessverantwortlichen melden Ressourcenbedarf in der jährlichen Planungsrunde, wenn
   ein Risiko oder eine Verbesserung dies erfordert, wenn ein neuer oder geänderter Service geplant wird und
   wenn eine Messgröße eine anhaltende Unterdeckung zeigt.
2. **Begründen.** ${manager.de.Der} ${manager.title} ${manager.de.plural?has_content?then("erfassen", "erfasst")} jeden Bedarf mit Zweck, Kosten und dem Risiko, falls er nicht
   gedeckt wird.
3. **Entscheiden.** Über Bedarfe innerhalb des freigegebenen Budgets ${manager.de.plural?has_content?then("entscheiden", "entscheidet")} ${manager.de.der} ${manager.title}; über alle
   anderen ${top.de.plural?has_content?then("entscheiden", "entscheidet")} ${top.de.der} ${top.title} in der nächsten Managementbewertung oder, falls dringend, früher.
4. **Bereitstellen und nachverfolgen.** Entscheidungen und ihre Umsetzungstermine werden in den Maßnahmen
   der Managementbewertung verfolgt, bis die Ressource zur Verfügung steht.
@@competenceTitle
Kompetenz
@@requirementsTitle
Kompetenzanforderungen
@@requirements
Jede Person, die im SMS tätig ist, muss auf Grundlage angemessener Ausbildung, Schulung oder Erfahrung über
die Kompetenz verfügen, die ihre Rolle erfordert. Für alle Rollen gemeinsam gelten Kenntnisse der
Servicemanagementpolitik, der in der Rolle angewendeten Verfahren sowie Anwenderkenntnisse
${governance.inTool["incident-management"]}. Prozessverantwortliche
verfügen zusätzlich über eine Grundlagenzertifizierung (Foundation) im Servicemanagement oder können gleichwertige
Erfahrung nachweisen. Die rollenspezifischen Anforderungen sind:

| Rolle | Inhaber | Erforderliche Kompetenz |
|---|---|---|
@@levels
Die Kompetenz wird in der Qualifikationsmatrix auf vier Stufen bewertet: 1 Grundkenntnis, 2 Anwendung unter
Anleitung, 3 selbstständige Anwendung, 4 Befähigung zur Anleitung anderer. Ein Rolleninhaber muss für jede
Anforderung der Rolle mindestens Stufe 3 erreichen, ein Stellvertreter mindestens Stufe 2.

Interne Auditoren sind in Audittechniken und in der ${sms.standard} geschult und auditieren niemals ihre
eigene Arbeit. Personal von Lieferanten, das an den Services arbeitet, muss die in seinem Vertrag
festgelegten Kompetenzanforderungen erfüllen; ${supplierManagement.owner.de.der} ${supplierManagement.owner.title} ${supplierManagement.owner.de.plural?has_content?then("prüfen", "prüft")} die Nachweise zu
Vertragsbeginn.
@@developingTitle
Entwicklung und Bewertung der Kompetenz
@@developing
1. **Beurteilen.** Die Führungskraft beurteilt jede Person bei der Besetzung der Rolle und danach jährlich
   anhand der Anforderungen der Rolle, gestützt auf Qualifikationen, Arbeitsaufzeichnungen und Beobachtung,
   und aktualisiert die Qualifikationsmatrix.
2. **Planen.** Lücken werden durch Schulung, Coaching, Begleitung einer erfahrenen Kollegin oder eines
   erfahrenen Kollegen, Zertifizierung, Umverteilung von Aufgaben oder Personalgewinnung geschlossen. Jede
   Maßnahme hat im Schulungsplan einen Verantwortlichen und ein Fälligkeitsdatum.
3. **Umsetzen.** Die Maßnahme wird durchgeführt. Eine Person arbeitet an einer Aufgabe erst dann ohne
   Aufsicht, wenn sie dafür Stufe 3 erreicht hat.
4. **Bewerten.** Innerhalb von drei Monaten prüft die Führungskraft, ob die Maßnahme wirksam war, durch
   Beobachtung der Arbeit, Durchsicht der Aufzeichnungen der Person (zum Beispiel zu Incidents oder
   Änderungen) oder durch einen Test. Maßnahmen, die die Lücke nicht geschlossen haben, werden
   neu geplant.
5. **Aufzeichnen.** Zertifikate, Schulungsteilnahmen, Beurteilungen und Wirksamkeitsbewertungen werden als
   Nachweis der Kompetenz aufbewahrt.
@@awarenessTitle
Bewusstsein
@@awareness
Alle Personen, die unter der Aufsicht von ${org.name} Tätigkeiten ausführen, müssen Folgendes kennen:

- die Servicemanagementpolitik;
- die Servicemanagementziele und die Ziele ihres eigenen Prozesses;
- ihren Beitrag zur Wirksamkeit des SMS und der Services und den Nutzen einer verbesserten Leistung für die
  Kunden und für ${org.name};
- die Folgen einer Nichterfüllung der Anforderungen des SMS, zum Beispiel verletzte Service-Levels, durch
  nicht autorisierte Änderungen verursachte Ausfälle oder der Verlust von Kundendaten.

| Sensibilisierungsmaßnahme | Zielgruppe | Zeitpunkt | Verantwortlich | Nachweis |
|---|---|---|---|---|
| SMS-Einführungsunterweisung | Neue Mitarbeitende und Auftragnehmer | Innerhalb von fünf Arbeitstagen nach Beginn, vor dem Zugriff auf Produktivsysteme | ${manager.title} | Unterschriebene Bestätigung |
| Jährliche SMS-Auffrischung mit kurzem Test (Bestehensgrenze 80 %) | Alle Mitarbeitenden im Anwendungsbereich | Jährlich | ${manager.title} | Testergebnisse |
| Ziele und Leistung auf Team-Dashboards | Alle Mitarbeitenden im Anwendungsbereich | Monatlich aktualisiert | ${reporting.owner.title} | Dashboard-Historie |
| Unterweisung zu neuen oder geänderten Politiken und Verfahren | Betroffene Mitarbeitende | Vor dem Inkrafttreten | Dokumentverantwortlicher | Teilnehmerliste |
@@supplierOnboardingRow
| Einführungspaket für Lieferanten mit der Politik und den relevanten Verfahren | Personal von Lieferanten, das an den Services arbeitet | Zu Vertragsbeginn und nach wesentlichen Änderungen | ${supplierManagement.owner.title} | Bestätigung des Lieferanten |
@@awarenessAudits
Interne Audits umfassen Interviews, in denen das Bewusstsein geprüft wird; Lücken werden als
Nichtkonformitäten behandelt.
@@communicationTitle
Kommunikation
@@communication
Der nachstehende Kommunikationsplan legt fest, was wann, mit wem, wie und durch wen kommuniziert wird.
Dringende Kommunikation bei Incidents erfolgt gemäß dem <@sms.link "resolution-and-fulfilment"/>;
Kommunikation bei einem Kontinuitätsereignis erfolgt gemäß dem <@sms.link "service-continuity-plan"/>.
@@internalTitle
Interne Kommunikation
@@internalTable
| Was | Wann | Mit wem | Wie | Wer |
|---|---|---|---|---|
| Politik, Ziele und Änderungen am Servicemanagementplan | Bei Freigabe | Alle Mitarbeitenden im Anwendungsbereich | Unterweisung, Mitteilung in der Dokumentenbibliothek | ${manager.title} |
| Serviceleistung und Fortschritt bei den Zielen | Monatlich | Mitarbeitende und Prozessverantwortliche | Dashboards, Teambesprechungen | ${reporting.owner.title} |
| Zeitplan genehmigter Änderungen und geplanter Wartungsarbeiten | Wöchentlich | Service Desk und technische Teams | Änderungskalender ${governance.inTool["change-management"]} | ${change.owner.title} |
| Status von Major Incidents | Bei Ausrufung, danach mindestens stündlich | ${top.title}, Service Desk, Lösungsteams | Telefon- oder Chatkonferenz, Statusmeldungen | ${incident.owner.title} |
| Auditergebnisse und Nichtkonformitäten | Nach jedem Audit | Prozessverantwortliche, ${top.title} | Auditbericht | ${manager.title} |
| Entscheidungen der Managementbewertung | Innerhalb von zehn Arbeitstagen nach der Bewertung | Prozessverantwortliche und Mitarbeitende | Protokoll, Teambesprechung | ${top.title} |
@@externalTitle
Externe Kommunikation
@@externalHeader
| Was | Wann | Mit wem | Wie | Wer |
|---|---|---|---|---|
@@customerRows
| Serviceberichte | Monatlich | Ansprechpartner der Kunden | Bericht per E-Mail oder Portal | ${reporting.owner.title} |
| Service-Reviews | ${serviceLevels.customerReviewRule?cap_first}, wie im <@sms.link "relationship-and-agreement"/> festgelegt | Ansprechpartner der Kunden | Besprechung | ${brm.owner.title} |
| Kundenzufriedenheitsumfrage | Vierteljährlich | Ansprechpartner der Kunden und eine Stichprobe von Benutzern | Umfrage | ${brm.owner.title} |
| Geplante Wartungsarbeiten und Änderungen mit Auswirkungen auf den Service | Mindestens fünf Arbeitstage im Voraus | Betroffene Kunden | E-Mail, Mitteilung im Portal | ${change.owner.title} |
| Major Incidents | Innerhalb des Reaktionsziels, danach in vereinbarten Abständen | Betroffene Kunden | Telefon, anschließend E-Mail | ${incident.owner.title} |
| Beschwerden | Eingangsbestätigung innerhalb eines Arbeitstags; Antwort innerhalb von zehn Arbeitstagen | Beschwerdeführer | E-Mail oder Besprechung | ${brm.owner.title} |
@@supplierRows
| Leistungsbewertungen | ${serviceLevels.supplierReviewRule?cap_first}, wie im <@sms.link "relationship-and-agreement"/> festgelegt | Lieferanten | Besprechung, Bewertungsbericht | ${supplierManagement.owner.title} |
| Bedarfsprognosen | Vierteljährlich | Lieferanten | E-Mail, Bewertungsbesprechung | ${supplierManagement.owner.title} |
| Incidents, Änderungen und Eskalationen mit Beteiligung eines Lieferanten | Bei Auftreten | Service Desk und Ansprechpartner des Lieferanten | Vereinbarter Supportkanal | ${incident.owner.title} |
| Vertragsänderungen und Streitigkeiten | Bei Auftreten | Kundenbetreuung des Lieferanten | Brief oder E-Mail, Besprechung | ${supplierManagement.owner.title} |
@@otherExternalRows
| Terminierung von Audits und wesentliche Änderungen am SMS | Vor jedem Audit und bevor eine Änderung wirksam wird | Zertifizierungsstelle | E-Mail | ${manager.title} |
| Verletzungen des Schutzes personenbezogener Daten und andere meldepflichtige Vorfälle | Innerhalb der gesetzlichen Frist (72 Stunden, soweit die DSGVO anwendbar ist) | Aufsichtsbehörde, betroffene Kunden | Offizielles Meldeformular | ${security.owner.title}, nach Zustimmung durch ${top.de.den} ${top.title} |
| Öffentliche Erklärungen und Stellungnahmen gegenüber Medien zu den Services | Nach Bedarf | Öffentlichkeit, Medien | Stellungnahme | Ausschließlich ${top.de.der} ${top.title} |
@@customerContactsTitle
Ansprechpartner der Kunden
@@customerContacts
Verantwortlich für die Kundenbeziehungen ${brm.owner.de.plural?has_content?then("sind", "ist")} ${brm.owner.de.der} ${brm.owner.title}.

| Kunde | Ansprechpartner | Services |
|---|---|---|
@@contactInSla
In der Service-Level-Vereinbarung benannt
@@noServices
Derzeit keine
@@supplierContactsTitle
Ansprechpartner der Lieferanten
@@supplierContactsHeader
| Lieferant | Art | Gesteuert durch |
|---|---|---|
@@spokespeople
Nur die in den Tabellen genannten Rollen sprechen zu den aufgeführten Themen für ${org.name}. Andere
Mitarbeitende leiten Anfragen von Kunden, Lieferanten oder der Presse an die zuständige Rolle weiter.
@@recordsTitle
Aufzeichnungen
@@competenceRecord
Kompetenzanforderungen und Qualifikationsmatrix
@@documentLibrary
SMS-Dokumentenbibliothek
@@competenceRetention
Aktuelle Version zuzüglich 3 Jahre
@@trainingRecord
Schulungsnachweise, Zertifikate und Wirksamkeitsbewertungen
@@lineManagers
Führungskräfte
@@personnelFiles
Personalakten
@@employmentPlus2Years
Dauer des Beschäftigungsverhältnisses zuzüglich 2 Jahre
@@awarenessRecord
Bestätigungen der Sensibilisierung und Testergebnisse
@@trainingLog
Schulungsprotokoll
@@resourceDecisionsRecord
Entscheidungen über Ressourcen
@@reviewMinutes
Protokolle der Managementbewertung
@@sixYears
6 Jahre
@@serviceReportsRecord
Serviceberichte
@@threeYears
3 Jahre
@@customerReviewRecord
Protokolle der Service-Reviews mit Kunden und Umfrageergebnisse
@@supplierReviewRecord
Protokolle der Lieferantenbesprechungen
@@supplierReviewRetention
6 Jahre nach Vertragsende
@@measuresTitle
Messgrößen
@@measuresHeader
| Messgröße | Zielwert |
|---|---|
@@measuresReport
${manager.de.Der} ${manager.title} ${manager.de.plural?has_content?then("berichten", "berichtet")} über diese Messgrößen in jeder Managementbewertung.
