<@sms.section title="Zweck" key="purpose"/>

Dieses Verfahren beschreibt, wie ${org.name} die für das Servicemanagementsystem (SMS) erforderlichen
Ressourcen bereitstellt, sicherstellt, dass die an den Services tätigen Personen kompetent sind und sich
ihres Beitrags zum SMS bewusst sind, und die Kommunikation mit Mitarbeitenden, Kunden, Lieferanten und
anderen interessierten Parteien plant.

<@sms.section title="Geltungsbereich" clauses=["7"]/>

Das Verfahren gilt für alle Personen, die unter der Aufsicht von ${org.name} Tätigkeiten ausführen, die
sich auf die Services im Anwendungsbereich auswirken: Beschäftigte, Auftragnehmer, befristet Beschäftigte
und, über deren Verträge, das Personal von Lieferanten. Es umfasst die personellen, technischen,
finanziellen und informationsbezogenen Ressourcen des SMS sowie die gesamte Kommunikation über das SMS und
die Services.

<@sms.section title="Rollen und Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": top, "duties": "Stellt die Ressourcen des SMS bereit; gibt den jährlichen Ressourcenplan und das Budget frei; vermittelt allen Mitarbeitenden die Bedeutung des SMS."},
  {"role": doc.owner, "duties": "Verantwortlich für dieses Verfahren."},
  {"role": manager, "duties": "Pflegt die Kompetenzanforderungen und die Qualifikationsmatrix; führt Sensibilisierungsschulungen durch; pflegt den Kommunikationsplan."},
  {"role": budgeting.owner, "duties": "Erstellt das SMS-Budget und berichtet über die Ausgaben im Vergleich dazu."},
  {"role": brm.owner, "duties": "Verantwortlich für die Kommunikation mit Kunden, einschließlich Beschwerden und Zufriedenheitsumfragen."},
  {"role": supplierManagement.owner, "duties": "Verantwortlich für die Kommunikation mit Lieferanten zu Verträgen, Leistung und Streitigkeiten."}
]/>

Die Führungskräfte beurteilen die Kompetenz ihrer Mitarbeitenden, vereinbaren Schulungen und bewahren die
Nachweise auf.

<@sms.section title="Ressourcen" clauses=["7.1"]/>

${org.name} bestimmt die Ressourcen, die für Aufbau, Betrieb, Aufrechterhaltung und Verbesserung des SMS und
der Services erforderlich sind, und stellt sie bereit.

| Ressource | Wie der Bedarf bestimmt wird | Freigabe durch | Überprüfung |
|---|---|---|---|
| Personal und Qualifikationen | Arbeitslast, Bedarfsprognosen und Qualifikationsmatrix, abgeglichen mit den Rollen in der <@sms.link "service-management-policy"/> | ${top.title} | Jährlich sowie bei Aufnahme oder Wegfall eines Service |
| Technische Infrastruktur und Tools | Kapazitätsplan, Leistung der Tools und Anforderungen der Prozesse | ${top.title}, soweit das freigegebene Budget überschritten wird | Jährlich und bei jeder Kapazitätsüberprüfung |
| Budget | Jährliches SMS-Budget für Tools, Schulungen, Audits, Zertifizierung und Verbesserungen | ${top.title} | Monatlicher Soll-Ist-Vergleich durch den ${budgeting.owner.title} |
| Externe Expertise | Audits, Spezialkenntnisse oder Arbeitsspitzen, die intern nicht abgedeckt werden können | ${manager.title} im Rahmen des Budgets | Für jeden Auftrag |
| Information | ${t.ConfigurationInformation}, Wissensartikel und Berichte, die die Prozesse benötigen | Prozessverantwortliche | Bei jeder Prozessüberprüfung |

1. **Ermitteln.** Die Prozessverantwortlichen melden Ressourcenbedarf in der jährlichen Planungsrunde, wenn
   ein Risiko oder eine Verbesserung dies erfordert, wenn ein neuer oder geänderter Service geplant wird und
   wenn eine Messgröße eine anhaltende Unterdeckung zeigt.
2. **Begründen.** Der ${manager.title} erfasst jeden Bedarf mit Zweck, Kosten und dem Risiko, falls er nicht
   gedeckt wird.
3. **Entscheiden.** Über Bedarfe innerhalb des freigegebenen Budgets entscheidet der ${manager.title}; alle
   anderen werden dem ${top.title} in der nächsten Managementbewertung oder, falls dringend, früher
   vorgelegt.
4. **Bereitstellen und nachverfolgen.** Entscheidungen und ihre Umsetzungstermine werden in den Maßnahmen
   der Managementbewertung verfolgt, bis die Ressource zur Verfügung steht.

<@sms.section title="Kompetenz" clauses=["7.2"]/>

### Kompetenzanforderungen

Jede Person, die im SMS tätig ist, muss auf Grundlage angemessener Ausbildung, Schulung oder Erfahrung über
die Kompetenz verfügen, die ihre Rolle erfordert. Für alle Rollen gemeinsam gelten Kenntnisse der
Servicemanagementpolitik, der in der Rolle angewendeten Verfahren sowie Anwenderkenntnisse
${governance.inTool["incident-management"]}. Prozessverantwortliche
verfügen zusätzlich über eine Foundation-Qualifikation im Servicemanagement oder können gleichwertige
Erfahrung nachweisen. Die rollenspezifischen Anforderungen sind:

| Rolle | Inhaber | Erforderliche Kompetenz |
|---|---|---|
<#list governance.competence as row>
| ${row.role.title} | ${row.role.holder} | ${row.required} |
</#list>

Die Kompetenz wird in der Qualifikationsmatrix auf vier Stufen bewertet: 1 Grundkenntnis, 2 Anwendung unter
Anleitung, 3 selbstständige Anwendung, 4 Befähigung zur Anleitung anderer. Ein Rolleninhaber muss für jede
Anforderung der Rolle mindestens Stufe 3 erreichen, ein Stellvertreter mindestens Stufe 2.

Interne Auditoren sind in Audittechniken und in der ${sms.standard} geschult und auditieren niemals ihre
eigene Arbeit. Personal von Lieferanten, das an den Services arbeitet, muss die in seinem Vertrag
festgelegten Kompetenzanforderungen erfüllen; der ${supplierManagement.owner.title} prüft die Nachweise zu
Vertragsbeginn.

### Entwicklung und Bewertung der Kompetenz

1. **Beurteilen.** Die Führungskraft beurteilt jede Person bei der Besetzung der Rolle und danach jährlich
   anhand der Anforderungen der Rolle, gestützt auf Qualifikationen, Arbeitsaufzeichnungen und Beobachtung,
   und aktualisiert die Qualifikationsmatrix.
2. **Planen.** Lücken werden durch Schulung, Coaching, Begleitung einer erfahrenen Kollegin oder eines
   erfahrenen Kollegen, Zertifizierung, Umverteilung von Aufgaben oder Personalgewinnung geschlossen. Jede
   Maßnahme hat im Schulungsplan einen Verantwortlichen und ein Fälligkeitsdatum.
3. **Umsetzen.** Die Maßnahme wird durchgeführt. Eine Person arbeitet an einer Aufgabe erst dann ohne
   Aufsicht, wenn sie dafür Stufe 3 erreicht hat.
4. **Bewerten.** Innerhalb von drei Monaten prüft die Führungskraft, ob die Maßnahme wirksam war, durch
   Beobachtung der Arbeit, Durchsicht der Aufzeichnungen der Person (zum Beispiel Incident- oder
   Change-Aufzeichnungen) oder durch einen Test. Maßnahmen, die die Lücke nicht geschlossen haben, werden
   neu geplant.
5. **Aufzeichnen.** Zertifikate, Schulungsteilnahmen, Beurteilungen und Wirksamkeitsbewertungen werden als
   Nachweis der Kompetenz aufbewahrt.

<@sms.section title="Bewusstsein" clauses=["7.3"]/>

Alle Personen, die unter der Aufsicht von ${org.name} Tätigkeiten ausführen, müssen Folgendes kennen:

- die Servicemanagementpolitik;
- die Servicemanagementziele und die Ziele ihres eigenen Prozesses;
- ihren Beitrag zur Wirksamkeit des SMS und der Services und den Nutzen einer verbesserten Leistung für die
  Kunden und für ${org.name};
- die Folgen einer Nichterfüllung der Anforderungen des SMS, zum Beispiel verletzte Service-Levels, durch
  nicht autorisierte Änderungen verursachte Ausfälle oder der Verlust von Kundendaten.

| Sensibilisierungsmaßnahme | Zielgruppe | Zeitpunkt | Verantwortlich | Nachweis |
|---|---|---|---|---|
| SMS-Einführungsunterweisung | Neue Mitarbeitende und Auftragnehmer | Innerhalb von fünf Arbeitstagen nach Beginn, vor dem Zugriff auf Live-Systeme | ${manager.title} | Unterschriebene Bestätigung |
| Jährliche SMS-Auffrischung mit kurzem Test (Bestehensgrenze 80 %) | Alle Mitarbeitenden im Anwendungsbereich | Jährlich | ${manager.title} | Testergebnisse |
| Ziele und Leistung auf Team-Dashboards | Alle Mitarbeitenden im Anwendungsbereich | Monatlich aktualisiert | ${reporting.owner.title} | Dashboard-Historie |
| Unterweisung zu neuen oder geänderten Politiken und Verfahren | Betroffene Mitarbeitende | Vor dem Inkrafttreten | Dokumentverantwortlicher | Teilnehmerliste |
<#if suppliers?has_content>
| Einführungspaket für Lieferanten mit der Politik und den relevanten Verfahren | Personal von Lieferanten, das an den Services arbeitet | Zu Vertragsbeginn und nach wesentlichen Änderungen | ${supplierManagement.owner.title} | Bestätigung des Lieferanten |
</#if>

Interne Audits umfassen Interviews, in denen das Bewusstsein geprüft wird; Lücken werden als
Nichtkonformitäten behandelt.

<@sms.section title="Kommunikation" clauses=["7.4"]/>

Der nachstehende Kommunikationsplan legt fest, was wann, mit wem, wie und durch wen kommuniziert wird.
Dringende Kommunikation bei Incidents erfolgt gemäß dem <@sms.link "resolution-and-fulfilment"/>;
Kommunikation bei einem Kontinuitätsereignis erfolgt gemäß dem <@sms.link "service-continuity-plan"/>.

### Interne Kommunikation

| Was | Wann | Mit wem | Wie | Wer |
|---|---|---|---|---|
| Politik, Ziele und Änderungen am Servicemanagementplan | Bei Freigabe | Alle Mitarbeitenden im Anwendungsbereich | Unterweisung, Mitteilung in der Dokumentenbibliothek | ${manager.title} |
| Serviceleistung und Fortschritt bei den Zielen | Monatlich | Mitarbeitende und Prozessverantwortliche | Dashboards, Teambesprechungen | ${reporting.owner.title} |
| Zeitplan genehmigter Changes und geplanter Wartungsarbeiten | Wöchentlich | Service Desk und technische Teams | Change-Kalender ${governance.inTool["change-management"]} | ${change.owner.title} |
| Status von Major Incidents | Bei Ausrufung, danach mindestens stündlich | ${top.title}, Service Desk, Lösungsteams | Telefon- oder Chatkonferenz, Statusmeldungen | ${incident.owner.title} |
| Auditergebnisse und Nichtkonformitäten | Nach jedem Audit | Prozessverantwortliche, ${top.title} | Auditbericht | ${manager.title} |
| Entscheidungen der Managementbewertung | Innerhalb von zehn Arbeitstagen nach der Bewertung | Prozessverantwortliche und Mitarbeitende | Protokoll, Teambesprechung | ${top.title} |

### Externe Kommunikation

| Was | Wann | Mit wem | Wie | Wer |
|---|---|---|---|---|
<#if customers?has_content>
| Serviceberichte | Monatlich | Ansprechpartner der Kunden | Bericht per E-Mail oder Portal | ${reporting.owner.title} |
| Service-Reviews | ${serviceLevels.customerReviewRule?cap_first}, wie im <@sms.link "relationship-and-agreement"/> festgelegt | Ansprechpartner der Kunden | Besprechung | ${brm.owner.title} |
| Kundenzufriedenheitsumfrage | Vierteljährlich | Ansprechpartner der Kunden und eine Stichprobe von Anwendern | Umfrage | ${brm.owner.title} |
| Geplante Wartungsarbeiten und Changes mit Auswirkungen auf den Service | Mindestens fünf Arbeitstage im Voraus | Betroffene Kunden | E-Mail, Mitteilung im Portal | ${change.owner.title} |
| Major Incidents | Innerhalb des Reaktionsziels, danach in vereinbarten Abständen | Betroffene Kunden | Telefon, anschließend E-Mail | ${incident.owner.title} |
| Beschwerden | Eingangsbestätigung innerhalb eines Arbeitstags; Antwort innerhalb von zehn Arbeitstagen | Beschwerdeführer | E-Mail oder Besprechung | ${brm.owner.title} |
</#if>
<#if suppliers?has_content>
| Leistungsbewertungen | ${serviceLevels.supplierReviewRule?cap_first}, wie im <@sms.link "relationship-and-agreement"/> festgelegt | Lieferanten | Besprechung, Bewertungsbericht | ${supplierManagement.owner.title} |
| Bedarfsprognosen | Vierteljährlich | Lieferanten | E-Mail, Bewertungsbesprechung | ${supplierManagement.owner.title} |
| Incidents, Changes und Eskalationen mit Beteiligung eines Lieferanten | Bei Auftreten | Service Desk und Ansprechpartner des Lieferanten | Vereinbarter Supportkanal | ${incident.owner.title} |
| Vertragsänderungen und Streitigkeiten | Bei Auftreten | Account Manager des Lieferanten | Brief oder E-Mail, Besprechung | ${supplierManagement.owner.title} |
</#if>
| Terminierung von Audits und wesentliche Änderungen am SMS | Vor jedem Audit und bevor eine Änderung wirksam wird | Zertifizierungsstelle | E-Mail | ${manager.title} |
| Verletzungen des Schutzes personenbezogener Daten und andere meldepflichtige Vorfälle | Innerhalb der gesetzlichen Frist (72 Stunden, soweit die DSGVO anwendbar ist) | Aufsichtsbehörde, betroffene Kunden | Offizielles Meldeformular | ${security.owner.title}, nach Zustimmung durch den ${top.title} |
| Öffentliche Erklärungen und Stellungnahmen gegenüber Medien zu den Services | Nach Bedarf | Öffentlichkeit, Medien | Stellungnahme | Ausschließlich der ${top.title} |

<#if customers?has_content>
### Ansprechpartner der Kunden

Verantwortlich für die Kundenbeziehungen ist der ${brm.owner.title}.

| Kunde | Ansprechpartner | Services |
|---|---|---|
<#list customers as c>
| ${c.name} | ${c.contact!"In der Service-Level-Vereinbarung benannt"} | <#if c.services?has_content><#list c.services as s>${s.name}<#sep>, </#list><#else>Derzeit keine</#if> |
</#list>

</#if>
<#if suppliers?has_content>
### Ansprechpartner der Lieferanten

| Lieferant | Art | Gesteuert durch |
|---|---|---|
<#list suppliers as s>
| ${s.name} | ${governance.supplierType[s.type].label} | ${s.manager.title} |
</#list>

</#if>
Nur die in den Tabellen genannten Rollen sprechen zu den aufgeführten Themen für ${org.name}. Andere
Mitarbeitende leiten Anfragen von Kunden, Lieferanten oder der Presse an die zuständige Rolle weiter.

<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

<@sms.recordsTable rows=[
  {"record": "Kompetenzanforderungen und Qualifikationsmatrix", "owner": manager, "heldIn": "SMS-Dokumentenbibliothek", "retention": "Aktuelle Version zuzüglich 3 Jahre"},
  {"record": "Schulungsnachweise, Zertifikate und Wirksamkeitsbewertungen", "owner": {"title": "Führungskräfte"}, "heldIn": "Personalakten", "retention": "Dauer des Beschäftigungsverhältnisses zuzüglich 2 Jahre"},
  {"record": "Bestätigungen der Sensibilisierung und Testergebnisse", "owner": manager, "heldIn": "Schulungsprotokoll", "retention": "Dauer des Beschäftigungsverhältnisses zuzüglich 2 Jahre"},
  {"record": "Entscheidungen über Ressourcen", "owner": top, "heldIn": "Protokolle der Managementbewertung", "retention": "6 Jahre"},
  {"record": "Serviceberichte", "owner": reporting.owner, "heldIn": sms.toolOf("service-reporting")?cap_first, "retention": "3 Jahre"},
  {"record": "Protokolle der Service-Reviews mit Kunden und Umfrageergebnisse", "owner": brm.owner, "heldIn": sms.toolOf("business-relationship-management")?cap_first, "retention": "3 Jahre"},
  {"record": "Protokolle der Lieferantenbesprechungen", "owner": supplierManagement.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Vertragsende"}
]/>

<@sms.section title="Messgrößen" clauses=["9.1"]/>

| Messgröße | Zielwert |
|---|---|
<#list measures.of["competence-awareness-communication"] as m>
| ${m.name} | ${m.target} |
</#list>

Der ${manager.title} berichtet diese Messgrößen an jede Managementbewertung.
