<#assign ip = implementationPlan>
<#assign gaps = (implementation.gaps)![]>
<#assign missing = gaps?filter(g -> g.status == "missing")>
<#assign partial = gaps?filter(g -> g.status == "partial")>
<#assign implemented = gaps?filter(g -> g.status == "implemented")>
<#assign shortened = ip.activities?filter(a -> a.treatment == "shortened")>
<#-- What each stage is for, in the order of the TR 20000-5 approach. -->
<#assign focus = {
  "initiation": "Bevor die Arbeit an den Prozessen beginnt, wird der Business Case für das SMS erstellt und das Projekt aufgesetzt: Die oberste Leitung muss wissen, was die Zertifizierung kostet und bringt und wer das Projekt leitet.",
  "phase-1": "Die Governance steht am Anfang, weil jeder Prozess von ihr abhängt: Verpflichtung der Leitung, Politik, Anwendungsbereich, Servicemanagementplan und Lenkung der Dokumente, danach die grundlegende Steuerung der Prozesse, deren Versagen die Services am stärksten beeinträchtigt.",
  "phase-2": "Sobald die grundlegende Steuerung besteht, werden die übrigen Prozesse ergänzt und ihre Schnittstellen verbunden: Problem-, Release-, Business-Relationship- und Lieferantenmanagement, Kapazität, Kontinuität, Verfügbarkeit, Informationssicherheit, Budgetierung, Messung und das Auditprogramm.",
  "phase-3": "Der Plan-Do-Check-Act-Zyklus wird geschlossen: ein vollständiges internes Audit, eine Managementbewertung, Korrekturmaßnahmen und Verbesserungen sowie eine Prüfung der Zertifizierungsreife anhand aller Anforderungen.",
  "post-implementation": "Die Zertifizierungsaudits sowie der fortlaufende Betrieb und die Verbesserung des SMS danach."
}>
<#macro activityTable rows>
| ID | Aktivität | Abschnitte | Verantwortlich | Aufwand (Tage) | Beginn | Ende |
|---|---|---|---|---|---|---|
<#list rows as a>
| ${a.id} | ${a.title}<#if a.treatment == "shortened"> (gekürzt)</#if> | <#if a.clauses?has_content>${a.clauses?join(", ")}<#else>–</#if> | ${(a.owner.title)!"SMS-Manager"} | ${a.effortDays} | ${a.start} | ${a.end} |
</#list>
</#macro>
<@sms.section title="Zweck" clauses=["6.3"] clauses2011=["4.5.2"]/>

Dieser Plan legt fest, wie ${org.name} sein Servicemanagementsystem (SMS) aufbaut und zur Zertifizierung
nach ${sms.standard} führt. Er folgt dem stufenweisen Vorgehen nach ISO/IEC TR 20000-5: Business Case und
Projektinitiierung, drei Einführungsphasen und die Zeit nach der Einführung. Die Aktivitäten, ihr Aufwand
und ihre Termine werden aus der eigenen Gap-Analyse der Organisation berechnet; der Plan zeigt daher die
tatsächlich verbleibende Arbeit und keine allgemeine Checkliste.

<@sms.section title="Grundlage des Plans" key="basis-of-the-plan"/>

<#if gaps?has_content>
In der Gap-Analyse wurden ${gaps?size} <#if gaps?size != 1>Abschnitte<#else>Abschnitt</#if> von ${sms.standard} bewertet:
${implemented?size} umgesetzt, ${partial?size} teilweise umgesetzt und ${missing?size} fehlend. Ein nicht
bewerteter Abschnitt übernimmt die Bewertung des nächsten übergeordneten bewerteten Abschnitts und gilt als
fehlend, wenn es keinen solchen gibt; so wird keine Anforderung ohne Nachweis als erfüllt angenommen.

| Abschnitt | Titel | Bewertung | Anmerkung |
|---|---|---|---|
<#list gaps as g>
| ${g.clause} | ${clauseTitle[g.clause]!""} | ${sms.word(g.status)} | ${g.note!"–"} |
</#list>
<#else>
Es ist noch keine Gap-Analyse erfasst; deshalb gilt jede Anforderung als fehlend, und der Plan zeigt das
vollständige Programm. Sobald die Bewertung erfasst ist (implementation.gaps), werden die Aktivitäten für
bereits Vorhandenes gekürzt oder entfallen.
</#if>

Auswirkungen auf den Plan:

- Aktivitäten, deren Abschnitte vollständig umgesetzt sind, werden nicht benötigt und unter
  „Nicht benötigte Aktivitäten“ aufgeführt;
- Aktivitäten, deren Abschnitte teilweise umgesetzt sind<#if shortened?has_content> (${shortened?size} in diesem Plan)</#if>,
  werden auf die Hälfte ihres Aufwands gekürzt;
- Aktivitäten zu Governance, Audit und Bewertung verbleiben unabhängig von der Bewertung immer im Plan.

Der Aufbau des SMS erfordert ${ip.buildOutEffortDays} Personentage Aufwand, gegenüber ${ip.fullEffortDays} Personentagen
für eine Organisation, die bei null beginnt<#if (ip.capabilityEffortDays > 0)>; die Anhebung der Prozessfähigkeit auf
die Zielgrade kommt mit ${ip.capabilityEffortDays} Personentagen hinzu, insgesamt ${ip.effortDays} Personentage</#if>.
<#if ip.dated>
Er läuft vom ${ip.start} bis zum ${ip.end}.
<#else>
Es ist kein Startdatum erfasst (implementation.start oder sms.effectiveDate); der Zeitplan wird deshalb in
Wochen ab Projektbeginn angegeben.
</#if>

<@sms.section title="Terminplanung" key="how-the-plan-is-scheduled"/>

- Der Anwendungsbereich des SMS wird vor Phase 1 festgelegt und ändert sich nicht von Phase zu Phase; jede
  Phase baut auf der vorhergehenden auf.
- Jede Aktivität hat einen Verantwortlichen, einen Aufwand in Arbeitstagen und die Aktivitäten, von denen
  sie abhängt. Sie beginnt am Arbeitstag nach dem Ende der letzten dieser Aktivitäten<#if ip.dated> oder am Startdatum des Projekts</#if>; Wochenenden<#if (implementation.holidays)?has_content> und die erfassten Feiertage</#if> werden nicht mitgezählt.
- Einige Abhängigkeiten ergeben sich aus der Arbeitsweise der Prozesse: Konfigurationsmanagement vor
  Change- sowie Release- und Deployment-Management, weil beide auf genaue <#if sms.edition == "2011">CMDB-Informationen<#else>Konfigurationsinformationen</#if>
  angewiesen sind; Service-Level-Management vor Serviceberichterstattung, weil Berichte die vereinbarten
  Ziele messen; die Politik vor dem Anwendungsbereich und der Anwendungsbereich vor dem
  Servicemanagementplan; das Auditprogramm vor dem ersten internen Audit und das Audit vor der ersten
  Managementbewertung.
- Aktivitäten ohne gegenseitige Abhängigkeit laufen parallel. Der Aufwand ist der des Teams des
  Verantwortlichen; verantwortet eine Person viele Aktivitäten, staffelt der SMS-Manager sie zeitlich.

<#list ip.stages as stage>
<#if stage.activities?has_content>
<@sms.section title=stage.title key=stage.key/>

${focus[stage.key]}

<@activityTable stage.activities/>

</#if>
</#list>
<#if ip.gantt??>
<@sms.section title="Zeitplan" key="schedule"/>

![Gantt-Diagramm des Einführungsplans: ein Balken je Aktivität, nach Phase eingefärbt, mit den Meilensteinen](${ip.gantt})

Jeder Balken umfasst die Arbeitstage einer Aktivität; die Farbe zeigt ihre Phase, ein hellerer Farbton
kennzeichnet eine gekürzte Aktivität. Die Rauten sind die nachfolgend aufgeführten Meilensteine.

</#if>
<@sms.section title="Meilensteine" clauses=["9.2", "9.3"]/>

| Meilenstein | Datum | Grundlage |
|---|---|---|
<#list ip.milestones as m>
| ${m.title} | ${m.date} | ${m.basis} |
</#list>

<#if ip.warnings?has_content>
Die geplanten Termine stehen an folgenden Stellen im Widerspruch zum Plan; der Termin ist zu verschieben
oder die Arbeit vorzuziehen:

<#list ip.warnings as w>
- ${w}
</#list>

</#if>
<#if ip.dropped?has_content>
<@sms.section title="Nicht benötigte Aktivitäten" key="activities-not-needed"/>

Diese Aktivitäten des Standardprogramms entfallen, weil die Gap-Analyse ihre Abschnitte als bereits
umgesetzt bewertet hat<#if sms.edition == "2011"> oder weil die Ausgabe 2011 keine entsprechende Anforderung enthält</#if>.

| ID | Aktivität | Begründung |
|---|---|---|
<#list ip.dropped as a>
| ${a.id} | ${a.title} | ${a.reason?cap_first} |
</#list>

</#if>
<#if ip.capability.actions?has_content>
<@sms.section title="Verbesserung der Prozessfähigkeit" key="capability-improvement"/>

In der Selbstbewertung im Dokument <@sms.link "capability-assessment"/> wurden Zielstufen oberhalb der
aktuellen Stufen festgelegt. Jede zu erreichende Stufe ist eine Aktivität dieses Plans (die oben
aufgeführten CAP-Aktivitäten); sie wird vom jeweiligen Prozessverantwortlichen verantwortet und nach dem
Aufbau des Prozesses selbst eingeplant.

</#if>
<@sms.section title="Steuerung des Plans" clauses=["6.3"] clauses2011=["4.5.2"]/>

Der ${sms.manager.title} steuert diesen Plan als Projekt. Der Fortschritt gegenüber den Terminen wird
alle zwei Wochen mit den Verantwortlichen der Aktivitäten überprüft und monatlich an den
${sms.topManagement.title} berichtet. Ändert sich die Gap-Analyse, wird der Plan aus dem Deskriptor neu
erzeugt, sodass Aktivitäten und Termine stets dem aktuellen Stand des SMS entsprechen. Änderungen an mit
der Zertifizierungsstelle vereinbarten Meilensteinen bedürfen der Genehmigung durch den
${sms.topManagement.title}.

<@sms.section title="Aktivitätenliste" key="activity-list"/>

Alle Aktivitäten des Plans in einer Tabelle, zur Nachverfolgung in einer Tabellenkalkulation.

| ID | Phase | Aktivität | Abschnitte | Verantwortlich | Beginn | Ende | Abhängig von | Status |
|---|---|---|---|---|---|---|---|---|
<#list ip.activities as a>
| ${a.id} | ${a.phase} | ${a.title} | <#if a.clauses?has_content>${a.clauses?join(", ")}<#else>–</#if> | ${(a.owner.title)!"SMS-Manager"} | ${a.start} | ${a.end} | <#if a.dependsOn?has_content>${a.dependsOn?join(", ")}<#else>–</#if> | <#if a.treatment == "shortened">Gekürzt (${a.reason})<#else>Geplant</#if> |
</#list>
