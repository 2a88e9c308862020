<#-- Die Texte des Verfahrens für die Steuerungsprozesse (deutsch); die Struktur steht in control-processes.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie ${org.name} als ${t.provider} die Services und ihre Komponenten unter
Kontrolle hält: wie Konfigurationselemente (CIs) identifiziert und in der
Konfigurationsmanagementdatenbank (CMDB) erfasst werden, wie jede Änderung aufgezeichnet, bewertet,
genehmigt und überprüft wird und wie Releases geplant, getestet und bereitgestellt werden. Es setzt die
<@sms.link "change-management-policy"/> und die <@sms.link "release-policy"/> um.
@@scopeTitle
Geltungsbereich
@@scope
Das Verfahren gilt für jedes CI der Services im <@sms.link "service-catalogue"/>, für jede Änderung an
einem Element unter Änderungssteuerung und für jedes Release, das in die Produktivumgebung bereitgestellt
wird, unabhängig davon, wer es erstellt oder bereitstellt, einschließlich Lieferanten und interner Gruppen.
Änderungen mit potenziell erheblichen Auswirkungen, neue Services und die Außerbetriebnahme eines Service
werden zusätzlich gemäß dem <@sms.link "design-build-transition"/> konzipiert und überführt.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@configurationOwnerDuties
Verantwortet das Konfigurationsmanagement; legt die CI-Typen fest; pflegt die CMDB ${configuration.inTool?no_esc}; führt Konfigurationsaudits durch.
@@assetOwnerDuties
Hält das Asset-Verzeichnis mit der CMDB in Einklang; steuert Lizenzen und die Entsorgung von Assets.
@@changeOwnerDuties
Verantwortet das Änderungsmanagement; leitet das CAB; pflegt den Änderungszeitplan; überprüft fehlgeschlagene Änderungen und Notfalländerungen.
@@releaseOwnerDuties
Verantwortet das Release- und Deployment-Management; pflegt die Release-Politik; plant, testet und stellt Releases bereit; leistet die Nachbetreuung in der frühen Betriebsphase (Early Life Support).
@@changeOwners
Die Änderungsverantwortlichen (die Person, die die Änderung einbringt, bzw. der Serviceverantwortliche bei
einer Änderung an einem Service) sind für den Inhalt des Änderungsantrags (RFC) und die zugrunde liegende
geschäftliche Begründung verantwortlich.
@@recordsTitle
Aufzeichnungen
@@cmdbRecord
CMDB-Einträge der CIs und ihrer Beziehungen
@@cmdbRetention
3 Jahre nach Außerbetriebnahme des CI
@@baselinesRecord
Konfigurations-Baselines und Berichte über Konfigurationsaudits
@@threeYears
3 Jahre
@@rfcRecord
Änderungsanträge, Bewertungen und Genehmigungen
@@threeYearsAfterClosure
3 Jahre nach Abschluss
@@cabRecord
CAB-Protokolle und Nachbetrachtungen nach der Umsetzung
@@releaseRecord
Release-Pläne, Testergebnisse und Deployment-Aufzeichnungen
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
