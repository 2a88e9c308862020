<@sms.section title="Zweck" key="purpose"/>

Dieser Plan legt fest, wie ${org.name} sicherstellt, dass jeder Service genutzt werden kann, wann immer
seine Servicezeit es vorsieht: welche Verfügbarkeit jeder Service erreichen muss, welche Ausfallzeit das
zulässt, welche Maßnahmen sie schützen, welche Risiken sie bedrohen und wie die Verfügbarkeit gemessen,
berichtet und verbessert wird. Er ist der Plan des Prozesses ${t.serviceAvailability}smanagement, der im
<#if sms.edition == "2011"><@sms.link "service-continuity-plan"/><#else><@sms.link "service-assurance"/></#if> beschrieben ist.

<@sms.section title="Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": doc.owner, "duties": "Verantwortet diesen Plan und überprüft ihn."},
  {"role": availability.owner, "duties": "Richtet die Überwachung jedes Service ein; untersucht ungeplante Nichtverfügbarkeiten; berichtet monatlich über die Verfügbarkeit."},
  {"role": capacity.owner, "duties": "Hält die Kapazitätsreserve vor, die jeder Service benötigt, damit die Nachfrage keine Ausfälle verursacht."},
  {"role": change.owner, "duties": "Plant Wartungsarbeiten in den vereinbarten Wartungsfenstern ein und bewertet jede Änderung auf ihre Auswirkung auf die Verfügbarkeit."},
  {"role": continuity.owner, "duties": "Hält den Kontinuitätsplan und die Business-Impact-Analyse mit diesem Plan in Einklang."}
]/>

Jeder Serviceverantwortliche vereinbart das Verfügbarkeitsziel seines Service mit den Kunden, genehmigt die
Maßnahmen dieses Plans für den Service und veranlasst die Maßnahmen aus den Untersuchungen seiner Ausfälle.

<@sms.section title="Verfügbarkeitsanforderungen und -ziele" clauses=["8.7.1"] clauses2011=["6.3.1"]/>

<#if services?has_content>
Die Verfügbarkeitsziele werden mit den Kunden in den Service-Level-Vereinbarungen vereinbart und im
<@sms.link "service-catalogue"/> veröffentlicht. Jedes Ziel wird über die Servicezeit eines Kalendermonats
gemessen; die Tabelle zeigt, wie viel ungeplante Ausfallzeit innerhalb dieser Zeit es in einem
durchschnittlichen Monat und in einem Jahr zulässt, und welches Ziel gilt, solange der Kontinuitätsplan
aktiviert ist. Was ein Ausfall jedes Service im Zeitverlauf bewirkt und wie lange er hingenommen werden kann,
analysiert die <@sms.link "business-impact-analysis"/>.

| Service | Servicezeit | Verfügbarkeitsziel | Zulässige Ausfallzeit pro Monat | Zulässige Ausfallzeit pro Jahr | Kritikalität | Ziel bei aktiviertem Kontinuitätsplan |
|---|---|---|---|---|---|---|
<#list availabilityPlan.services as a>
| ${a.service.name} | ${a.service.hours} | ${sms.pct(a.service.availabilityTarget)}${a.service.targetMark} | ${a.service.allowedDowntime} | ${a.allowedDowntimeYear} | ${a.service.criticalityWord} | ${sms.pct(a.service.invokedTarget)} |
</#list>
<#else>
Es sind noch keine Services erfasst. Kommt ein Service hinzu, trägt der ${availability.owner.title} hier seine
Servicezeit und sein Verfügbarkeitsziel ein, bevor seine Service-Level-Vereinbarung unterzeichnet wird.
</#if>

<@sms.section title="Maßnahmen zum Schutz der Verfügbarkeit" clauses=["8.7.1"] clauses2011=["6.3.2"]/>

- **Überwachung.** Jeder Service wird mit ${availability.toolName} überwacht, durch Prüfungen, die den Service
  so testen, wie ein Anwender ihn nutzt, und durch Prüfungen der zugrunde liegenden Konfigurationselemente.
  Eine fehlgeschlagene Prüfung löst einen Incident aus, der nach dem <@sms.link "resolution-and-fulfilment"/>
  bearbeitet wird. Kein Service geht ohne seine Prüfungen in Betrieb.
- **Geplante Wartung.** Wartungsarbeiten und Releases finden so statt, wie es die Service-Level-Vereinbarung
  jedes Service vorsieht, und zählen nicht als Ausfallzeit, solange sie sich daran halten.
- **Kapazitätsreserve.** Das Kapazitätsmanagement hält die Reserve vor, die die Kritikalität jedes Service
  verlangt, damit eine wachsende Nachfrage keinen Ausfall verursacht.
- **Redundanz und Ausweichlösungen.** Hat ein Service eine Ausweichlösung, wird ein Ausfall seines primären
  Standorts oder Systems durch den Wechsel dorthin überbrückt; der Kontinuitätsplan testet den Wechsel.
- **Zusagen der Lieferanten.** Die Verträge und Vereinbarungen mit den Lieferanten eines Service stützen sein
  Verfügbarkeitsziel, und die Leistung der Lieferanten wird daran gemessen.

<#if services?has_content>
| Service | Ausweichlösung | Geplante Wartung | Kapazitätsreserve | Hängt ab von |
|---|---|---|---|---|
<#list availabilityPlan.services as a>
<#assign s = a.service>
| ${s.name} | <#if s.alternateOpen>Noch keine festgelegt<#if s.open.recoveryAlternate??> ${t["decision.mark"]?replace("{0}", s.open.recoveryAlternate)}</#if><#else>${s.alternate}</#if> | ${s.maintenance} | ${s.headroom} % | <#list s.dependsOn as d>${d.name}<#sep>; </#list><#if s.dependsOn?has_content && s.suppliers?has_content>; </#if><#list s.suppliers as x>${x.name}<#sep>; </#list><#if !s.dependsOn?has_content && !s.suppliers?has_content>Nur interne Ressourcen</#if> |
</#list>
<#if continuityPlan.alternatesOpen?has_content>

Ein Service ohne Ausweichlösung kann nach dem Verlust seines Standorts oder Systems nur durch Reparatur oder
Neuaufbau an Ort und Stelle wiederhergestellt werden. Die Entscheidung über eine Ausweichlösung für
<@sms.names items=continuityPlan.alternatesOpen/> ist im <@sms.link "decision-register"/> offen.
</#if>
</#if>

<@sms.section title="Risiken für die Verfügbarkeit" clauses=["8.7.1"] clauses2011=["6.3.1"]/>

Die Risiken für die Verfügbarkeit stammen aus dem <@sms.link "risk-register"/>, in dem sie bewertet und
behandelt werden<#if availabilityPlan.risksMark?has_content>; bis die eigenen Risiken von ${org.name} beurteilt sind, enthält
das Register Ausgangsrisiken${availabilityPlan.risksMark}</#if>. Ein Risiko wird bei einem Service aufgeführt, wenn seine Beschreibung den
Service oder einen Lieferanten nennt, der ihn unterstützt; ein Risiko, das keinen Service nennt, aber einen
Ausfall, eine Störung, eine Unterbrechung oder einen Angriff beschreibt, betrifft alle Services. Komponenten
ohne Redundanz, Kapazitätsgrenzen und Schwachstellen der Konfiguration, die bei einer Überprüfung dieses Plans
erkannt werden, werden in das Risikoregister aufgenommen und erscheinen so auch hier.

<#assign serviceRisks = availabilityPlan.services?filter(a -> a.risks?has_content)>
<#if serviceRisks?has_content>
| Service | ID | Risiko | Eintrittswahrscheinlichkeit | Auswirkung | Behandlung | Verantwortlich |
|---|---|---|---|---|---|---|
<#list serviceRisks as a>
<#list a.risks as r>
| ${a.service.name} | ${r.id} | ${r.description} | ${sms.word(r.likelihood)} | ${sms.word(r.impact)} | ${r.treatment} | ${r.owner.title} |
</#list>
</#list>
<#else>
Kein Risiko im Register nennt einen Service oder einen seiner Lieferanten.
</#if>

<#if availabilityPlan.generalRisks?has_content>
Diese Risiken betreffen die Verfügbarkeit aller Services:

| ID | Risiko | Eintrittswahrscheinlichkeit | Auswirkung | Behandlung | Verantwortlich |
|---|---|---|---|---|---|
<#list availabilityPlan.generalRisks as r>
| ${r.id} | ${r.description} | ${sms.word(r.likelihood)} | ${sms.word(r.impact)} | ${r.treatment} | ${r.owner.title} |
</#list>
<#else>
Kein Risiko im Register betrifft die Verfügbarkeit aller Services.
</#if>

<@sms.section title="Messung und Berichterstattung" clauses=["8.7.1"] clauses2011=["6.3.3"]/>

Die Verfügbarkeit wird für jeden Service und jeden Kalendermonat aus den Daten von ${availability.toolName}
und den Incident-Aufzeichnungen gemessen: die vereinbarte Servicezeit abzüglich der ungeplanten Ausfallzeit
darin, geteilt durch die vereinbarte Servicezeit. Die Regeln für die Zählung von Ausfallzeiten sind im
<#if sms.edition == "2011"><@sms.link "service-continuity-plan"/><#else><@sms.link "service-assurance"/></#if> festgelegt, die Kennzahlen der
Verfügbarkeit in den <@sms.link "measure-definitions"/>.

- Bis zum fünften Arbeitstag jedes Monats ermittelt der ${availability.owner.title} die Verfügbarkeit jedes
  Service im Vergleich zu seinem Ziel; sie wird in den Serviceberichten und in den Service-Reviews mit den
  Kunden berichtet, wie im <@sms.link "monitoring-and-reporting"/> festgelegt.
- Jeder ungeplante Ausfall von mehr als 30 Minuten und jeder Monat, in dem ein Service sein Ziel verfehlt,
  wird untersucht; der ${availability.owner.title} erfasst ein Problem und vereinbart die Maßnahmen mit dem
  Serviceverantwortlichen.
- Jedes Quartal bewertet der ${availability.owner.title} die Entwicklung der Verfügbarkeit, wiederholte
  Ausfälle und die Leistung der Lieferanten und berichtet darüber an die monatliche SMS-Leistungsbesprechung
  und an die Managementbewertung.

<@sms.section title="Verbesserungen" clauses=["8.7.1"] clauses2011=["6.3.2"]/>

Maßnahmen, die die Verfügbarkeit verbessern, etwa Redundanz für eine Komponente, deren Ausfall den Service unterbricht, zusätzliche
Überwachung oder eine geänderte Wartungsregelung, werden gemäß dem Dokument <@sms.link "continual-improvement"/>
im <@sms.link "improvement-register"/> erfasst, jeweils mit einem Verantwortlichen und einem Zieltermin, und über
das Änderungsmanagement umgesetzt. Die offenen Verbesserungen werden mit diesem Plan überprüft.

<@sms.section title="Überprüfung" key="review"/>

Der ${doc.owner.title} überprüft diesen Plan mindestens alle ${sms.documentControl.reviewIntervalMonths}
Monate, wenn ein Service hinzukommt, entfällt oder wesentlich geändert wird, und nach jedem Monat, in dem ein
Service sein Ziel verfehlt. Die Risiken für die Verfügbarkeit werden bei jeder Überprüfung erneut beurteilt,
gemeinsam mit der Business-Impact-Analyse und dem Kontinuitätsplan, damit Ziele, Wiederherstellungsziele und
Schutzmaßnahmen zueinander passen.
