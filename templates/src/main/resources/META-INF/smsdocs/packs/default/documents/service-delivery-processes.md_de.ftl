<@sms.section title="Zweck" clauses2011=["6"] key="purpose"/>

Dieses Verfahren legt fest, wie ${org.name} als ${t.provider} die Services auf dem mit den Kunden
vereinbarten Niveau erbringt: wie Service-Levels vereinbart und überwacht werden, wie über die Services
berichtet wird, wie ihre Kontinuität und Verfügbarkeit geschützt werden, wie ihre Kosten budgetiert und
erfasst werden, wie die Kapazität mit der Nachfrage Schritt hält und wie die verarbeiteten Informationen
geschützt werden.

<@sms.section title="Geltungsbereich" key="scope"/>

Das Verfahren gilt für jeden Service im <@sms.link "service-catalogue"/> sowie für die Ressourcen,
Lieferanten und internen Gruppen, auf denen diese Services beruhen. Die Richtlinien und Pläne, die es
umsetzt, sind eigenständige Dokumente: <@sms.link "service-continuity-plan"/>,
<@sms.link "budgeting-and-accounting-policy"/>, <@sms.link "capacity-plan"/> und
<@sms.link "information-security-policy"/>.

<@sms.section title="Rollen und Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": slm.owner, "duties": "Verantwortet das Service-Level-Management; vereinbart SLAs mit den Kunden; überwacht die Leistung anhand der SLAs; hält die SLAs mit dem Servicekatalog und den Lieferantenvereinbarungen in Einklang."},
  {"role": catalogue.owner, "duties": "Pflegt den Servicekatalog und stimmt ihn mit den Kunden ab."},
  {"role": reporting.owner, "duties": "Verantwortet die Serviceberichterstattung; pflegt die Liste der Berichte; erstellt und verteilt die Berichte."},
  {"role": availability.owner, "duties": "Verantwortet das Verfügbarkeitsmanagement; vereinbart Verfügbarkeitsanforderungen; überwacht die Verfügbarkeit und pflegt den Verfügbarkeitsteil des Plans."},
  {"role": continuity.owner, "duties": "Verantwortet das Servicekontinuitätsmanagement; pflegt den Kontinuitätsplan und führt dessen Tests durch."},
  {"role": budgeting.owner, "duties": "Verantwortet Budgetierung und Kostenrechnung; führt den Budgetzyklus durch und berichtet die Kosten je Service."},
  {"role": capacity.owner, "duties": "Verantwortet das Kapazitätsmanagement; pflegt den Kapazitätsplan; überwacht die Auslastung anhand der Schwellenwerte."},
  {"role": demand.owner, "duties": "Prognostiziert die Nachfrage nach den Services und gibt die Prognose an Kapazitätsmanagement und Budgetierung weiter."},
  {"role": security.owner, "duties": "Verantwortet das Informationssicherheitsmanagement; beurteilt Risiken; betreibt die Maßnahmen; steuert Sicherheitsvorfälle."}
]/>

<#include "/sections/service-level-management.ftl">
<#include "/sections/service-catalogue-management.ftl">
<#include "/sections/service-reporting.ftl">
<@sms.section title="Servicekontinuitäts- und Verfügbarkeitsmanagement" clauses2011=["6.3", "6.3.1", "6.3.3"] key="service-continuity-and-availability-management"/>

Servicekontinuität und Verfügbarkeit werden gemeinsam gesteuert, da beide auf demselben Verständnis
beruhen: was jeder Service benötigt und was ihn unterbrechen kann.

1. **Anforderungen vereinbaren.** <#if availability.owner.id == continuity.owner.id>Der ${availability.owner.title}
   vereinbart<#else>Der ${availability.owner.title} und der ${continuity.owner.title}
   vereinbaren</#if> mit den Kunden die Verfügbarkeitsziele und die Kontinuitätsanforderungen (RTO und RPO)
   jedes Service auf Grundlage seiner Kritikalität, seines SLA und einer
   Beurteilung der Risiken für den Service. Die Auswirkung eines Ausfalls und die daraus folgenden
   Wiederherstellungsziele werden in der <@sms.link "business-impact-analysis"/> festgehalten.
2. **Planen.** Der <@sms.link "service-continuity-plan"/> legt fest, wie jeder Service nach einem
   schwerwiegenden Serviceausfall wiederhergestellt wird, welche Verfügbarkeitsziele während der
   Aktivierung des Plans gelten und wie zum Normalbetrieb zurückgekehrt wird; der
   <@sms.link "availability-plan"/> legt die Verfügbarkeitsziele und die Maßnahmen zu ihrem Schutz fest.
3. **Verfügbarkeit überwachen.** Die Verfügbarkeit jedes Service wird monatlich innerhalb seiner
   Servicezeiten gemessen und in den Serviceberichten ausgewiesen; jedes verfehlte Ziel wird untersucht,
   und es werden Maßnahmen ergriffen.
4. **Testen.** Der Kontinuitätsplan wird für jeden Service mindestens einmal jährlich getestet, zusätzlich
   nach jeder größeren Änderung an einem Service oder an einem Lieferanten, von dem er abhängt; die
   Testergebnisse werden aufgezeichnet und die Maßnahmen nachverfolgt.
5. **Neu bewerten.** Die Anforderungen und der Plan werden mindestens einmal jährlich überprüft, außerdem
   nach jeder Aktivierung des Plans und immer dann, wenn sich ein Service, ein Lieferant oder die Risiken
   ändern. Änderungen, die sie betreffen, werden vor ihrer Genehmigung im Rahmen des Change-Managements
   bewertet.

<@sms.section title="Budgetierung und Kostenrechnung für Services" clauses2011=["6.4"] key="budgeting-and-accounting-for-services"/>

Die Kosten der Services werden gemäß der <@sms.link "budgeting-and-accounting-policy"/> budgetiert und
erfasst; diese legt die Kostenbestandteile, die Verteilung gemeinsam genutzter Kosten, den Budgetzyklus
und die Finanzkontrolle fest. Der ${budgeting.owner.title} berichtet monatlich die Istkosten jedes Service im
Vergleich zum Budget, und Budget- und Kosteninformationen fließen in Entscheidungen über Änderungen und
neue Services ein.

<#include "/sections/demand-management.ftl">
<#include "/sections/capacity-management.ftl">
<#include "/sections/information-security.ftl">
<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

<@sms.recordsTable processId="service-level-management" rows=[
  {"record": "Unterzeichnete SLAs und ihre Versionen", "owner": slm.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Ablauf"},
  {"record": "Serviceberichte und die Protokolle ihrer Besprechung", "owner": reporting.owner, "heldIn": sms.toolOf("service-reporting")?cap_first, "retention": "3 Jahre"},
  {"record": "Überwachungsdaten zur Verfügbarkeit und monatliche Ergebnisse", "owner": availability.owner, "heldIn": sms.toolOf("service-availability-management")?cap_first, "retention": "13 Monate für Rohdaten; 3 Jahre für Ergebnisse"},
  {"record": "Testpläne und Testberichte zur Kontinuität", "owner": continuity.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "3 Jahre"},
  {"record": "Budgets und Kostenberichte je Service", "owner": budgeting.owner, "heldIn": sms.toolOf("budgeting-and-accounting")?cap_first, "retention": "7 Jahre"},
  {"record": "Kapazitätsberichte und Versionen des Kapazitätsplans", "owner": capacity.owner, "heldIn": sms.toolOf("capacity-management")?cap_first, "retention": "3 Jahre"},
  {"record": "Beurteilungen der Informationssicherheitsrisiken", "owner": security.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "3 Jahre nach Ersetzung"},
  {"record": "Aufzeichnungen zu Informationssicherheitsvorfällen", "owner": security.owner, "heldIn": sms.toolOf("incident-management")?cap_first, "retention": "6 Jahre nach Abschluss"}
]/>

<@sms.section title="Kennzahlen" clauses=["9.1"]/>

| Kennzahl | Zielwert |
|---|---|
<#list measures.of["service-delivery-processes"] as m>
| ${m.name} | ${m.target} |
</#list>
