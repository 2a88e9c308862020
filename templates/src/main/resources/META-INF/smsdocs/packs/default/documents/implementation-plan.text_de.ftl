<#-- Die Texte des SMS-Einführungsplans (deutsch); die Struktur steht in implementation-plan.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieser Plan legt fest, wie ${org.name} das Servicemanagementsystem (SMS) aufbaut und zur Zertifizierung
nach ${roadmap.certification.standard} führt<#if roadmap.certification.transition> (das SMS ist nach ${sms.standard} dokumentiert;
die Arbeiten, die die Ausgabe ${roadmap.certification.edition} ergänzt, sind als Umstellungsarbeiten geplant, siehe <@sms.link "certification-roadmap"/>)</#if>. Er folgt dem stufenweisen Vorgehen nach ISO/IEC TR 20000-5: Business Case und
Projektinitiierung, drei Einführungsphasen und die Zeit nach der Einführung. Die Aktivitäten, ihr Aufwand
und ihre Termine werden aus der eigenen Gap-Analyse der Organisation berechnet; der Plan zeigt daher die
tatsächlich verbleibende Arbeit und keine allgemeine Checkliste.
@@basisTitle
Grundlage des Plans
@@gapsIntro
In der Gap-Analyse wurden ${implementationPlan.assessed.total} <#if implementationPlan.assessed.total != 1>Abschnitte<#else>Abschnitt</#if> von ${sms.standard} bewertet:
${implementationPlan.assessed.implemented} umgesetzt, ${implementationPlan.assessed.partial} teilweise umgesetzt und ${implementationPlan.assessed.missing} fehlend. Ein nicht
bewerteter Abschnitt übernimmt die Bewertung des nächsten übergeordneten bewerteten Abschnitts und gilt als
fehlend, wenn es keinen solchen gibt; so wird keine Anforderung ohne Nachweis als erfüllt angenommen.

| Abschnitt | Titel | Bewertung | Anmerkung |
|---|---|---|---|
@@noGaps
Es ist noch keine Gap-Analyse erfasst; deshalb gilt jede Anforderung als fehlend, und der Plan zeigt das
vollständige Programm. Sobald die Bewertung erfasst ist (implementation.gaps), werden die Aktivitäten für
bereits Vorhandenes gekürzt oder entfallen.
@@effectOnPlan
Auswirkungen auf den Plan:

- Aktivitäten, deren Abschnitte vollständig umgesetzt sind, werden nicht benötigt und unter
  „Nicht benötigte Aktivitäten“ aufgeführt;
- Aktivitäten, deren Abschnitte teilweise umgesetzt sind<#if (implementationPlan.shortenedCount > 0)> (${implementationPlan.shortenedCount} in diesem Plan)</#if>,
  werden auf die Hälfte ihres Aufwands gekürzt;
- Aktivitäten zu Governance, Audit und Bewertung verbleiben unabhängig von der Bewertung immer im Plan.
@@effortNeeded
Der Aufbau des SMS erfordert ${implementationPlan.buildOutEffortDays} Personentage Aufwand, gegenüber ${implementationPlan.fullEffortDays} Personentagen
für eine Organisation, die bei null beginnt<#if (implementationPlan.capabilityEffortDays > 0)>; die Anhebung der Prozessfähigkeit auf
die Zielgrade kommt mit ${implementationPlan.capabilityEffortDays} Personentagen hinzu, insgesamt ${implementationPlan.effortDays} Personentage</#if>.
@@runsFrom
Der Plan läuft vom ${implementationPlan.start} bis zum ${implementationPlan.end}.
@@noStartDate
Es ist kein Startdatum erfasst (implementation.start oder sms.effectiveDate); der Zeitplan wird deshalb in
Wochen ab Projektbeginn angegeben.
@@schedulingTitle
Terminplanung
@@scheduling
- Der Anwendungsbereich des SMS wird vor Phase 1 festgelegt und ändert sich nicht von Phase zu Phase; jede
  Phase baut auf der vorhergehenden auf.
- Jede Aktivität hat einen Verantwortlichen, einen Aufwand in Arbeitstagen des Verantwortlichen und die
  Aktivitäten, von denen sie abhängt. Sie beginnt frühestens am Arbeitstag nach dem Ende der letzten dieser Aktivitäten<#if implementationPlan.dated> oder am Startdatum des Projekts</#if>; Wochenenden<#if (implementation.holidays)?has_content> und die erfassten Feiertage</#if> werden nicht mitgezählt.
- Einige Abhängigkeiten ergeben sich aus der Arbeitsweise der Prozesse: Konfigurationsmanagement vor
  Änderungsmanagement sowie Release- und Deployment-Management, weil beide auf genaue ${t.configurationInformation}
  angewiesen sind; Service-Level-Management vor Serviceberichterstattung, weil Berichte die vereinbarten
  Ziele messen; die Politik vor dem Anwendungsbereich und der Anwendungsbereich vor dem
  Servicemanagementplan; das Auditprogramm vor dem ersten internen Audit und das Audit vor der ersten
  Managementbewertung.
- Jeder Verantwortliche stellt dem Projekt einen festen Anteil seiner Arbeitszeit zur Verfügung, seine
  Kapazität (aufgeführt unter „Auslastung der Verantwortlichen“), und arbeitet jeweils an einer Aktivität.
  Eine Aktivität erstreckt sich deshalb über ihren Aufwand geteilt durch diesen Anteil, aufgerundet auf ganze
  Arbeitstage: 5 Tage Aufwand bei 50 % Kapazität dauern 10 Arbeitstage. Sie beginnt am ersten Tag, an dem ihr
  Verantwortlicher für ihre gesamte Dauer frei ist; so trägt kein Verantwortlicher an einem Arbeitstag mehr
  als seine Kapazität. Aktivitäten verschiedener Verantwortlicher laufen parallel.
- Im Voraus festgelegte Termine, etwa mit der Zertifizierungsstelle vereinbarte Audittermine, bleiben
  bestehen, und die übrige Arbeit wird um sie herum geplant; einen festen Termin, den die vorausgehende
  Arbeit nicht einhalten kann, führt der Abschnitt „Meilensteine“ auf.
@@workloadTitle
Auslastung der Verantwortlichen
@@workloadIntro
Die Tabelle zeigt den Anteil jedes Verantwortlichen am Plan, den mit der meisten Arbeit zuerst. Kein
Verantwortlicher trägt an einem Arbeitstag mehr als seine Kapazität.
@@withoutCapacityLimits
Hätte jeder Verantwortliche unbegrenzt Zeit, endeten dieselben Aktivitäten <#if implementationPlan.dated>am ${implementationPlan.endWithoutCapacityLimits}
statt am<#else>in ${implementationPlan.endWithoutCapacityLimits} statt in</#if> ${implementationPlan.end}.
@@workloadHeader
| Verantwortlich | Kapazität | Aktivitäten | Aufwand (Tage) | Belegte Arbeitstage | Höchste Tageslast | Ende der letzten Aktivität |
|---|---|---|---|---|---|---|
@@assumed
(angenommen)
@@assumedCapacity
Eine angenommene Kapazität ist für die Rolle nicht in den SMS-Stammdaten erfasst: Der Plan rechnet dann mit
der Hälfte ihrer Arbeitszeit. Wird der tatsächliche Anteil jedes Verantwortlichen erfasst, halten die Termine.
@@ganttTitle
Zeitplan
@@ganttAlt
Gantt-Diagramm des Einführungsplans: ein Balken je Aktivität, nach Phase eingefärbt, mit den Meilensteinen
@@ganttLegend
Jeder Balken umfasst die Arbeitstage einer Aktivität; die Farbe zeigt ihre Phase, ein hellerer Farbton
kennzeichnet eine gekürzte Aktivität. Die Rauten sind die nachfolgend aufgeführten Meilensteine.
@@milestonesTitle
Meilensteine
@@milestonesHeader
| Meilenstein | Datum | Grundlage |
|---|---|---|
@@warningsIntro
Die geplanten Termine stehen an folgenden Stellen im Widerspruch zum Plan; der Termin ist zu verschieben
oder die Arbeit vorzuziehen:
@@droppedTitle
Nicht benötigte Aktivitäten
@@droppedIntro
Diese Aktivitäten des Standardprogramms entfallen, weil die Gap-Analyse ihre Abschnitte als bereits
umgesetzt bewertet hat<#if sms.edition == "2011"> oder weil die Ausgabe 2011 keine entsprechende Anforderung enthält</#if>.

| ID | Aktivität | Begründung |
|---|---|---|
@@capabilityTitle
Verbesserung der Prozessfähigkeit
@@capability
In der Selbstbewertung im Dokument <@sms.link "capability-assessment"/> wurden Zielstufen oberhalb der
aktuellen Stufen festgelegt. Jede zu erreichende Stufe ist eine Aktivität dieses Plans (die oben
aufgeführten CAP-Aktivitäten); sie wird vom jeweiligen Prozessverantwortlichen verantwortet und nach dem
Aufbau des Prozesses selbst eingeplant.
@@managingTitle
Steuerung des Plans
@@managing
${sms.manager.de.Der} ${sms.manager.title} steuert<#if sms.manager.de.plural?has_content>n</#if> diesen Plan als Projekt. Der Fortschritt gegenüber den Terminen
wird alle zwei Wochen mit den Verantwortlichen der Aktivitäten überprüft und monatlich an
${sms.topManagement.de.den} ${sms.topManagement.title} berichtet. Ändern sich die Gap-Analyse oder die Kapazität eines
Verantwortlichen, wird dies in den SMS-Stammdaten erfasst und der Plan neu ausgegeben, sodass Aktivitäten
und Termine stets dem aktuellen Stand des SMS entsprechen. Änderungen an mit der Zertifizierungsstelle
vereinbarten Meilensteinen bedürfen der Genehmigung durch ${sms.topManagement.de.den} ${sms.topManagement.title}.
@@activityListTitle
Aktivitätenliste
@@activityListIntro
Alle Aktivitäten des Plans in einer Tabelle, zur Nachverfolgung in einer Tabellenkalkulation.

| ID | Phase | Aktivität | Abschnitte | Verantwortlich | Beginn | Ende | Abhängig von | Status |
|---|---|---|---|---|---|---|---|---|
