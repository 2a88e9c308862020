<#-- Die Texte des Verfahrens zur Managementbewertung (deutsch); die Struktur steht in management-review.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie die oberste Leitung von ${org.name} das Servicemanagementsystem (SMS)
in geplanten Abständen bewertet, um zu bestätigen, dass es für die Organisation weiterhin geeignet, für
ihre Services angemessen und bei der Erreichung seiner Ziele wirksam ist. Es legt fest, wie oft die
Bewertung stattfindet, wer daran teilnimmt, welche Informationen eingebracht werden, was zu entscheiden
ist und wie diese Entscheidungen aufgezeichnet und nachverfolgt werden.
@@scopeTitle
Geltungsbereich
@@scope
Die Bewertung umfasst das gesamte SMS, wie im Dokument <@sms.link "sms-scope"/> festgelegt: die
Servicemanagementpolitik und die Servicemanagementziele, den Servicemanagementplan, jeden
Servicemanagementprozess, die Services im Anwendungsbereich und die an ihrer Erbringung beteiligten
Parteien. Betriebliche Besprechungen, etwa Sitzungen zur Genehmigung von Änderungen oder Service-Reviews
mit Kunden, liefern Eingaben für die Managementbewertung, ersetzen sie aber nicht.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@combinedDuties
Leitet die Bewertung, trifft ihre Entscheidungen und stellt die dafür erforderlichen Ressourcen bereit; stellt die Bewertungsunterlagen zusammen, erstellt das Protokoll und verfolgt die Maßnahmen bis zum Abschluss.
@@topManagementDuties
Leitet die Bewertung; trifft ihre Entscheidungen und genehmigt die dafür erforderlichen Ressourcen; genehmigt das Protokoll.
@@managerDuties
Plant die Bewertungen; sammelt die Eingaben und verteilt die Bewertungsunterlagen; stellt die Gesamtleistung des SMS vor; erstellt das Protokoll und verfolgt jede Maßnahme bis zum Abschluss.
@@processOwnersIntro
Die Prozessverantwortlichen nehmen an der gesamten Bewertung teil; jeder stellt die Leistung der von ihm
verantworteten Prozesse vor:
@@processOwnersHeader
| Prozessverantwortlicher | Inhaber | Vorgestellte Prozesse |
|---|---|---|
@@managerPresentsAll
${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>stellen<#else>stellt</#if> alle Servicemanagementprozesse vor, die sämtlich in ${sms.manager.de.sein}er Verantwortung liegen.
@@managerPresentsOwn
${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>stellen<#else>stellt</#if> die von ${sms.manager.de.ihm} verantworteten Prozesse vor: ${governance.managerProcesses?join(", ")}.
@@topPresents
${sms.topManagement.de.Der} ${sms.topManagement.title} <#if sms.topManagement.de.plural?has_content>stellen<#else>stellt</#if> die von ${sms.topManagement.de.ihm} verantworteten Prozesse vor: ${governance.topProcesses?join(", ")}.
@@othersAttend
Weitere Personen nehmen auf Einladung der Leitung der Sitzung an einzelnen Tagesordnungspunkten teil,
zum Beispiel der leitende interne Auditor zu den Auditergebnissen oder der Kundenbetreuer eines
Lieferanten zu einem Punkt über dessen Leistung.
@@frequencyTitle
Häufigkeit und Planung
@@stage1Planned
(Audit der Stufe 1 geplant am ${certification.stage1})
@@frequency stage1Planned
- Eine vollständige Managementbewertung findet ${cadence.managementReview.every} statt. Die Termine für das kommende Jahr
  werden im Betriebskalender des Dokuments <@sms.link "sms-plan"/> festgelegt und den Teilnehmenden
  mindestens vier Wochen im Voraus mitgeteilt.
- Vor der Erstzertifizierung${stage1Planned} wird
  nach der ersten vollständigen Runde interner Audits mindestens eine vollständige Managementbewertung
  durchgeführt, damit die Zertifizierungsstelle deren Ergebnisse und Maßnahmen einsehen kann.
- ${sms.topManagement.de.Der} ${sms.topManagement.title} <#if sms.topManagement.de.plural?has_content>berufen<#else>beruft</#if> innerhalb von zehn Arbeitstagen nach einem der
  folgenden Ereignisse eine außerordentliche Bewertung ein: ein Major Incident, der einen Vertrag verletzt oder eine
  Vertragsstrafe nach sich zieht; eine Hauptabweichung, die von der Zertifizierungsstelle
  festgestellt wird; Verlust oder Ausfall eines wichtigen Lieferanten; eine wesentliche Änderung des
  Anwendungsbereichs, der Organisation oder ihrer Eigentumsverhältnisse; ein schwerwiegender
  Informationssicherheitsvorfall. Eine außerordentliche Bewertung kann sich auf die von dem Ereignis
  betroffenen Eingaben beschränken.
- Eine Bewertung ist beschlussfähig, wenn ${sms.topManagement.de.der} ${sms.topManagement.title} (oder eine von ${sms.topManagement.de.ihm} förmlich
  benannte Vertretung) und ${sms.manager.de.der} ${sms.manager.title} anwesend sind und mindestens zwei Drittel der
  Prozessverantwortlichen teilnehmen oder einen schriftlichen Bericht einreichen. Eine nicht
  beschlussfähige Bewertung wird innerhalb von vier Wochen neu angesetzt.
@@inputsTitle
Eingaben für die Bewertung
@@inputsIntro
${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>verteilen<#else>verteilt</#if> die Bewertungsunterlagen mindestens fünf Arbeitstage vor der Bewertung.
Sie decken den Zeitraum seit der vorangegangenen Bewertung ab und zeigen, soweit die Daten es zulassen,
Trends über mindestens die letzten drei Zeiträume.
@@inputsHeader
| Nr. | Eingabe | Bereitgestellt von | Quelle |
|---|---|---|---|
@@seeBelow
(siehe unten)
@@objectivesHeading
Servicemanagementziele
@@objectivesIntro
Jeder Zielverantwortliche berichtet das Ergebnis für den Zeitraum, den Trend und, wo das Ziel nicht
erreicht wird, die laufenden Maßnahmen.
@@objectivesHeader
| Ziel | Kennzahl | Zielwert | Verantwortlich |
|---|---|---|---|
@@noObjectives
Es sind noch keine messbaren Servicemanagementziele festgelegt. Bis dahin <#if sms.manager.de.plural?has_content>berichten<#else>berichtet</#if> ${sms.manager.de.der}
${sms.manager.title} die Serviceleistung im Vergleich zu den Service-Level-Zielen; die erste Bewertung
legt die Ziele mit jeweils einer Kennzahl, einem Zielwert und einem Verantwortlichen fest und dokumentiert
sie im Dokument <@sms.link "sms-plan"/>.
@@servicesHeading
Serviceleistung
@@servicesIntro
${reporting.owner.de.Der} ${reporting.owner.title} <#if reporting.owner.de.plural?has_content>berichten<#else>berichtet</#if> für jeden Service die erreichte Verfügbarkeit im Vergleich zum
Ziel, das Aufkommen an Incidents und Service Requests, die Lösung innerhalb der Zielzeiten und jede
Verletzung der Service-Level-Vereinbarung.
@@servicesHeader
| Service | Serviceverantwortlicher | Verfügbarkeitsziel | Kritikalität |
|---|---|---|---|
@@noServices
Im Dokument <@sms.link "service-catalogue"/> sind noch keine Services erfasst. Bis dahin betrachtet die
Bewertung nur die Leistung der Servicemanagementprozesse und prüft, ob der Katalog vervollständigt wird.
@@suppliersHeading
Lieferantenleistung
@@suppliersIntro
${supplierManagement.owner.de.Der} ${supplierManagement.owner.title} <#if supplierManagement.owner.de.plural?has_content>berichten<#else>berichtet</#if> über das Ergebnis der im Zeitraum durchgeführten
Lieferantenbewertungen, Verletzungen von Verträgen oder Vereinbarungen, Streitfälle und jedes veränderte
Lieferantenrisiko, und zwar für:
@@noSuppliers
Für die Services im Anwendungsbereich sind derzeit keine ${t.externalOrInternalSuppliers} erfasst. ${supplierManagement.owner.de.Der}
${supplierManagement.owner.title} <#if supplierManagement.owner.de.plural?has_content>bestätigen<#else>bestätigt</#if> bei jeder Bewertung, dass dies weiterhin zutrifft.
@@processesHeading
Prozessleistung
@@processesIntro
Jeder Prozessverantwortliche übermittelt zehn Arbeitstage vor der Bewertung einen Prozessbericht von höchstens
zwei Seiten an ${sms.manager.de.den} ${sms.manager.title}. Der Bericht zeigt die Prozesskennzahlen im Vergleich zu ihren
Zielwerten, Nichtkonformitäten und Incidents mit Bezug zum Prozess, das Ergebnis der letzten
Prozessüberprüfung, Risiken und Verbesserungsvorschläge.
@@processesHeader
| Prozess | Verantwortlich | Prozessüberprüfung | Datenquelle |
|---|---|---|---|
@@conductTitle
Durchführung der Bewertung
@@conduct
1. **Eröffnung.** Die Sitzungsleitung stellt die Beschlussfähigkeit fest und bestätigt die Tagesordnung.
2. **Frühere Maßnahmen.** Jede offene Maßnahme wird überprüft. Überfällige Maßnahmen erhalten einen neuen
   Termin mit Begründung, werden eskaliert oder mit einer dokumentierten Entscheidung eingestellt.
3. **Eingaben.** Die Eingaben werden in der Reihenfolge der obigen Tabelle behandelt. Zu jeder Eingabe
   fasst die vortragende Person die Ergebnisse, den Trend und deren Bedeutung für das SMS zusammen; die
   Bewertung konzentriert sich auf Abweichungen, verfehlte Ziele und Risiken, nicht auf das Vorlesen der
   Unterlagen.
4. **Schlussfolgerungen.** Die Sitzungsleitung hält das Ergebnis der Bewertung fest: ob das SMS weiterhin
   geeignet, angemessen und wirksam ist und ob die Servicemanagementpolitik und die Servicemanagementziele
   geändert werden müssen.
5. **Entscheidungen und Maßnahmen.** Jede Entscheidung wird vor dem Ende der Sitzung mit
   Verantwortlichem und Fälligkeitstermin aufgezeichnet (siehe „Ergebnisse der Bewertung“).
6. **Abschluss.** Die Sitzungsleitung bestätigt den Termin der nächsten Bewertung und etwaige
   außerordentliche Punkte, die bis dahin nachzuverfolgen sind.
@@outputsTitle
Ergebnisse der Bewertung
@@outputs
Die Bewertung führt zu Entscheidungen und Maßnahmen zu:

- Verbesserungsmöglichkeiten: welche mit welcher Priorität genehmigt und welche mit Begründung abgelehnt
  werden;
- Änderungen am SMS, einschließlich der Servicemanagementpolitik, der Ziele und ihrer Zielwerte, des
  Anwendungsbereichs, des Servicemanagementplans und der Prozesse;
- Änderungen an Services und Service-Level-Zielen, die den Kunden vorgeschlagen werden sollen, sowie
  Änderungen an den Vereinbarungen mit Lieferanten;
- Ressourcenbedarf: Personal, Kompetenzen und Schulung, Tools, Einrichtungen und Budget, jeweils mit
  Angabe, wer sie bis wann bereitstellt;
- Risiken und Chancen: neue Risiken, die in das Register aufzunehmen sind, sowie Änderungen an
  Bewertungen und Behandlungsmaßnahmen;
- Korrekturmaßnahmen zu Nichtkonformitäten oder verfehlten Zielen, die die Prozessverantwortlichen nicht
  im Rahmen ihrer eigenen Befugnisse beheben können.

Änderungen an Services oder Konfigurationselementen, die sich aus einer Entscheidung der Bewertung
ergeben, werden als Änderungsanträge (RFC) gemäß dem Dokument <@sms.link "change-management-policy"/> eingebracht.
Verbesserungen werden in das Verbesserungsregister aufgenommen und gemäß dem Dokument
<@sms.link "continual-improvement"/> gesteuert.
@@minutesTitle
Protokoll und Nachverfolgung
@@minutes
1. ${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>übermitteln<#else>übermittelt</#if> den Teilnehmenden innerhalb von fünf Arbeitstagen den
   Protokollentwurf. Das Protokoll hält die Teilnehmenden, die behandelten Eingaben, die
   Schlussfolgerungen sowie jede Entscheidung und Maßnahme mit Verantwortlichem und Fälligkeitstermin fest.
2. Die Teilnehmenden übermitteln Korrekturen innerhalb von drei Arbeitstagen; anschließend <#if sms.topManagement.de.plural?has_content>genehmigen<#else>genehmigt</#if> ${sms.topManagement.de.der}
   ${sms.topManagement.title} das Protokoll, das damit zu einer gelenkten Aufzeichnung wird.
3. Die Maßnahmen werden in die Maßnahmenliste der Managementbewertung eingetragen. ${sms.manager.de.Der}
   ${sms.manager.title} <#if sms.manager.de.plural?has_content>überprüfen<#else>überprüft</#if> die Liste monatlich, <#if sms.manager.de.plural?has_content>fordern<#else>fordert</#if> die im Folgemonat fälligen Maßnahmen nach
   und <#if sms.manager.de.plural?has_content>melden<#else>meldet</#if> überfällige Maßnahmen an ${sms.topManagement.de.den} ${sms.topManagement.title}.
4. Entscheidungen, die die Mitarbeitenden betreffen, etwa geänderte Ziele oder eine geänderte Politik,
   werden allen Mitarbeitenden innerhalb eines Monats gemäß dem Dokument <@sms.link "competence-awareness-communication"/>
   bekannt gemacht.
5. Die von Entscheidungen der Bewertung betroffenen Dokumente werden gemäß dem Dokument
   <@sms.link "documented-information-control"/> aktualisiert; als Änderungsgrund wird die Bewertung
   angegeben.
@@recordsTitle
Aufzeichnungen
@@records
Die Aufzeichnungen der Managementbewertung werden in der SMS-Dokumentenbibliothek aufbewahrt.

| Aufzeichnung | Verantwortlich | Aufbewahrungsfrist |
|---|---|---|
| Terminplan der Managementbewertungen und Anwesenheit | ${sms.manager.title} | 6 Jahre |
| Bewertungsunterlagen einschließlich der Prozessberichte | ${sms.manager.title} | 6 Jahre |
| Genehmigtes Protokoll mit Schlussfolgerungen und Entscheidungen | ${sms.topManagement.title} | 6 Jahre |
| Maßnahmenliste der Managementbewertung | ${sms.manager.title} | 6 Jahre nach Abschluss der letzten Maßnahme |
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
