<#-- Die Texte des Verfahrens für das Serviceportfolio (deutsch); die Struktur steht in service-portfolio.md.ftl.
     Die Aufgaben werden als reiner Text verwendet und erst bei der Ausgabe maskiert, daher wird ein Wert darin als ${x?no_esc} geschrieben. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie ${org.name} entscheidet, welche Services erbracht werden, wie diese
Services erbracht werden, wie die anderen an ihnen beteiligten Parteien gesteuert werden und wie genaue
Informationen über die Services, die von ihnen genutzten Assets und die Konfigurationselemente (CIs), aus
denen sie bestehen, gepflegt werden. Zusammen bilden diese Tätigkeiten das Serviceportfolio: die Services
im Produktivbetrieb, die in Planung oder Änderung befindlichen Services und die Ressourcen dahinter.
@@scopeTitle
Geltungsbereich
@@scope
Das Verfahren gilt für jeden Service im Anwendungsbereich des Servicemanagementsystems (SMS), für
vorgeschlagene und in Gestaltung befindliche Services sowie für die Assets, CIs und Lieferanten, die sie
unterstützen. Es umfasst den gesamten Lebenszyklus eines Service, von der ersten Anforderung bis zu seiner
Entfernung.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@topManagementDuties
Genehmigt jährlich das Serviceportfolio sowie Entscheidungen über das Hinzufügen, Übertragen oder Entfernen eines Service.
@@catalogueOwnerDuties
Verantwortet den Prozess Servicekatalogmanagement; pflegt das Serviceportfolio und den Servicekatalog; führt den jährlichen Zyklus der Serviceplanung durch.
@@supplierOwnerDuties
Führt das Verzeichnis der am Servicelebenszyklus beteiligten Parteien; stellt sicher, dass für jede dieser Parteien ein Vertrag oder eine Vereinbarung mit Maßnahmen besteht, auf die sich das SMS stützen kann.
@@assetOwnerDuties
Verantwortet den Asset-Management-Prozess und das Asset-Verzeichnis; Tool: ${sms.toolOf("asset-management")?no_esc}.
@@configurationOwnerDuties
Verantwortet den Konfigurationsmanagementprozess; legt die CI-Typen fest; pflegt die Konfigurationsinformationen (Tool: ${sms.toolOf("configuration-management")?no_esc}); führt Konfigurationsaudits durch.
@@managerDuties
Prüft, ob Portfolio, Katalog, Asset- und Konfigurationsinformationen untereinander und mit dem Servicemanagementplan übereinstimmen.
@@serviceOwners
Jeder Service hat einen Serviceverantwortlichen, der für seine Erbringung gemäß der
Service-Level-Vereinbarung (SLA) rechenschaftspflichtig ist:
@@serviceOwnersHeader
| Service | Serviceverantwortlich | Kritikalität | Kunden |
|---|---|---|---|
@@noCustomers
keine zugeordnet
@@noServices
Für jeden Service wird bei seiner Genehmigung ein Serviceverantwortlicher benannt; derzeit sind noch keine
Services festgelegt.
@@principlesTitle
Grundsätze
@@principles
- Ein Service ist nur dann Teil des Portfolios, wenn er einen Verantwortlichen und dokumentierte
  Anforderungen hat und, sobald er in Betrieb ist, einen Eintrag im Dokument
  <@sms.link "service-catalogue"/> sowie ein SLA.
- ${org.name} bleibt für jeden erbrachten Service rechenschaftspflichtig, auch für die Teile, die von
  externen oder internen Lieferanten erbracht werden.
- Über neue Services, wesentliche Änderungen an Services, Übertragungen und Entfernungen wird im Zyklus der
  Serviceplanung entschieden; umgesetzt werden sie über Design und Überführung von Services.
- Asset- und Konfigurationsinformationen werden nur einmal erfasst, in den in diesem Verfahren genannten
  Tools, und nur über gesteuerte Änderungen aktualisiert.
@@deliveryTitle
Serviceerbringung
@@delivery
${org.name} erbringt die Services, indem die operativen Tätigkeiten des SMS täglich mit den im Dokument
<@sms.link "sms-plan"/> festgelegten Ressourcen durchgeführt werden. Für jeden Service stellt der
Serviceverantwortliche Folgendes sicher:

1. **Betrieb.** Die für den Betrieb des Service erforderlichen Tätigkeiten (Überwachung, geplante Wartung,
   Patch-Management, Backups, Besetzung des Service Desks) sind für die im Katalog angegebenen Servicezeiten
   eingeplant und personell besetzt.
2. **Bearbeitung von Anfragen.** Incidents und Service Requests werden gemäß dem Dokument
   <@sms.link "resolution-and-fulfilment"/> bearbeitet, Änderungen gemäß dem Dokument
   <@sms.link "design-build-transition"/>.
3. **Überwachung.** Verfügbarkeit, Kapazität und Incident-Kennzahlen werden anhand der im SLA vereinbarten Ziele
   überwacht; Abweichungen werden als Incidents oder Verbesserungsmöglichkeiten erfasst.
4. **Koordination.** Tätigkeiten, an denen Lieferanten beteiligt sind, folgen den in deren Verträgen oder
   internen Vereinbarungen festgelegten Schnittstellen.
5. **Überprüfung.** Die Serviceleistung wird monatlich anhand des Serviceberichts und in jedem
   Service-Review mit dem Kunden bewertet, wie im Dokument <@sms.link "relationship-and-agreement"/>
   beschrieben.
@@planningTitle
Planung der Services
@@planning
${catalogue.owner.de.Der} ${catalogue.owner.title} ${catalogue.owner.de.plural?has_content?then("führen", "führt")} einmal jährlich einen Zyklus der Serviceplanung durch, abgestimmt auf
den Budgetzyklus im Dokument <@sms.link "supply-and-demand"/>, sowie immer dann, wenn ein Kunde, ein
Lieferant oder die oberste Leitung einen Bedarf meldet, der nicht bis zum nächsten Zyklus warten kann.

1. **Anforderungen sammeln.** ${brm.owner.de.Der} ${brm.owner.title} ${brm.owner.de.plural?has_content?then("erheben", "erhebt")} die
   Serviceanforderungen bestehender und potenzieller Kunden aus Service-Reviews und
   Vertragsverlängerungen. ${catalogue.owner.de.Der} ${catalogue.owner.title} ${catalogue.owner.de.plural?has_content?then("ergänzen", "ergänzt")} die eigenen Anforderungen von ${org.name}
   (gesetzliche und behördliche Verpflichtungen, Sicherheit, Kosten, Technologielebenszyklus) sowie die
   für das SMS erfassten Risiken und Chancen.
2. **Anforderungen dokumentieren.** Die Anforderungen an jeden Service werden dokumentiert:
   Funktionalität, Servicezeiten, Verfügbarkeits- und Leistungsziele, Kapazität, Kontinuität,
   Informationssicherheit sowie die betroffenen Kunden und Benutzer.
3. **Portfolio bewerten.** Für jeden Service wird entschieden, ob er unverändert beibehalten, geändert,
   durch einen neuen Service ergänzt oder entfernt wird. Berücksichtigt werden die Kundennachfrage, die
   Prognosen des Kapazitätsplans, die Leistung der Lieferanten, Budget, Ressourcen und die Abhängigkeiten
   zwischen den Services.
4. **Priorisieren.** Die Vorschläge werden nach Geschäftswert für die Kunden, Risiko für bestehende
   Services, gesetzlicher oder vertraglicher Verpflichtung und Kosten priorisiert. Vorschläge, die die
   Kriterien für potenziell erhebliche Auswirkungen gemäß dem Dokument
   <@sms.link "change-management-policy"/> erfüllen, werden für Design und Überführung von Services
   vorgemerkt.
5. **Genehmigen.** ${sms.topManagement.de.Der} ${sms.topManagement.title} ${sms.topManagement.de.plural?has_content?then("genehmigen", "genehmigt")} das vorgeschlagene Portfolio,
   in der Regel im Rahmen der Managementbewertung (siehe <@sms.link "management-review"/>).
6. **Umsetzen.** Für jeden genehmigten Vorschlag wird ein Änderungsantrag gestellt, und
   Servicemanagementplan, Budget und Kapazitätsplan werden entsprechend angepasst.

Ergebnisse: dokumentierte Serviceanforderungen, das genehmigte Serviceportfolio mit seinen Prioritäten
und die Änderungsanträge, mit denen es umgesetzt wird.
@@inputsOutputsTitle
Eingaben und Ergebnisse
@@inputsOutputs
| Eingaben | Ergebnisse |
|---|---|
| Anforderungen der Kunden und des Geschäftsbetriebs | Dokumentierte Serviceanforderungen |
| Service-Reviews und Ergebnisse zur Kundenzufriedenheit | Genehmigtes Serviceportfolio und Prioritäten |
| Kapazitätsplan und Nachfrageprognosen | Servicekatalog |
| Leistungsbewertungen der Lieferanten | Lieferantenverzeichnis und Vereinbarungen |
| Beschaffungen, Änderungen und Releases | Asset-Verzeichnis und Konfigurationsinformationen |
| Daten aus automatischer Erkennung (Discovery) und Überwachung | Konfigurations-Baselines und Auditberichte |
@@recordsTitle
Aufzeichnungen
@@requirementsRecords
Serviceanforderungen und Portfolioentscheidungen
@@catalogueRecords
Versionen des Servicekatalogs
@@supplierRecords
Lieferantenverzeichnis und Bewertungsergebnisse
@@assetRecords
Asset-Verzeichnis und Entsorgungsnachweise
@@configurationRecords
Konfigurationsinformationen
@@baselineRecords
Konfigurations-Baselines
@@auditRecords
Berichte über Konfigurationsaudits
@@documentLibrary
SMS-Dokumentenbibliothek
@@afterServiceRemoved
3 Jahre nach Entfernung des Service
@@afterSuperseded
3 Jahre nach Ersetzung durch eine neue Version
@@afterContractEnd
6 Jahre nach Vertragsende
@@afterDisposal
6 Jahre nach der Entsorgung
@@afterCiWithdrawn
3 Jahre nach Außerbetriebnahme des CI
@@untilNextBaseline
Bis die nächste Baseline des Service erstellt und die Änderung geschlossen ist
@@threeYears
3 Jahre
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
