<#-- Die Texte des Verfügbarkeitsplans (deutsch); die Struktur steht in availability-plan.md.ftl. -->
@@purposeTitle
Zweck
@@purpose processDoc
Dieser Plan legt fest, wie ${org.name} sicherstellt, dass jeder Service genutzt werden kann, wann immer
seine Servicezeit es vorsieht: welche Verfügbarkeit jeder Service erreichen muss, welche Ausfallzeit das
zulässt, welche Maßnahmen sie schützen, welche Risiken sie bedrohen und wie die Verfügbarkeit gemessen,
berichtet und verbessert wird. Er ist der Plan des Prozesses ${t.serviceAvailability}smanagement, der im
<@sms.link processDoc/> beschrieben ist.
@@responsibilitiesTitle
Verantwortlichkeiten
@@ownerDuties
Verantwortet diesen Plan und überprüft ihn.
@@availabilityOwnerDuties
Richtet die Überwachung jedes Service ein; untersucht ungeplante Nichtverfügbarkeiten; berichtet monatlich über die Verfügbarkeit.
@@capacityOwnerDuties
Hält die Kapazitätsreserve vor, die jeder Service benötigt, damit die Nachfrage keine Ausfälle verursacht.
@@changeOwnerDuties
Plant Wartungsarbeiten in den vereinbarten Wartungsfenstern ein und bewertet jede Änderung auf ihre Auswirkung auf die Verfügbarkeit.
@@continuityOwnerDuties
Hält den Kontinuitätsplan und die Business-Impact-Analyse mit diesem Plan in Einklang.
@@serviceOwners
Jeder Serviceverantwortliche vereinbart das Verfügbarkeitsziel seines Service mit den Kunden, genehmigt die
Maßnahmen dieses Plans für den Service und veranlasst die Maßnahmen aus den Untersuchungen seiner Ausfälle.
@@targetsTitle
Verfügbarkeitsanforderungen und -ziele
@@targetsTable
Die Verfügbarkeitsziele werden mit den Kunden in den Service-Level-Vereinbarungen vereinbart und im
<@sms.link "service-catalogue"/> veröffentlicht. Jedes Ziel wird über die Servicezeit eines Kalendermonats
gemessen; die Tabelle zeigt, wie viel ungeplante Ausfallzeit jedes Ziel innerhalb dieser Zeit in einem
durchschnittlichen Monat und in einem Jahr zulässt, und welches Ziel gilt, solange der Kontinuitätsplan
aktiviert ist. Was ein Ausfall jedes Service im Zeitverlauf bewirkt und wie lange er hingenommen werden kann,
analysiert die <@sms.link "business-impact-analysis"/>.

| Service | Servicezeit | Verfügbarkeitsziel | Zulässige Ausfallzeit pro Monat | Zulässige Ausfallzeit pro Jahr | Kritikalität | Ziel bei aktiviertem Kontinuitätsplan |
|---|---|---|---|---|---|---|
@@noServices
Es sind noch keine Services erfasst. Kommt ein Service hinzu, ${availability.owner.de.plural?has_content?then("tragen", "trägt")} ${availability.owner.de.der} ${availability.owner.title} hier seine
Servicezeit und sein Verfügbarkeitsziel ein, bevor seine Service-Level-Vereinbarung unterzeichnet wird.
@@measuresTitle
Maßnahmen zum Schutz der Verfügbarkeit
@@availabilityMeasures
- **Überwachung.** Jeder Service wird ${availability.withTool} überwacht, durch Prüfungen, die den Service
  so testen, wie ein Benutzer ihn nutzt, und durch Prüfungen der zugrunde liegenden Konfigurationselemente.
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
@@measuresHeader
| Service | Ausweichlösung | Geplante Wartung | Kapazitätsreserve | Hängt ab von |
|---|---|---|---|---|
@@noAlternate
Noch keine festgelegt
@@headroom percent
${percent} %
@@internalOnly
Nur interne Ressourcen
@@alternatesOpen
Ein Service ohne Ausweichlösung kann nach dem Verlust seines Standorts oder Systems nur durch Reparatur oder
Neuaufbau an Ort und Stelle wiederhergestellt werden. Die Entscheidung über eine Ausweichlösung für
<#if continuityPlan.alternatesOpen?size == 1>den Service<#else>die Services</#if> <@sms.names items=continuityPlan.alternatesOpen/> ist im <@sms.link "decision-register"/> offen.
@@risksTitle
Risiken für die Verfügbarkeit
@@risksIntro
Die Risiken für die Verfügbarkeit stammen aus dem <@sms.link "risk-register"/>, in dem sie bewertet und
behandelt werden<#if availabilityPlan.risksMark?has_content>; bis die eigenen Risiken von ${org.name} beurteilt sind, enthält
das Register Ausgangsrisiken${availabilityPlan.risksMark}</#if>. Ein Risiko wird bei einem Service aufgeführt, wenn seine Beschreibung den
Service oder einen Lieferanten nennt, der ihn unterstützt; ein Risiko, das keinen Service nennt, aber einen
Ausfall, eine Störung, eine Unterbrechung oder einen Angriff beschreibt, betrifft alle Services. Komponenten
ohne Redundanz, Kapazitätsgrenzen und Schwachstellen der Konfiguration, die bei einer Überprüfung dieses Plans
erkannt werden, werden in das Risikoregister aufgenommen und erscheinen so auch hier.
@@serviceRisksHeader
| Service | ID | Risiko | Eintrittswahrscheinlichkeit | Auswirkung | Behandlung | Verantwortlich |
|---|---|---|---|---|---|---|
@@noServiceRisks
Kein Risiko im Register nennt einen Service oder einen seiner Lieferanten.
@@generalRisksHeader
Diese Risiken betreffen die Verfügbarkeit aller Services:

| ID | Risiko | Eintrittswahrscheinlichkeit | Auswirkung | Behandlung | Verantwortlich |
|---|---|---|---|---|---|
@@noGeneralRisks
Kein Risiko im Register betrifft die Verfügbarkeit aller Services.
@@measurementTitle
Messung und Berichterstattung
@@measuringAvailability processDoc
Die Verfügbarkeit wird für jeden Service und jeden Kalendermonat mit den Überwachungsdaten ${availability.fromTool}
und den Incident-Aufzeichnungen gemessen: die vereinbarte Servicezeit abzüglich der ungeplanten Ausfallzeit
darin, geteilt durch die vereinbarte Servicezeit. Die Regeln für die Zählung von Ausfallzeiten sind im
<@sms.link processDoc/> festgelegt, die Kennzahlen der
Verfügbarkeit in den <@sms.link "measure-definitions"/>.

- Bis zum fünften Arbeitstag jedes Monats ${availability.owner.de.plural?has_content?then("ermitteln", "ermittelt")} ${availability.owner.de.der} ${availability.owner.title} die Verfügbarkeit jedes
  Service im Vergleich zu seinem Ziel; sie wird in den Serviceberichten und in den Service-Reviews mit den
  Kunden berichtet, wie im <@sms.link "monitoring-and-reporting"/> festgelegt.
- Jeder ungeplante Ausfall von mehr als 30 Minuten und jeder Monat, in dem ein Service sein Ziel verfehlt,
  wird untersucht; ${availability.owner.de.der} ${availability.owner.title} ${availability.owner.de.plural?has_content?then("erfassen", "erfasst")} ein Problem und ${availability.owner.de.plural?has_content?then("vereinbaren", "vereinbart")} die Maßnahmen mit dem
  Serviceverantwortlichen.
- Jedes Quartal ${availability.owner.de.plural?has_content?then("bewerten", "bewertet")} ${availability.owner.de.der} ${availability.owner.title} die Entwicklung der Verfügbarkeit, wiederholte
  Ausfälle und die Leistung der Lieferanten und ${availability.owner.de.plural?has_content?then("berichten", "berichtet")} darüber in der monatlichen SMS-Leistungsbesprechung
  und in der Managementbewertung.
@@improvementsTitle
Verbesserungen
@@improvements
Maßnahmen, die die Verfügbarkeit verbessern, etwa Redundanz für eine Komponente, deren Ausfall den Service unterbricht, zusätzliche
Überwachung oder eine geänderte Wartungsregelung, werden gemäß dem Dokument <@sms.link "continual-improvement"/>
im <@sms.link "improvement-register"/> erfasst, jeweils mit einem Verantwortlichen und einem Zieltermin, und über
das Änderungsmanagement umgesetzt. Die offenen Verbesserungen werden mit diesem Plan überprüft.
@@reviewTitle
Überprüfung
@@review
${doc.owner.de.Der} ${doc.owner.title} ${doc.owner.de.plural?has_content?then("überprüfen", "überprüft")} diesen Plan mindestens alle ${sms.documentControl.reviewIntervalMonths}
Monate, wenn ein Service hinzukommt, entfällt oder wesentlich geändert wird, und nach jedem Monat, in dem ein
Service sein Ziel verfehlt. Die Risiken für die Verfügbarkeit werden bei jeder Überprüfung erneut beurteilt,
gemeinsam mit der Business-Impact-Analyse und dem Kontinuitätsplan, damit Ziele, Wiederherstellungsziele und
Schutzmaßnahmen zueinander passen.
