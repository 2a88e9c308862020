<@sms.section title="Zweck" key="purpose"/>

Dieses Verfahren legt fest, wie ${org.name} entscheidet, welche Services erbracht werden, wie diese
Services erbracht werden, wie die anderen an ihnen beteiligten Parteien gesteuert werden und wie genaue
Informationen über die Services, die von ihnen genutzten Assets und die Konfigurationselemente (CIs), aus
denen sie bestehen, gepflegt werden. Zusammen bilden diese Tätigkeiten das Serviceportfolio: die Services
im Produktivbetrieb, die in Planung oder Änderung befindlichen Services und die Ressourcen dahinter.

<@sms.section title="Geltungsbereich" key="scope"/>

Das Verfahren gilt für jeden Service im Anwendungsbereich des Servicemanagementsystems (SMS), für
vorgeschlagene und in Gestaltung befindliche Services sowie für die Assets, CIs und Lieferanten, die sie
unterstützen. Es umfasst den gesamten Lebenszyklus eines Service, von der ersten Anforderung bis zu seiner
Entfernung.

<@sms.section title="Rollen und Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": sms.topManagement, "duties": "Genehmigt jährlich das Serviceportfolio sowie Entscheidungen über das Hinzufügen, Übertragen oder Entfernen eines Service."},
  {"role": catalogue.owner, "duties": "Verantwortet den Prozess Servicekatalogmanagement; pflegt das Serviceportfolio und den Servicekatalog; führt den jährlichen Zyklus der Serviceplanung durch."},
  {"role": supplierManagement.owner, "duties": "Führt das Verzeichnis der am Servicelebenszyklus beteiligten Parteien; stellt sicher, dass für jede dieser Parteien ein Vertrag oder eine Vereinbarung mit Maßnahmen besteht, auf die sich das SMS stützen kann."},
  {"role": asset.owner, "duties": "Verantwortet den Asset-Management-Prozess und das Asset-Verzeichnis; Werkzeug: " + sms.toolOf("asset-management") + "."},
  {"role": configuration.owner, "duties": "Verantwortet den Konfigurationsmanagementprozess; legt die CI-Typen fest; pflegt die Konfigurationsinformationen (Werkzeug: " + sms.toolOf("configuration-management") + "); führt Konfigurationsaudits durch."},
  {"role": sms.manager, "duties": "Prüft, ob Portfolio, Katalog, Asset- und Konfigurationsinformationen untereinander und mit dem Servicemanagementplan übereinstimmen."}
]/>

<#if services?has_content>
Jeder Service hat einen Serviceverantwortlichen, der für seine Erbringung gemäß der
Service-Level-Vereinbarung (SLA) rechenschaftspflichtig ist:

| Service | Serviceverantwortlich | Kritikalität | Kunden |
|---|---|---|---|
<#list services as s>
| ${s.name} | <@sms.roleWithPerson s.owner/> | ${sms.word((s.criticality!"medium"))} | <@sms.names items=s.customers empty="keine zugeordnet"/> |
</#list>
<#else>
Für jeden Service wird bei seiner Genehmigung ein Serviceverantwortlicher benannt; derzeit sind noch keine
Services festgelegt.
</#if>

<@sms.section title="Grundsätze" clauses=["8.2"]/>

- Ein Service ist nur dann Teil des Portfolios, wenn er einen Verantwortlichen und dokumentierte
  Anforderungen hat und, sobald er in Betrieb ist, einen Eintrag im Dokument
  <@sms.link "service-catalogue"/> sowie eine SLA.
- ${org.name} bleibt für jeden erbrachten Service rechenschaftspflichtig, auch für die Teile, die von
  externen oder internen Lieferanten erbracht werden.
- Über neue Services, wesentliche Änderungen an Services, Übertragungen und Entfernungen wird im Zyklus der
  Serviceplanung entschieden; umgesetzt werden sie über Design und Überführung von Services.
- Asset- und Konfigurationsinformationen werden nur einmal erfasst, in den in diesem Verfahren genannten
  Werkzeugen, und nur über gesteuerte Änderungen aktualisiert.

<@sms.section title="Serviceerbringung" clauses=["8.2.1"]/>

${org.name} erbringt seine Services, indem die operativen Tätigkeiten des SMS täglich mit den im Dokument
<@sms.link "sms-plan"/> festgelegten Ressourcen durchgeführt werden. Für jeden Service stellt der
Serviceverantwortliche Folgendes sicher:

1. **Betrieb.** Die für den Betrieb des Service erforderlichen Tätigkeiten (Überwachung, geplante Wartung,
   Patching, Backups, Besetzung des Service Desks) sind für die im Katalog angegebenen Servicezeiten
   eingeplant und personell besetzt.
2. **Bearbeitung von Anfragen.** Incidents und Service Requests werden gemäß dem Dokument
   <@sms.link "resolution-and-fulfilment"/> bearbeitet, Änderungen gemäß dem Dokument
   <@sms.link "design-build-transition"/>.
3. **Überwachung.** Verfügbarkeit, Kapazität und Incident-Kennzahlen werden anhand der SLA-Ziele
   überwacht; Abweichungen werden als Incidents oder Verbesserungsmöglichkeiten erfasst.
4. **Koordination.** Tätigkeiten, an denen Lieferanten beteiligt sind, folgen den in deren Verträgen oder
   internen Vereinbarungen festgelegten Schnittstellen.
5. **Überprüfung.** Die Serviceleistung wird monatlich anhand des Serviceberichts und bei jeder
   Serviceüberprüfung mit dem Kunden bewertet, wie im Dokument <@sms.link "relationship-and-agreement"/>
   beschrieben.

<@sms.section title="Planung der Services" clauses=["8.2.2"]/>

Der ${catalogue.owner.title} führt einmal jährlich einen Zyklus der Serviceplanung durch, abgestimmt auf
den Budgetzyklus im Dokument <@sms.link "supply-and-demand"/>, sowie immer dann, wenn ein Kunde, ein
Lieferant oder die oberste Leitung einen Bedarf meldet, der nicht bis zum nächsten Zyklus warten kann.

1. **Anforderungen sammeln.** Der ${brm.owner.title} erhebt die
   Serviceanforderungen bestehender und potenzieller Kunden aus Serviceüberprüfungen und
   Vertragsverlängerungen. Der ${catalogue.owner.title} ergänzt die eigenen Anforderungen von ${org.name}
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
5. **Genehmigen.** Das vorgeschlagene Portfolio wird dem ${sms.topManagement.title} zur Genehmigung
   vorgelegt, in der Regel im Rahmen der Managementbewertung (siehe <@sms.link "management-review"/>).
6. **Umsetzen.** Für jeden genehmigten Vorschlag wird ein Änderungsantrag gestellt, und
   Servicemanagementplan, Budget und Kapazitätsplan werden entsprechend angepasst.

Ergebnisse: dokumentierte Serviceanforderungen, das genehmigte Serviceportfolio mit seinen Prioritäten
und die Änderungsanträge, mit denen es umgesetzt wird.

<#include "/sections/control-of-other-parties.ftl">
<#include "/sections/service-catalogue-management.ftl">
<#include "/sections/asset-management.ftl">
<#include "/sections/configuration-management.ftl">
<@sms.section title="Eingaben und Ergebnisse" key="inputs-and-outputs"/>

| Eingaben | Ergebnisse |
|---|---|
| Anforderungen der Kunden und des Geschäftsbetriebs | Dokumentierte Serviceanforderungen |
| Serviceüberprüfungen und Ergebnisse zur Kundenzufriedenheit | Genehmigtes Serviceportfolio und Prioritäten |
| Kapazitätsplan und Nachfrageprognosen | Servicekatalog |
| Leistungsbewertungen der Lieferanten | Lieferantenverzeichnis und Vereinbarungen |
| Beschaffungen, Änderungen und Releases | Asset-Verzeichnis und Konfigurationsinformationen |
| Daten aus automatischer Erkennung (Discovery) und Überwachung | Konfigurations-Baselines und Auditberichte |

<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

<@sms.recordsTable processId="configuration-management" rows=[
  {"record": "Serviceanforderungen und Portfolioentscheidungen", "owner": catalogue.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "3 Jahre nach Entfernung des Service"},
  {"record": "Versionen des Servicekatalogs", "owner": catalogue.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "3 Jahre nach Ersetzung durch eine neue Version"},
  {"record": "Lieferantenverzeichnis und Bewertungsergebnisse", "owner": supplierManagement.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Vertragsende"},
  {"record": "Asset-Verzeichnis und Entsorgungsnachweise", "owner": asset.owner, "heldIn": sms.toolOf("asset-management")?cap_first, "retention": "6 Jahre nach der Entsorgung"},
  {"record": "Konfigurationsinformationen", "owner": configuration.owner, "retention": "3 Jahre nach Außerbetriebnahme des CI"},
  {"record": "Konfigurations-Baselines", "owner": configuration.owner, "retention": "Bis die nächste Baseline des Service erstellt und die Änderung geschlossen ist"},
  {"record": "Berichte über Konfigurationsaudits", "owner": configuration.owner, "retention": "3 Jahre"}
]/>

<@sms.section title="Kennzahlen" clauses=["9.1"]/>

| Kennzahl | Zielwert |
|---|---|
<#list measures.of["service-portfolio"] as m>
| ${m.name} | ${m.target} |
</#list>
