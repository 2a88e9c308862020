<#-- Die Texte des KPI-Blatts (deutsch); die Struktur steht in form-kpi-sheet.md.ftl. -->
@@useTitle
Verwendung dieses Formulars
@@use
Der Verantwortliche jeder Kennzahl trägt ihr Ergebnis für den Zeitraum in dieses Blatt ein, und
${reporting.owner.de.der} ${reporting.owner.title} ${reporting.owner.de.plural?has_content?then("stellen", "stellt")} es monatlich zusammen, wie es das
<@sms.link "monitoring-and-reporting"/> festlegt. Es gelten die im SMS festgelegten Zielwerte; ein verfehlter Zielwert wird in der Anmerkung
mit der eingeleiteten Maßnahme erläutert. Das Blatt fließt in die Serviceberichte und in die
Managementbewertung ein.
@@periodTitle
1. Zeitraum
@@periodTable
| Zeitraum | |
|---|---|
| Zeitraum (Monat) | |
| Zusammengestellt von | |
| Datum | |
@@objectivesTitle
2. Servicemanagementziele
@@objectivesHeader
| Ziel und Messgröße | Zielwert | Verantwortlich | Ergebnis | Erfüllt | Anmerkung |
|---|---|---|---|---|---|
@@measureSuffix measure
; Messgröße: ${measure}
@@noObjectives
Die Servicemanagementziele sind noch nicht festgelegt; bis dahin bleibt dieser Teil leer.
@@servicesTitle
3. Serviceleistung
@@servicesHeader
| Service | Serviceverantwortlicher | Ziel der ${t.serviceAvailability} | Erreichte ${t.serviceAvailability} | Erfüllt | Incidents innerhalb der Zielzeit | Anmerkung |
|---|---|---|---|---|---|---|
@@noServices
Eine Zeile für jeden Service im <@sms.link "service-catalogue"/>, mit dem Verfügbarkeitsziel seiner
Service-Level-Vereinbarung.
@@processesTitle
4. Prozesskennzahlen
@@processesHeader
| Prozess | Verantwortlich | Kennzahl | Ergebnis | Anmerkung |
|---|---|---|---|---|
@@signOffTitle
Freigabe
@@compiled
Blatt zusammengestellt
@@reviewed
Blatt geprüft
