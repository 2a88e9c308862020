<#-- Die Texte des Verfahrens für Überwachung, Messung und Serviceberichterstattung (deutsch); die Struktur steht in
     monitoring-and-reporting.md.ftl. -->
@@purposeTitle
Zweck
@@purpose reportingProcessNote
Dieses Verfahren legt fest, wie ${org.name} das Servicemanagementsystem (SMS) und seine Services
überwacht und misst, wie die Ergebnisse analysiert und bewertet werden und welche Serviceberichte für
Kunden und Leitung erstellt werden${reportingProcessNote}. Es stellt sicher, dass Entscheidungen über die Services und das SMS auf
verlässlichen Daten beruhen und dass die Kunden regelmäßig eine zutreffende Darstellung der von ihnen
bezogenen Services erhalten.
@@reportingProcessNote
(der Prozess der Serviceberichterstattung
selbst ist Bestandteil des Dokuments <@sms.link "service-delivery-processes"/>)
@@scopeTitle
Geltungsbereich
@@scope
Das Verfahren umfasst:

- die SMS-Ziele und den bei ihrer Erreichung erzielten Fortschritt;
- die Leistung jedes Service im Anwendungsbereich des SMS im Vergleich zu seinen Service-Level-Zielen;
- die Kennzahlen jedes Servicemanagementprozesses;
- die Serviceberichte an Kunden und Leitung sowie die daraufhin ergriffenen Maßnahmen.

Die Ergebnisse interner Audits und der Managementbewertung sind in den Dokumenten <@sms.link "internal-audit"/>
und <@sms.link "management-review"/> beschrieben; dieses Verfahren liefert einen großen Teil ihrer Eingaben.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@reportingOwnerDuties
Verantwortet den Prozess der Serviceberichterstattung; pflegt die Liste der Berichte und die Definitionen der Kennzahlen; erstellt die Serviceberichte und gibt sie heraus.
@@ownerDuties
Verantwortet dieses Verfahren.
@@managerDuties
Leitet die monatliche SMS-Leistungsbesprechung; bewertet die Leistung und Wirksamkeit des SMS; bereitet die Leistungsdaten als Eingabe für die Managementbewertung auf.
@@brmOwnerDuties
Stellt die Serviceberichte den Kunden in den Service-Reviews vor; führt die Kundenzufriedenheitsumfrage durch.
@@topManagementDuties
Erhält den SMS-Leistungsbericht; bewertet die Leistung und Wirksamkeit des SMS in der Managementbewertung.
@@owners
Jeder Prozessverantwortliche misst und analysiert die Leistung seines Prozesses, jeder
Serviceverantwortliche analysiert die Leistung seines Service und jeder Zielverantwortliche berichtet über
den Fortschritt bei seinem Ziel. Sie erläutern jedes verfehlte Ziel und schlagen die zu ergreifende
Maßnahme vor.
@@frameworkTitle
Rahmen für die Leistungsbewertung
@@framework
Die Leistung wird auf drei Ebenen bewertet, die zusammen zeigen, ob das SMS die angestrebten Ergebnisse
erreicht:

| Ebene | Gegenstand der Bewertung | Ort | Häufigkeit |
|---|---|---|---|
| Services | Service-Level-Ziele, Verfügbarkeit, Kundenzufriedenheit | Serviceberichte und Service-Reviews mit Kunden | Monatlich sowie bei jedem Service-Review mit Kunden (monatlich oder vierteljährlich) |
| Prozesse | Prozesskennzahlen und Prozessüberprüfungen | Monatliche SMS-Leistungsbesprechung | Monatlich sowie bei jeder Prozessüberprüfung |
| SMS | SMS-Ziele, Auditergebnisse, Wirksamkeit der Maßnahmen | Managementbewertung | ${cadence.managementReview.label} |

Überwachung und Messung (dieses Verfahren), internes Audit und Managementbewertung greifen ineinander:
Die Messergebnisse steuern das Auditprogramm und sind die wichtigste Eingabe für die Managementbewertung,
und die Entscheidungen der Managementbewertung können ändern, was gemessen wird.
@@monitoredTitle
Gegenstand der Überwachung und Messung
@@monitored
Es werden drei Gruppen von Kennzahlen geführt: die SMS-Ziele, die Leistung jedes Service und die
Leistung jedes Prozesses. Zusammen zeigen sie, ob das SMS seine beabsichtigten Ergebnisse erreicht und
wo Verbesserungsbedarf besteht.
@@objectivesTitle
SMS-Ziele
@@objectivesHeader
| Nr. | Ziel | Kennzahl | Zielwert | Verantwortlich |
|---|---|---|---|---|
@@objectivesMeasured
Jedes Ziel wird monatlich gemessen; der Fortschritt wird im SMS-Leistungsbericht dargestellt.
@@noObjectives
Es sind noch keine SMS-Ziele festgelegt. Bis dahin <#if sms.manager.de.plural?has_content>berichten<#else>berichtet</#if> ${sms.manager.de.der} ${sms.manager.title} die nachstehenden
Service- und Prozesskennzahlen und <#if sms.manager.de.plural?has_content>schlagen<#else>schlägt</#if> in der nächsten Managementbewertung Ziele vor.
@@servicesTitle
Serviceleistung
@@serviceMeasures
Für jeden Service wird monatlich im Vergleich zu den Zielen seiner Service-Level-Vereinbarung gemessen:
die Verfügbarkeit innerhalb der vereinbarten Servicezeiten, die innerhalb des Ziels gelösten Incidents und
erfüllten Service Requests, Major Incidents, Änderungen mit Auswirkung auf den Service sowie die
Kundenzufriedenheit.
@@servicesHeader
| Service | Servicezeiten | Verfügbarkeitsziel | Kunden | Analyse durch |
|---|---|---|---|---|
@@hoursNotDefined
nicht festgelegt
@@internalUsers
interne Benutzer
@@noServices
Es sind noch keine Services erfasst. Jeder Service wird mit seiner Inbetriebnahme in das Messprogramm
aufgenommen.
@@processesTitle
Prozesskennzahlen
@@processesHeader
| Prozess | Abschnitt | Verantwortlich | Wichtigste Kennzahl | Prozessüberprüfung |
|---|---|---|---|---|
@@methodsTitle
Methoden
@@methods
- **Definition der Kennzahlen.** Jede Kennzahl ist in den <@sms.link "measure-definitions"/> definiert:
  Bezeichnung, Berechnungsformel, Datenquelle, Häufigkeit, Verantwortlicher, Zielwert und Empfänger des
  Berichts. Über eine neue Kennzahl wird erst berichtet, wenn ihre Definition dort aufgenommen und
  freigegeben ist.
- **Datenerhebung.** Die Daten werden den Tools entnommen, in denen die Arbeit erfasst wird, und
  nicht manuell erhoben: ${measurement.dataSources}. Umfrageergebnisse, die außerhalb dieser Tools eingehen,
  werden durch ${brm.owner.de.den} ${brm.owner.title} erfasst und von einer zweiten Person geprüft.
- **Zeitbezogene Kennzahlen** werden innerhalb der Servicezeiten des jeweiligen Service nach den
  Zeitregeln seiner Service-Level-Vereinbarung berechnet. Die Verfügbarkeit wird wie im Dokument
  <@sms.link "service-assurance"/> beschrieben berechnet.
- **Datenqualität.** Vor jedem Monatsbericht <#if reporting.owner.de.plural?has_content>prüfen<#else>prüft</#if> ${reporting.owner.de.der} ${reporting.owner.title}, ob die Daten für den
  Zeitraum vollständig sind, <#if reporting.owner.de.plural?has_content>gleichen<#else>gleicht</#if> die Summen mit den Quellsystemen ab und <#if reporting.owner.de.plural?has_content>dokumentieren<#else>dokumentiert</#if> jede Korrektur
  mit ihrer Begründung. Zahlen werden nach der Herausgabe niemals ohne einen Hinweis im nächsten Bericht
  geändert.
- **Status.** Ergebnisse werden als grün (Ziel erreicht), gelb (Ziel erreicht, aber mit weniger als 10 %
  Abstand zur Grenze oder drei Monate in Folge verschlechtert) oder rot (Ziel verfehlt) dargestellt.
@@calendarTitle
Kalender für Überwachung und Messung
@@calendar
| Zeitpunkt | Aktivität | Verantwortlich |
|---|---|---|
| Laufend | Automatisierte Überwachung der Services und Komponenten; Alarme werden als Incidents erfasst | ${availability.owner.title} |
| Täglich | Überprüfung offener Incidents und Service Requests, deren Zielzeit bald überschritten wird | ${incident.owner.title} |
| Wöchentlich | Betriebsbesprechung: Major Incidents, Änderungen, Probleme, Kapazitätswarnungen | ${reporting.owner.title} |
| Monatlich, bis zum 5. Arbeitstag | Daten extrahiert und geprüft, Kennzahlen berechnet | ${reporting.owner.title} |
| Monatlich, bis zum 10. Arbeitstag | Serviceberichte herausgegeben; SMS-Leistungsbesprechung durchgeführt | ${sms.manager.title} |
| ${serviceLevels.customerReviewRule?cap_first} | Service-Reviews mit Kunden in der im Dokument <@sms.link "relationship-and-agreement"/> festgelegten Häufigkeit | ${brm.owner.title} |
| Vierteljährlich | Trendanalyse; Kundenzufriedenheitsumfrage | ${brm.owner.title} |
| ${serviceLevels.supplierReviewRule?cap_first} | Bewertungen der Lieferantenleistung in der im Dokument <@sms.link "relationship-and-agreement"/> festgelegten Häufigkeit | ${supplierManagement.owner.title} |
| Bei jeder Managementbewertung | Bewertung der Leistung und Wirksamkeit des SMS | ${top.title} |
| Jährlich | Überprüfung der Kennzahlen selbst: weiterhin nützlich, weiterhin korrekt definiert | ${sms.manager.title} |
@@analysisTitle
Analyse und Bewertung
@@analysis
1. **Analysieren.** Der Verantwortliche jeder Kennzahl betrachtet das Ergebnis, seinen Trend über
   mindestens sechs Monate sowie jeden gelben oder roten Status und erläutert die Ursache in einer kurzen
   Begründung.
2. **Maßnahme vorschlagen.** Für jedes rote Ergebnis schlägt der Verantwortliche eine Maßnahme vor. Ein
   verfehltes Service-Level-Ziel oder ein wiederholter Fehler wird als Nichtkonformität gemäß dem Dokument
   <@sms.link "nonconformity-and-corrective-action"/> erfasst; eine Verbesserungsmöglichkeit wird gemäß dem Dokument
   <@sms.link "continual-improvement"/> erfasst.
3. **Bewerten.** In der monatlichen SMS-Leistungsbesprechung, die ${sms.manager.de.der} ${sms.manager.title} mit den
   Prozess- und Serviceverantwortlichen <#if sms.manager.de.plural?has_content>durchführen<#else>durchführt</#if>, werden die Ergebnisse in ihrer Gesamtheit bewertet; es wird geprüft, ob die
   Maßnahmen aus früheren Besprechungen wirksam waren, und es werden neue Maßnahmen mit Verantwortlichen
   und Terminen vereinbart.
4. **Eskalieren.** Ergebnisse, die ein SMS-Ziel oder eine Kundenvereinbarung gefährden, werden innerhalb
   von fünf Arbeitstagen der obersten Leitung (${top.title}) gemeldet.
5. **An die Managementbewertung berichten.** ${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>fassen<#else>fasst</#if> die Ergebnisse, Trends und
   Maßnahmen seit der letzten Bewertung als Eingabe für die Managementbewertung (<@sms.link "management-review"/>) zusammen; dort
   beurteilt die oberste Leitung, ob das SMS leistungsfähig und wirksam ist.
@@reportsTitle
Serviceberichte
@@reports2011
Die Serviceberichte mit Zweck, Empfängerkreis, Häufigkeit und Datenquellen sowie die Schritte zu ihrer
Erstellung und Herausgabe sind unter „Serviceberichterstattung“ im Dokument <@sms.link "service-delivery-processes"/>
festgelegt. Sie stützen sich auf die Messergebnisse dieses Verfahrens.
@@inputsOutputsTitle
Eingaben und Ergebnisse
@@inputsOutputs
| Eingaben | Ergebnisse |
|---|---|
| SMS-Ziele und Service-Level-Vereinbarungen | Definitionen der Kennzahlen |
| Aufzeichnungen zu Incidents, Service Requests, Problemen und Änderungen | Monatliche Messergebnisse mit Status |
| Überwachungs- und Verfügbarkeitsdaten | Serviceberichte für Kunden und Leitung |
| Kundenzufriedenheitsumfragen und Beschwerden | Protokolle der SMS-Leistungsbesprechungen und Service-Reviews |
| Daten zu Lieferanten, Kapazität, Informationssicherheit und Kosten | Nichtkonformitäten und Verbesserungsmöglichkeiten |
| Entscheidungen der Managementbewertung | Leistungsdaten als Eingabe für die Managementbewertung |
@@recordsTitle
Aufzeichnungen
@@definitionVersionsRecord
Frühere Fassungen der Kennzahlendefinitionen
@@resultsRecord
Monatliche Messergebnisse und ihre Analyse
@@reportsRecord
Herausgegebene Serviceberichte und die zugehörigen Datenauszüge
@@performanceReviewRecord
Protokolle und Maßnahmen der SMS-Leistungsbesprechungen
@@serviceReviewRecord
Protokolle und Maßnahmen der Service-Reviews mit Kunden
@@documentLibrary
SMS-Dokumentenbibliothek
@@threeYearsAfterSuperseded
3 Jahre nach Ablösung
@@threeYears
3 Jahre
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
