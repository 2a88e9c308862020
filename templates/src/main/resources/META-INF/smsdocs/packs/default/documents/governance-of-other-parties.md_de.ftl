<#-- Processes that a supplier or internal group carries out in part, from what each one provides. -->
<@sms.section title="Zweck" clauses2011=["4.2"] key="purpose"/>

${org.name} ist ${t.provider} für die Services im Anwendungsbereich des Servicemanagementsystems (SMS).
Betreibt eine andere Partei einen Service, eine Servicekomponente oder einen Teil eines
Servicemanagementprozesses, behält ${org.name} die Verantwortung dafür und steuert ihn als Teil des SMS.
Dieses Verfahren legt fest, wie diese Parteien und die von ihnen betriebenen Prozesse identifiziert,
vereinbart, gemessen und gesteuert werden.

<@sms.section title="Geltungsbereich" clauses2011=["4.2"] key="scope"/>

Das Verfahren gilt für jede andere Partei, die zu den Services beiträgt: Lieferanten auf vertraglicher
Grundlage, interne Gruppen der übergeordneten Organisation auf Grundlage einer dokumentierten Vereinbarung
und Kunden, die einen Teil eines Service selbst erbringen. Die Anforderungen von Abschnitt 4 der
${sms.standard}, also an das SMS selbst, erfüllt ${org.name} selbst; sie werden nie einer anderen Partei
übertragen.

<@sms.section title="Rollen und Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": sms.topManagement, "duties": "Behält die Verantwortung für jeden von einer anderen Partei betriebenen Prozess; genehmigt die Auswahl und den Austausch von Parteien, die einen Service mit hoher Kritikalität unterstützen."},
  {"role": supplierManagement.owner, "duties": "Identifiziert die anderen Parteien und die von ihnen betriebenen Prozesse; stellt sicher, dass mit jeder Partei ein Vertrag oder eine Vereinbarung besteht; führt ihre Leistungsbewertungen durch."},
  {"role": sms.manager, "duties": "Nimmt die von anderen Parteien betriebenen Prozesse in das interne Auditprogramm und in die Kennzahlen des SMS auf; berichtet der Managementbewertung über ihre Steuerung."}
]/>

Jeder Prozessverantwortliche bleibt für den gesamten Prozess verantwortlich, einschließlich des Teils, den
eine andere Partei ausführt, und legt die Schnittstelle zu dieser Partei fest.

<#include "/sections/control-of-other-parties.ftl">
<@sms.section title="Nachweis der Steuerung" clauses2011=["4.2"] key="demonstrating-governance"/>

Für jeden Prozess oder Prozessteil, den eine andere Partei betreibt, kann ${org.name} einem Auditor
Folgendes nachweisen:

| Nachweis von ${org.name} | Beleg |
|---|---|
| Die Verantwortung für den Prozess und die Befugnis, von der Partei seine Einhaltung zu verlangen | Der Vertrag oder die Vereinbarung mit der Prozessschnittstelle und der Pflicht, die Verfahren von ${org.name} einzuhalten |
| Die Festlegung des Prozessteils der Partei | Die Schnittstellenbeschreibung: was die Partei aufzeichnet, in welchem Tool und wann sie übergibt |
| Die Messung der Leistung anhand vereinbarter Ziele | Monatliche Leistungsdaten und die Aufzeichnungen der Lieferantenbewertungen |
| Die Steuerung von Anforderungen und Änderungen | Änderungen der Vereinbarung und der Schnittstelle durchlaufen das Change-Management |
| Die Auditierung des Prozesses | Die Tätigkeiten der Partei im internen Auditprogramm oder die Ergebnisse der eigenen Audits der Partei |
| Die Korrektur von Mängeln | Maßnahmen aus Bewertungen und Audits, bis zum Abschluss nachverfolgt |

<#if procedures.operators?has_content>
Die Parteien, die derzeit zu den Services beitragen, die mit ihnen vereinbarten Prozessschnittstellen und
die Häufigkeit der Bewertung ihrer Leistung (${serviceLevels.supplierReviewRule}):

| Partei | Art | Beitrag | Prozessschnittstellen | Gesteuert durch | Leistungsbewertung |
|---|---|---|---|---|---|
<#list procedures.operators as x>
| ${x.name} | ${x.typeLabel} | ${x.provides!"Unterstützende Services"} | Incidents und Service Requests zu ihren Komponenten; von ihr umgesetzte Changes und Releases; monatliche Leistungsdaten | <@sms.roleWithPerson x.manager/> | ${x.reviewFrequency?cap_first} |
</#list>
</#if>

<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

<@sms.recordsTable processId="supplier-management" rows=[
  {"record": "Verzeichnis der anderen Parteien und der von ihnen betriebenen Prozesse", "owner": supplierManagement.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "Aktuelle Version; ersetzte Versionen 3 Jahre"},
  {"record": "Verträge, interne Vereinbarungen und Schnittstellenbeschreibungen", "owner": supplierManagement.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Ablauf"},
  {"record": "Leistungsbewertungen und Maßnahmen", "owner": supplierManagement.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Vertragsende"}
]/>

<@sms.section title="Kennzahlen" clauses=["9.1"]/>

| Kennzahl | Zielwert |
|---|---|
<#list measures.of["governance-of-other-parties"] as m>
| ${m.name} | ${m.target} |
</#list>
