<#-- Die Texte des Formulars für den Major-Incident-Bericht (deutsch); die Struktur steht in
     form-major-incident-report.md.ftl. -->
@@useTitle
Verwendung dieses Formulars
@@majorDefinition
: einem Incident der Priorität ${priorities[0].id} oder jedem Incident, den ${incident.owner.de.der}
${incident.owner.title} aufgrund seiner geschäftlichen Auswirkungen zum Major Incident <#if incident.owner.de.plural?has_content>erklären<#else>erklärt</#if>
@@use majorDefinition
Der Major-Incident-Manager, den ${incident.owner.de.der} ${incident.owner.title} <#if incident.owner.de.plural?has_content>benennen<#else>benennt</#if>, füllt diesen Bericht nach jedem Major
Incident aus${majorDefinition}. Er ist die
Nachbetrachtung, die das <@sms.link "resolution-and-fulfilment"/> verlangt, und wird der Incident-Aufzeichnung
${incident.inTool} beigefügt. Für jeden Major Incident wird eine Problemaufzeichnung angelegt; ihre
Ursachenanalyse wird im <@sms.link "form-problem-report"/> festgehalten.
@@incidentTitle
1. Incident
@@incidentTableStart
| Incident | |
|---|---|
| Incident-Nummer | |
| Titel | |
@@priority
Priorität
@@incidentTableEnd
| Zum Major Incident erklärt von, am (Datum und Uhrzeit) | |
| Major-Incident-Manager | |
| Betroffene Kunden | |
| Betroffene Benutzer und Standorte | |
| Beteiligte ${t.externalAndInternalSuppliers} | |
@@prioritiesIntro
Die Zielzeiten jeder Priorität, sofern eine Service-Level-Vereinbarung keine strengeren festlegt:
@@prioritiesHeader
| Priorität | Bezeichnung | Reaktionszeit | Lösungszeit |
|---|---|---|---|
@@servicesTitle
2. Betroffene Services
@@servicesHeader
| ${t["form.tick"]} | Service | Kritikalität | Serviceverantwortlicher | Verfügbarkeitsziel |
|---|---|---|---|---|
@@noServices
Jeder Service wird mit seinem Namen im <@sms.link "service-catalogue"/> eingetragen.
@@blankServicesHeader
| Service | Kritikalität | Serviceverantwortlicher |
|---|---|---|
@@timelineTitle
3. Zeitlicher Ablauf
@@timeline
Festzuhalten sind Erkennung, Erklärung zum Major Incident, Eskalationen, jede Information an die Kunden,
der Workaround, die Lösung und die Bestätigung durch den Benutzer.
@@timelineHeader
| Datum und Uhrzeit | Ereignis | Durch |
|---|---|---|
@@impactTitle
4. Auswirkung und Zielzeiten
@@yes
Ja
@@no
Nein
@@noBecause
Nein, weil
@@yesSecurityIncident
Ja: auch als Informationssicherheitsvorfall behandelt
@@impactTable downtimeCounted yesNo securityAffected noYes
| Auswirkung und Zielzeiten | |
|---|---|
| Beginn der Auswirkung | |
| Service wiederhergestellt | |
| Dauer der Auswirkung | |
| Ausfallzeit wird auf das Ziel der ${t.serviceAvailability} angerechnet | ${downtimeCounted} |
| Reaktionszeit eingehalten | ${yesNo} |
| Lösungszeit eingehalten | ${yesNo} |
| Verletzte Service-Level-Vereinbarungen | |
| Information der Kunden (erste Meldung, danach in welchen Abständen) | |
| Informationssicherheit betroffen | ${securityAffected} |
| Servicekontinuitätsplan aktiviert | ${noYes} |
@@causeTitle
5. Ursache und Lösung
@@causeTable
| Ursache und Lösung | |
|---|---|
| Symptome | |
| Ursache, soweit bekannt | |
| Workaround oder Lösung | |
| Zur Lösung durchgeführte Änderung (RFC-Nummer; Notfalländerung) | |
| Angelegte Problemaufzeichnung (Nummer) | |
@@lessonsTitle
6. Erkenntnisse und Maßnahmen
@@lessonsTable
| Erkenntnisse | |
|---|---|
| Was gut funktioniert hat | |
| Was nicht funktioniert hat, und warum | |
@@actionsHeader
| ${t["form.no"]} | Maßnahme | Verantwortlich | Fällig |
|---|---|---|---|
@@signOffTitle
Freigabe
@@written
Bericht erstellt durch den Major-Incident-Manager
@@reviewAccepted
Nachbetrachtung angenommen
@@problemAccepted
Problemaufzeichnung übernommen
