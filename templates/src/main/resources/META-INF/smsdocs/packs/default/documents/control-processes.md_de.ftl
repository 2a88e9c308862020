<@sms.section title="Zweck" clauses2011=["9"] key="purpose"/>

Dieses Verfahren legt fest, wie ${org.name} als ${t.provider} die Services und ihre Komponenten unter
Kontrolle hält: wie Konfigurationselemente (CIs) identifiziert und in der
Konfigurationsmanagementdatenbank (CMDB) erfasst werden, wie jede Änderung aufgezeichnet, bewertet,
genehmigt und überprüft wird und wie Releases geplant, getestet und bereitgestellt werden. Es setzt die
<@sms.link "change-management-policy"/> und die <@sms.link "release-policy"/> um.

<@sms.section title="Geltungsbereich" key="scope"/>

Das Verfahren gilt für jedes CI der Services im <@sms.link "service-catalogue"/>, für jede Änderung an
einem Element unter Change-Kontrolle und für jedes Release, das in die Produktivumgebung bereitgestellt
wird, unabhängig davon, wer es erstellt oder bereitstellt, einschließlich Lieferanten und interner Gruppen.
Changes mit potenziell großen Auswirkungen, neue Services und die Außerbetriebnahme eines Service werden
zusätzlich gemäß <@sms.link "design-build-transition"/> konzipiert und überführt.

<@sms.section title="Rollen und Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": configuration.owner, "duties": "Verantwortet das Konfigurationsmanagement; legt die CI-Typen fest; pflegt die CMDB " + configuration.inTool + "; führt Konfigurationsaudits durch."},
  {"role": asset.owner, "duties": "Hält das Asset-Verzeichnis mit der CMDB in Einklang; steuert Lizenzen und die Entsorgung von Assets."},
  {"role": change.owner, "duties": "Verantwortet das Change-Management; leitet das CAB; pflegt den Change-Zeitplan; überprüft fehlgeschlagene Changes und Notfall-Changes."},
  {"role": release.owner, "duties": "Verantwortet das Release- und Deployment-Management; pflegt die Release-Richtlinie; plant, testet und stellt Releases bereit; leistet die Nachbetreuung in der frühen Betriebsphase (Early Life Support)."}
]/>

Die Change-Verantwortlichen (die Person, die den Change einbringt, bzw. der Serviceverantwortliche bei
einem Change an einem Service) sind für den Inhalt des Änderungsantrags (RFC) und die zugrunde liegende
geschäftliche Begründung verantwortlich.

<#include "/sections/configuration-management.ftl">
<#include "/sections/asset-management.ftl">
<#include "/sections/change-management.ftl">
<#include "/sections/release-and-deployment.ftl">
<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

<@sms.recordsTable processId="configuration-management" rows=[
  {"record": "CMDB-Einträge der CIs und ihrer Beziehungen", "owner": configuration.owner, "retention": "3 Jahre nach Außerbetriebnahme des CI"},
  {"record": "Konfigurations-Baselines und Berichte über Konfigurationsaudits", "owner": configuration.owner, "retention": "3 Jahre"},
  {"record": "Änderungsanträge, Bewertungen und Genehmigungen", "owner": change.owner, "heldIn": sms.toolOf("change-management")?cap_first, "retention": "3 Jahre nach Abschluss"},
  {"record": "CAB-Protokolle und Überprüfungen nach der Implementierung", "owner": change.owner, "heldIn": sms.toolOf("change-management")?cap_first, "retention": "3 Jahre"},
  {"record": "Release-Pläne, Testergebnisse und Deployment-Aufzeichnungen", "owner": release.owner, "heldIn": sms.toolOf("release-and-deployment-management")?cap_first, "retention": "3 Jahre"}
]/>

<@sms.section title="Kennzahlen" clauses=["9.1"]/>

| Kennzahl | Zielwert |
|---|---|
<#list measures.of["control-processes"] as m>
| ${m.name} | ${m.target} |
</#list>
