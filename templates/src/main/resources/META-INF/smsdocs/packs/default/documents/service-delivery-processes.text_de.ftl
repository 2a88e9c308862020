<#-- Die Texte des Verfahrens für die Serviceerbringungsprozesse (deutsch); die Struktur steht in service-delivery-processes.md.ftl.
     Die Aufgaben werden als reiner Text verwendet und erst bei der Ausgabe maskiert, daher wird ein Wert darin als ${x?no_esc} geschrieben. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie ${org.name} als ${t.provider} die Services auf dem mit den Kunden
vereinbarten Niveau erbringt: wie Service-Levels vereinbart und überwacht werden, wie über die Services
berichtet wird, wie ihre Kontinuität und Verfügbarkeit geschützt werden, wie ihre Kosten budgetiert und
erfasst werden, wie die Kapazität mit der Nachfrage Schritt hält und wie die verarbeiteten Informationen
geschützt werden.
@@scopeTitle
Geltungsbereich
@@scope
Das Verfahren gilt für jeden Service im <@sms.link "service-catalogue"/> sowie für die Ressourcen,
Lieferanten und internen Gruppen, auf denen diese Services beruhen. Die Politiken und Pläne, die es
umsetzt, sind eigenständige Dokumente: <@sms.link "service-continuity-plan"/>,
<@sms.link "budgeting-and-accounting-policy"/>, <@sms.link "capacity-plan"/> und
<@sms.link "information-security-policy"/>.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@slmOwnerDuties
Verantwortet das Service-Level-Management; vereinbart SLAs mit den Kunden; überwacht die Leistung anhand der SLAs; hält die SLAs mit dem Servicekatalog und den Lieferantenvereinbarungen in Einklang.
@@catalogueOwnerDuties
Pflegt den Servicekatalog und stimmt ihn mit den Kunden ab.
@@reportingOwnerDuties
Verantwortet die Serviceberichterstattung; pflegt die Liste der Berichte; erstellt und verteilt die Berichte.
@@availabilityOwnerDuties
Verantwortet das Verfügbarkeitsmanagement; vereinbart Verfügbarkeitsanforderungen; überwacht die Verfügbarkeit und pflegt den Verfügbarkeitsteil des Plans.
@@continuityOwnerDuties
Verantwortet das Servicekontinuitätsmanagement; pflegt den Kontinuitätsplan und führt dessen Tests durch.
@@budgetingOwnerDuties
Verantwortet Budgetierung und Kostenrechnung; führt den Budgetzyklus durch und berichtet die Kosten je Service.
@@capacityOwnerDuties
Verantwortet das Kapazitätsmanagement; pflegt den Kapazitätsplan; überwacht die Auslastung anhand der Schwellenwerte.
@@demandOwnerDuties
Prognostiziert die Nachfrage nach den Services und gibt die Prognose an Kapazitätsmanagement und Budgetierung weiter.
@@securityOwnerDuties
Verantwortet das Informationssicherheitsmanagement; beurteilt Risiken; betreibt die Maßnahmen; steuert Sicherheitsvorfälle.
@@continuityTitle
Servicekontinuitäts- und Verfügbarkeitsmanagement
@@continuityIntro
Servicekontinuität und Verfügbarkeit werden gemeinsam gesteuert, da beide auf demselben Verständnis
beruhen: was jeder Service benötigt und was ihn unterbrechen kann.
@@continuitySteps oneOwner
1. **Anforderungen vereinbaren.** <#if oneOwner>${availability.owner.de.Der} ${availability.owner.title}
   ${availability.owner.de.plural?has_content?then("vereinbaren", "vereinbart")}<#else>${availability.owner.de.Der} ${availability.owner.title} und ${continuity.owner.de.der} ${continuity.owner.title}
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
   ändern. Änderungen, die sie betreffen, werden vor ihrer Genehmigung im Rahmen des Änderungsmanagements
   bewertet.
@@budgetingTitle
Budgetierung und Kostenrechnung für Services
@@budgetingText
Die Kosten der Services werden gemäß der <@sms.link "budgeting-and-accounting-policy"/> budgetiert und
erfasst; diese legt die Kostenbestandteile, die Verteilung gemeinsam genutzter Kosten, den Budgetzyklus
und die Finanzkontrolle fest. ${budgeting.owner.de.Der} ${budgeting.owner.title} ${budgeting.owner.de.plural?has_content?then("berichten", "berichtet")} monatlich die Istkosten jedes Service im
Vergleich zum Budget, und Budget- und Kosteninformationen fließen in Entscheidungen über Änderungen und
neue Services ein.
@@recordsTitle
Aufzeichnungen
@@slaRecords
Unterzeichnete SLAs und ihre Versionen
@@reportRecords
Serviceberichte und die Protokolle ihrer Besprechung
@@availabilityRecords
Überwachungsdaten zur Verfügbarkeit und monatliche Ergebnisse
@@continuityTestRecords
Testpläne und Testberichte zur Kontinuität
@@budgetRecords
Budgets und Kostenberichte je Service
@@capacityRecords
Kapazitätsberichte und Versionen des Kapazitätsplans
@@securityRiskRecords
Beurteilungen der Informationssicherheitsrisiken
@@securityIncidentRecords
Aufzeichnungen zu Informationssicherheitsvorfällen
@@documentLibrary
SMS-Dokumentenbibliothek
@@threeYears
3 Jahre
@@sevenYears
7 Jahre
@@availabilityRetention
13 Monate für Rohdaten; 3 Jahre für Ergebnisse
@@afterExpiry
6 Jahre nach Ablauf
@@afterSuperseded
3 Jahre nach Ersetzung
@@afterClosure
6 Jahre nach Abschluss
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
