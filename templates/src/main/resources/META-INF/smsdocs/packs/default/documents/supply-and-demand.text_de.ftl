<#-- Die Texte des Verfahrens für Angebot und Nachfrage (deutsch); die Struktur steht in supply-and-demand.md.ftl. Aufgaben sind reiner Text, der erst in der Tabelle maskiert wird, daher wird ein Wert darin als ${x?no_esc} geschrieben. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie ${org.name} die Kosten der Services budgetiert und erfasst, die Nachfrage
der Kunden nach den Services prognostiziert und sicherstellt, dass ausreichend Kapazität vorhanden ist, um
diese Nachfrage auf den vereinbarten Service-Levels zu decken. Die drei Tätigkeiten werden gemeinsam
durchgeführt, da jede die anderen speist: Die Nachfrage bestimmt die Kapazität, und die Kapazität bestimmt
die Kosten.
@@scopeTitle
Geltungsbereich
@@scope
Das Verfahren umfasst jeden Service im <@sms.link "service-catalogue"/> und die Ressourcen, auf denen die
Services beruhen: Personal, Infrastruktur, Cloud-Ressourcen, Softwarelizenzen, Räumlichkeiten und
Lieferantenleistungen. Es gilt vom Jahresbudget bis zur täglichen Kapazitätsüberwachung.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@toolDat id
<#-- The tool of a process in the dative ("in Xero", "in dem Servicemanagement-Tool"); plain text, as the duties that use it. -->
<#if (processes[id].tool)??>${processes[id].tool?no_esc}<#elseif processes[id]??>dem Servicemanagement-Tool<#else>der SMS-Dokumentenbibliothek</#if>
@@topManagementDuties
Genehmigt das jährliche Servicebudget und Ausgaben außerhalb des Budgets; genehmigt den Kapazitätsplan, wenn er Investitionen erfordert.
@@budgetingDuties
Verantwortet Budgetierung und Kostenrechnung; pflegt das Kostenmodell in ${toolDat("budgeting-and-accounting")}; erstellt monatliche Kostenberichte und Abweichungsanalysen.
@@demandDuties
Verantwortet das Nachfragemanagement; erhebt Nachfrageprognosen bei den Kunden; gleicht prognostizierte und tatsächliche Nachfrage vierteljährlich ab.
@@capacityDuties
Verantwortet das Kapazitätsmanagement; pflegt den Kapazitätsplan; legt Kapazitätsschwellenwerte in ${toolDat("capacity-management")} fest und überwacht sie; führt vorausschauende Analysen durch.
@@serviceOwners
Die Serviceverantwortlichen liefern die Budget-, Nachfrage- und Kapazitätsangaben für ihre eigenen Services
und sind dafür verantwortlich, dass die Ausgaben im Rahmen des Servicebudgets bleiben.
@@overviewTitle
Überblick
@@overviewTable
| Tätigkeit | Wesentliches Ergebnis | Häufigkeit | Verantwortlich |
|---|---|---|---|
| Budgetierung | Jahresbudget je Service | Jährlich, vierteljährlich überarbeitet | ${budgeting.owner.title} |
| Kostenrechnung | Istkosten je Service und Abweichungsbericht | Monatlich | ${budgeting.owner.title} |
| Nachfrageprognose | Nachfrageprognose je Service und Kunde | Vierteljährlich, für die nächsten 12 Monate | ${demand.owner.title} |
| Kapazitätsplanung | Kapazitätsplan | Vierteljährlich überprüft, jährlich neu herausgegeben | ${capacity.owner.title} |
| Kapazitätsüberwachung | Schwellenwertalarme und Auslastungsberichte | Fortlaufend; monatliche Berichterstattung | ${capacity.owner.title} |
@@inputsOutputsTitle
Eingaben und Ergebnisse
@@inputsOutputsTable
| Eingaben | Ergebnisse |
|---|---|
| Geschäftspläne der Kunden und Notizen aus Service-Reviews | Nachfrageprognosen je Service und Kunde |
| Überwachungs- und Auslastungsdaten | Kapazitätsplan und Kapazitätsberichte |
| Lieferantenrechnungen, Personalkosten und Asset-Kosten | Budget und Istkosten je Service |
| Änderungsanträge und Servicedesigns | Kapazitätsbewertungen von Änderungen |
| Service-Level-Ziele | Abweichungsberichte und Korrekturmaßnahmen |
@@recordsTitle
Aufzeichnungen
@@budgetsRecord
Genehmigte Budgets und vierteljährliche Überarbeitungen
@@costReportsRecord
Monatliche Kosten- und Abweichungsberichte
@@forecastsRecord
Nachfrageprognosen und ihre Abgleiche
@@capacityPlansRecord
Kapazitätspläne
@@capacityReportsRecord
Kapazitätsberichte und Schwellenwertalarme
@@documentLibrary
SMS-Dokumentenbibliothek
@@sevenYears
7 Jahre
@@threeYears
3 Jahre
@@threeYearsAfterSuperseded
3 Jahre nach Ersetzung
@@capacityReportsRetention
Detaildaten 13 Monate; Berichte 3 Jahre
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
