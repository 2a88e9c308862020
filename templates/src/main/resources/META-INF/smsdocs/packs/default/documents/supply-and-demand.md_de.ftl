<#-- The tool of a process in the dative ("in Xero", "in dem Servicemanagement-Tool"). -->
<#function toolDat id><#if (processes[id].tool)??><#return processes[id].tool><#elseif processes[id]??><#return "dem Servicemanagement-Tool"><#else><#return "der SMS-Dokumentenbibliothek"></#if></#function>
<@sms.section title="Zweck" key="purpose"/>

Dieses Verfahren legt fest, wie ${org.name} die Kosten der Services budgetiert und erfasst, die Nachfrage
der Kunden nach den Services prognostiziert und sicherstellt, dass ausreichend Kapazität vorhanden ist, um
diese Nachfrage auf den vereinbarten Service-Levels zu decken. Die drei Tätigkeiten werden gemeinsam
durchgeführt, da jede die anderen speist: Die Nachfrage bestimmt die Kapazität, und die Kapazität bestimmt
die Kosten.

<@sms.section title="Geltungsbereich" key="scope"/>

Das Verfahren umfasst jeden Service im <@sms.link "service-catalogue"/> und die Ressourcen, auf denen die
Services beruhen: Personal, Infrastruktur, Cloud-Ressourcen, Softwarelizenzen, Räumlichkeiten und
Lieferantenleistungen. Es gilt vom Jahresbudget bis zur täglichen Kapazitätsüberwachung.

<@sms.section title="Rollen und Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": sms.topManagement, "duties": "Genehmigt das jährliche Servicebudget und Ausgaben außerhalb des Budgets; genehmigt den Kapazitätsplan, wenn er Investitionen erfordert."},
  {"role": budgeting.owner, "duties": "Verantwortet Budgetierung und Kostenrechnung; pflegt das Kostenmodell in " + toolDat("budgeting-and-accounting") + "; erstellt monatliche Kostenberichte und Abweichungsanalysen."},
  {"role": demand.owner, "duties": "Verantwortet das Nachfragemanagement; erhebt Nachfrageprognosen bei den Kunden; gleicht prognostizierte und tatsächliche Nachfrage vierteljährlich ab."},
  {"role": capacity.owner, "duties": "Verantwortet das Kapazitätsmanagement; pflegt den Kapazitätsplan; legt Kapazitätsschwellenwerte in " + toolDat("capacity-management") + " fest und überwacht sie; führt vorausschauende Analysen durch."}
]/>

Die Serviceverantwortlichen liefern die Budget-, Nachfrage- und Kapazitätsangaben für ihre eigenen Services
und sind dafür verantwortlich, dass die Ausgaben im Rahmen des Servicebudgets bleiben.

<@sms.section title="Überblick" clauses=["8.4"]/>

| Tätigkeit | Wesentliches Ergebnis | Häufigkeit | Verantwortlich |
|---|---|---|---|
| Budgetierung | Jahresbudget je Service | Jährlich, vierteljährlich überarbeitet | ${budgeting.owner.title} |
| Kostenrechnung | Istkosten je Service und Abweichungsbericht | Monatlich | ${budgeting.owner.title} |
| Nachfrageprognose | Nachfrageprognose je Service und Kunde | Vierteljährlich, für die nächsten 12 Monate | ${demand.owner.title} |
| Kapazitätsplanung | Kapazitätsplan | Vierteljährlich überprüft, jährlich neu herausgegeben | ${capacity.owner.title} |
| Kapazitätsüberwachung | Schwellenwertalarme und Auslastungsberichte | Fortlaufend; monatliche Berichterstattung | ${capacity.owner.title} |

<#include "/sections/budgeting-and-accounting.ftl">
<#include "/sections/demand-management.ftl">
<#include "/sections/capacity-management.ftl">
<@sms.section title="Eingaben und Ergebnisse" key="inputs-and-outputs"/>

| Eingaben | Ergebnisse |
|---|---|
| Geschäftspläne der Kunden und Notizen aus Service-Reviews | Nachfrageprognosen je Service und Kunde |
| Überwachungs- und Auslastungsdaten | Kapazitätsplan und Kapazitätsberichte |
| Lieferantenrechnungen, Personalkosten und Asset-Kosten | Budget und Istkosten je Service |
| Änderungsanträge und Servicedesigns | Kapazitätsbewertungen von Changes |
| Service-Level-Ziele | Abweichungsberichte und Korrekturmaßnahmen |

<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

<@sms.recordsTable processId="budgeting-and-accounting" rows=[
  {"record": "Genehmigte Budgets und vierteljährliche Überarbeitungen", "owner": budgeting.owner, "retention": "7 Jahre"},
  {"record": "Monatliche Kosten- und Abweichungsberichte", "owner": budgeting.owner, "retention": "7 Jahre"},
  {"record": "Nachfrageprognosen und ihre Abgleiche", "owner": demand.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "3 Jahre"},
  {"record": "Kapazitätspläne", "owner": capacity.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "3 Jahre nach Ersetzung"},
  {"record": "Kapazitätsberichte und Schwellenwertalarme", "owner": capacity.owner, "heldIn": sms.toolOf("capacity-management")?cap_first, "retention": "Detaildaten 13 Monate; Berichte 3 Jahre"}
]/>

<@sms.section title="Kennzahlen" clauses=["9.1"]/>

| Kennzahl | Zielwert |
|---|---|
<#list measures.of["supply-and-demand"] as m>
| ${m.name} | ${m.target} |
</#list>
