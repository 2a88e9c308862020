<@sms.section title="Zweck" clauses2011=["7"] key="purpose"/>

Dieses Verfahren legt fest, wie ${org.name} als ${t.provider} die Beziehungen zu den Kunden der Services
sowie zu den Lieferanten und internen Gruppen, die an der Erbringung mitwirken, aufbaut und pflegt, damit
die Zusagen gegenüber den Kunden verstanden, überprüft und durch die Zusagen anderer gedeckt sind.

<@sms.section title="Geltungsbereich" key="scope"/>

Das Verfahren umfasst jeden Kunden der Services im <@sms.link "service-catalogue"/>, die
Service-Reviews, die Messung der Kundenzufriedenheit und Servicebeschwerden sowie jeden Lieferanten
und jede interne Gruppe, die zu diesen Services beitragen. Die Vereinbarung von Service-Levels mit den
Kunden ist Teil des Service-Level-Managements und im <@sms.link "service-delivery-processes"/>
beschrieben.

<@sms.section title="Rollen und Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": brm.owner, "duties": "Verantwortet das Business-Relationship-Management; ist benannter Ansprechpartner jedes Kunden; führt Service-Reviews, die Zufriedenheitsumfrage und das Beschwerdeverfahren durch."},
  {"role": supplierManagement.owner, "duties": "Verantwortet das Lieferantenmanagement; führt das Lieferantenregister; steuert Verträge und Vereinbarungen; führt die Leistungsbewertungen der Lieferanten und das Verfahren für vertragliche Streitigkeiten durch."},
  {"role": slm.owner, "duties": "Prüft, ob die Lieferantenverträge und internen Vereinbarungen die mit den Kunden vereinbarten Service-Level-Ziele unterstützen."},
  {"role": supplierManagement.owner, "duties": "Unterzeichnet oder ändert Lieferantenverträge im Rahmen des genehmigten Budgets."},
  {"role": sms.topManagement, "duties": "Unterzeichnet Lieferantenverträge über das genehmigte Budget hinaus; ist letzte Eskalationsstufe für Beschwerden und Streitigkeiten."}
]/>

<#include "/sections/business-relationship-management.ftl">
<#include "/sections/supplier-management.ftl">
<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

<@sms.recordsTable processId="business-relationship-management" rows=[
  {"record": "Kundenaufzeichnungen und Protokolle der Service-Reviews", "owner": brm.owner, "retention": "3 Jahre"},
  {"record": "Ergebnisse zur Kundenzufriedenheit", "owner": brm.owner, "retention": "3 Jahre"},
  {"record": "Servicebeschwerden", "owner": brm.owner, "retention": "3 Jahre nach Abschluss"},
  {"record": "Lieferantenverträge und Vereinbarungen mit internen Gruppen", "owner": supplierManagement.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Ablauf"},
  {"record": "Lieferantenbewertungen und Leistungsbewertungen", "owner": supplierManagement.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Vertragsende"},
  {"record": "Aufzeichnungen zu vertraglichen Streitigkeiten", "owner": supplierManagement.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Beilegung oder nach Vertragsende, je nachdem, was später eintritt"}
]/>

<@sms.section title="Kennzahlen" clauses=["9.1"]/>

| Kennzahl | Zielwert |
|---|---|
<#list measures.of["relationship-processes"] as m>
| ${m.name} | ${m.target} |
</#list>
