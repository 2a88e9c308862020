<#-- Die Texte des Verfahrens für Lösung und Erfüllung (deutsch); die Struktur steht in resolution-and-fulfilment.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie ${org.name} nach einem Incident den normalen Servicebetrieb
wiederherstellt, Service Requests erfüllt und die Ursachen von Incidents beseitigt, damit diese nicht
erneut auftreten. Es stellt sicher, dass jede dieser Tätigkeiten wiederholbar, aufgezeichnet und messbar
ist, sodass die Kunden die vereinbarte Unterstützung erhalten und wiederkehrende Störungen behoben statt
hingenommen werden.
@@scopeTitle
Geltungsbereich
@@scopeIntro
Das Verfahren gilt für jeden Service im Anwendungsbereich des Servicemanagementsystems (SMS):
@@scopeService service
${service.name}, für <@sms.names items=service.customers empty="interne Benutzer"/>
@@noServices
Das Verfahren gilt für jeden Service im Anwendungsbereich des Servicemanagementsystems (SMS). Im
Servicekatalog sind noch keine Services erfasst; jeder Service fällt unter dieses Verfahren, sobald er in
den Katalog aufgenommen wird.
@@coverage
Es umfasst Incidents und Service Requests, die Kunden und Benutzer über einen beliebigen Kanal melden,
durch die Überwachung erkannte Incidents sowie Probleme, die aus Incident-Trends, aus Meldungen von
Lieferanten oder durch die technischen Teams erkannt werden. Informationssicherheitsvorfälle werden hier
erfasst und anschließend wie im Dokument <@sms.link "service-assurance"/> beschrieben behandelt.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@incidentOwnerDuties
Verantwortet den Incident-Management-Prozess; pflegt das Prioritätenschema; überprüft Incidents mit überschrittenen Zielzeiten und die Berichte zu Major Incidents.
@@requestOwnerDuties
Verantwortet den Service-Request-Management-Prozess; pflegt den Katalog der Service Requests und die Liste der vorab genehmigten Service Requests.
@@problemOwnerDuties
Verantwortet den Problem-Management-Prozess; entscheidet, welche Probleme untersucht werden; pflegt die Aufzeichnungen zu bekannten Fehlern.
@@managerDuties
Überprüft die Leistung der drei Prozesse bei jeder SMS-Überprüfung und stößt Verbesserungen an.
@@principlesTitle
Grundsätze
@@principles
- Jeder Incident und jeder Service Request wird erfasst, auch wenn er beim Erstkontakt gelöst wird.
- Die Priorität ergibt sich aus Auswirkung und Dringlichkeit, niemals daraus, wer die Anfrage stellt.
- Incidents werden innerhalb der Zielzeiten der Service-Level-Vereinbarung des betroffenen Service
  gelöst; die Zeitmessung beginnt mit dem Anlegen des Datensatzes.
- Ein Major Incident wird von ${incident.owner.de.dem} ${incident.owner.title} oder von der diensthabenden Führungskraft ausgerufen und nach
  den in diesem Verfahren beschriebenen Schritten für Major Incidents behandelt.
- Workarounds und bekannte Fehler werden dem Service Desk bereitgestellt, damit wiederholt auftretende
  Incidents schnell gelöst werden.
- Änderungen, die zur Lösung eines Incidents oder eines Problems erforderlich sind, werden als
  Änderungsanträge gemäß dem Dokument <@sms.link "design-build-transition"/> gestellt; ausgenommen sind
  vorab genehmigte Standardänderungen.
@@priorityTitle
Prioritätenschema für Incidents
@@priorityScheme
Auswirkung (wie viele Benutzer betroffen sind oder wie kritisch der betroffene Service ist) und
Dringlichkeit (wie schnell dem Geschäftsbetrieb ein Schaden entsteht) bestimmen gemeinsam die Priorität.
Die folgenden Zielzeiten gelten, sofern eine Service-Level-Vereinbarung keine strengeren festlegt.

| Priorität | Bezeichnung | Typische Situation | Reaktionszeit | Lösungszeit |
|---|---|---|---|---|
@@incidentTitle
Incident-Management
@@incidentManagement
Für die Erfassung und Bearbeitung von Incidents wird ${sms.toolOf("incident-management")} verwendet.

1. **Erfassen.** Der Incident wird mit der meldenden Person, dem betroffenen Service und den betroffenen
   Konfigurationselementen, den Symptomen und dem Zeitpunkt des Auftretens erfasst.
2. **Klassifizieren und priorisieren.** Dem Incident werden eine Kategorie und eine Priorität gemäß dem
   obigen Schema zugeordnet. Es wird geprüft, ob er einem bekannten Fehler entspricht; ist das der Fall,
   wird der dokumentierte Workaround angewendet.
3. **Untersuchen und diagnostizieren.** Der Service Desk versucht zunächst selbst, den Incident zu lösen.
   Gelingt dies nicht innerhalb seiner Zielzeit, eskaliert er an die Lösungsgruppe, die für das
   Konfigurationselement zuständig ist.
4. **Eskalieren.** Die funktionale Eskalation übergibt den Incident an das zuständige Team. Die
   hierarchische Eskalation informiert ${incident.owner.de.den} ${incident.owner.title}, wenn eine Zielzeit gefährdet ist, und
   den Kunden, wenn das SLA dies verlangt.
5. **Lösen und wiederherstellen.** Der Service wird wiederhergestellt, die Lösung wird dokumentiert, und
   mit dem Benutzer wird bestätigt, dass der Service wie erwartet funktioniert.
6. **Schließen.** Der Datensatz wird geschlossen, sobald der Benutzer die Lösung bestätigt hat oder nach
   drei Arbeitstagen ohne Rückmeldung. Vor dem Schließen werden die Kategorie und die Lösungsnotizen
   geprüft.
@@majorTitle
Major Incidents
@@majorIncidents
Ein Major Incident ist ein Incident der Priorität ${priorities[0].id} oder jeder Incident, den ${incident.owner.de.der}
${incident.owner.title} aufgrund der geschäftlichen Auswirkungen zum Major Incident ${incident.owner.de.plural?has_content?then("erklären", "erklärt")}. Für einen
Major Incident gilt:

1. ${incident.owner.de.Der} ${incident.owner.title} ${incident.owner.de.plural?has_content?then("benennen", "benennt")} einen Major-Incident-Manager und ${incident.owner.de.plural?has_content?then("eröffnen", "eröffnet")} eine Telefonkonferenz mit
   den Lösungsgruppen und, soweit erforderlich, dem Lieferanten.
2. Die betroffenen Kunden werden innerhalb der Reaktionszeit und danach in vereinbarten Abständen bis zur
   Lösung informiert.
3. Nach der Lösung werden in einer Nachbetrachtung des Major Incidents der zeitliche Ablauf, die Ursache,
   soweit bekannt, und die ergriffenen Maßnahmen dokumentiert. Zu jedem Major Incident wird ein
   Problem-Datensatz angelegt.
@@requestTitle
Service-Request-Management
@@requestManagement
Für die Erfassung und Erfüllung von Service Requests wird ${sms.toolOf("service-request-management")} verwendet.

1. **Erfassen.** Der Service Request wird mit der anfordernden Person, dem Anfragetyp und einer
   gegebenenfalls erforderlichen Genehmigung erfasst.
2. **Genehmigen.** Service Requests, die Kosten verursachen, Zugriffsrechte gewähren oder ein
   Konfigurationselement ändern, bedürfen der für ihren Anfragetyp festgelegten Genehmigung.
   Zugriffsanfragen bedürfen zusätzlich der Genehmigung durch den Informationseigentümer.
3. **Erfüllen.** Der Service Request wird gemäß der Arbeitsanweisung seines Anfragetyps ausgeführt. Stellt
   sich heraus, dass eine nicht standardisierte Änderung erforderlich ist, wird der Service Request in
   einen Änderungsantrag umgewandelt.
4. **Bestätigen und schließen.** Die Erfüllung wird mit der anfordernden Person bestätigt, und der
   Datensatz wird geschlossen.

Die Arten von Requests mit den Berechtigten, ihrer Genehmigung und ihrem Erfüllungsziel sowie die
Standard-Requests jedes Service sind im <@sms.link "request-catalogue"/> aufgeführt, den ${request.owner.de.der}
${request.owner.title} ${request.owner.de.plural?has_content?then("führen", "führt")}. Die Arbeitsanweisung jedes Requests wird ${request.inTool} geführt.
@@problemTitle
Problem-Management
@@problemManagement
Für die Erfassung von Problemen wird ${sms.toolOf("problem-management")} verwendet.

1. **Identifizieren.** Ein Problem-Datensatz wird für jeden Major Incident, für wiederkehrende Incidents,
   die durch Trendanalysen erkannt werden, und dann angelegt, wenn ein Lieferant oder ein technisches Team
   einen zugrunde liegenden Fehler meldet.
2. **Priorisieren.** Probleme werden nach der Auswirkung der von ihnen verursachten Incidents und nach dem
   Risiko eines erneuten Auftretens priorisiert.
3. **Untersuchen.** Die Grundursache wird mit einer strukturierten, für das Problem geeigneten Methode
   ermittelt (zum Beispiel Zeitlinienanalyse, 5-Why-Methode oder Fehlerbaumanalyse).
4. **Bekannte Fehler erfassen.** Sobald die Ursache oder ein Workaround bekannt ist, wird ein bekannter
   Fehler erfasst und dem Service Desk zur Verfügung gestellt.
5. **Beheben.** Für die dauerhafte Fehlerbehebung wird, soweit erforderlich, ein Änderungsantrag gestellt
   und bis zum Deployment verfolgt.
6. **Schließen.** Das Problem wird geschlossen, sobald die Wirksamkeit der Fehlerbehebung nachgewiesen ist,
   und der zugehörige Datensatz des bekannten Fehlers wird aktualisiert.

${problem.owner.de.Der} ${problem.owner.title} ${problem.owner.de.plural?has_content?then("überprüfen", "überprüft")} offene Probleme und bekannte Fehler monatlich und ${problem.owner.de.plural?has_content?then("berichten", "berichtet")} über
ihren Stand in den Serviceberichten.
@@inputsTitle
Eingaben und Ergebnisse
@@inputsOutputs
| Eingaben | Ergebnisse |
|---|---|
| Anrufe, E-Mails und Portalanfragen von Benutzern | Datensätze zu Incidents und Service Requests |
| Ereignisse und Alarme aus der Überwachung | Gelöste Incidents und erfüllte Service Requests |
| ${t.ConfigurationInformation} | Problem-Datensätze und bekannte Fehler |
| Bekannte Fehler und Workarounds | Änderungsanträge für dauerhafte Fehlerbehebungen |
| Service-Level-Vereinbarungen | Nachbetrachtungen von Major Incidents |
@@recordsTitle
Aufzeichnungen
@@incidentRecords
Incident-Datensätze einschließlich der Nachbetrachtungen von Major Incidents
@@threeYearsAfterClosure
3 Jahre nach dem Schließen
@@requestRecords
Datensätze und Genehmigungen zu Service Requests
@@problemRecords
Problem-Datensätze und Datensätze zu bekannten Fehlern
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
@@measuresReport
Die Ergebnisse werden monatlich in den Serviceberichten gemäß dem Dokument <@sms.link "monitoring-and-reporting"/> berichtet.
