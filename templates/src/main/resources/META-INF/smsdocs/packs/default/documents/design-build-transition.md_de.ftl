<@sms.section title="Zweck" key="purpose"/>

<#if sms.edition == "2011">
Dieses Verfahren legt fest, wie ${org.name} als Dienstleister neue Services und Änderungen an Services,
die erhebliche Auswirkungen auf Services oder Kunden haben können, plant, gestaltet, entwickelt und
überführt; dazu gehören auch die Entfernung eines Service und seine Übertragung an eine andere Partei oder
von einer anderen Partei. Solche Änderungen werden gemäß dem Dokument <@sms.link "change-management-policy"/>
identifiziert; alle übrigen Änderungen folgen den Steuerungsprozessen im Dokument
<@sms.link "control-processes"/>.

<@sms.section title="Geltungsbereich" key="scope"/>

Das Verfahren gilt für jeden neuen Service, für jede Änderung an einem Service, die die Kriterien für
potenziell erhebliche Auswirkungen der Richtlinie für das Change-Management erfüllt, sowie für jede
Entfernung oder Übertragung eines Service aus dem Dokument <@sms.link "service-catalogue"/>, unabhängig
davon, wer ihn gestaltet oder aufbaut, einschließlich Lieferanten und interner Gruppen.

<@sms.section title="Rollen und Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": transition.owner, "duties": "Verantwortet Design und Überführung neuer oder geänderter Services; erstellt die Überführungspläne; koordiniert Design, Aufbau, Abnahme und Überführung; berichtet über das Ergebnis."},
  {"role": change.owner, "duties": "Entscheidet gemäß der Richtlinie für das Change-Management, welche Änderungen dieses Verfahren durchlaufen; lässt Überführungspläne und Designs vom CAB prüfen."},
  {"role": release.owner, "duties": "Bringt neue oder geänderte Services gemäß der Release-Richtlinie in die Produktivumgebung; leistet Early Life Support."},
  {"role": configuration.owner, "duties": "Erfasst die neuen CIs und ihre Beziehungen in der CMDB und erstellt vor dem Deployment Baselines."},
  {"role": sms.topManagement, "duties": "Genehmigt Überführungspläne und nimmt neue Services in den Produktivbetrieb ab."}
]/>

<#else>
Dieses Verfahren legt fest, wie ${org.name} seine Services ändert: wie Änderungsanträge erfasst, bewertet,
genehmigt und umgesetzt werden; wie neue Services und wesentliche Änderungen geplant, gestaltet, aufgebaut
und in den Produktivbetrieb überführt oder aus ihm herausgenommen werden; und wie Releases geplant,
getestet und verteilt werden. Es setzt die Regeln des Dokuments <@sms.link "change-management-policy"/>
in die Praxis um.

<@sms.section title="Geltungsbereich" key="scope"/>

Das Verfahren gilt für jede Änderung an einem Element, das gemäß der Richtlinie der Änderungssteuerung
unterliegt, für jeden neuen Service und jede Entfernung oder Übertragung eines Service sowie für jedes
Release, das in die Produktivumgebung der Services aus dem Dokument <@sms.link "service-catalogue"/>
verteilt wird, unabhängig davon, wer es aufbaut oder verteilt, einschließlich Lieferanten.

<@sms.section title="Rollen und Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": change.owner, "duties": "Verantwortet den Change-Management-Prozess; leitet das CAB; pflegt den Change-Kalender; überprüft fehlgeschlagene Änderungen und Notfalländerungen."},
  {"role": transition.owner, "duties": "Verantwortet Design und Überführung von Services; plant und koordiniert neue oder geänderte Services mit potenziell erheblichen Auswirkungen sowie die Entfernung und Übertragung von Services."},
  {"role": release.owner, "duties": "Verantwortet das Release- und Deployment-Management; pflegt die Release-Richtlinie; plant, testet und verteilt Releases; leistet Early Life Support."},
  {"role": configuration.owner, "duties": "Stellt die Konfigurationsinformationen für die Auswirkungsanalyse bereit; erstellt Baselines; prüft beim Abschluss von Änderungen, ob die CIs aktualisiert wurden."},
  {"role": sms.topManagement, "duties": "Genehmigt Änderungen mit potenziell erheblichen Auswirkungen vor Beginn des Designs und nimmt neue Services in den Produktivbetrieb ab."}
]/>

Die Änderungsverantwortlichen (die Person, die die Änderung beantragt, oder bei einer Änderung an einem
Service dessen Serviceverantwortlicher) sind für den Inhalt des RFC und den zugrunde liegenden Business
Case verantwortlich.
</#if>

<@sms.section title="Steuerung der Änderungen" clauses=["8.5"]/>

Jede Änderung beginnt als Änderungsantrag ${change.inTool}. Ihr Weg hängt von der
Kategorie ab, die gemäß dem Dokument <@sms.link "change-management-policy"/> festgelegt wird:

| Kategorie | Weg | Deployment |
|---|---|---|
| Standardänderung | Change-Modell; Erfassung und Durchführung | Ablauf gemäß Change-Modell |
<#if sms.edition == "2011">
| Normale Änderung | Change-Management gemäß dem Dokument <@sms.link "control-processes"/> | Release- und Deployment-Management |
| Notfalländerung | Schritte für Notfalländerungen gemäß dem Dokument <@sms.link "control-processes"/> | Notfall-Release |
<#else>
| Normale Änderung | Aktivitäten des Change-Managements (siehe unten) | Release- und Deployment-Management |
| Notfalländerung | Schritte für Notfalländerungen (siehe unten) | Notfall-Release |
</#if>
| Potenziell erhebliche Auswirkungen, einschließlich Entfernung oder Übertragung eines Service | Design und Überführung von Services, danach Change-Management für jedes Release | Release- und Deployment-Management mit Early Life Support |

<#if sms.edition == "2011">
<#include "/sections/service-design-and-transition.ftl">
<@sms.section title="Eingaben und Ergebnisse" key="inputs-and-outputs"/>

| Eingaben | Ergebnisse |
|---|---|
| Serviceanforderungen der Kunden und aus dem Servicemanagementplan | Genehmigte Überführungspläne oder Pläne für Entfernung oder Übertragung |
| Änderungsanträge mit potenziell erheblichen Auswirkungen | Vom CAB geprüfte Servicedesigns |
| CMDB-Informationen zu den betroffenen Services und CIs | Abgenommene Services mit unterzeichneten Abnahmeprotokollen |
| Anforderungen an Kapazität, Sicherheit, Kontinuität und Verfügbarkeit | Bei Inbetriebnahme aktualisierter Katalog, SLAs und CMDB |
| Budget- und Ressourcenvorgaben | Abschlussberichte zur Überführung und Lessons Learned |

<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

<@sms.recordsTable processId="service-design-and-transition" rows=[
  {"record": "Überführungspläne, Servicedesigns und Abnahmeprotokolle", "owner": transition.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "Lebensdauer des Service zuzüglich 3 Jahre"},
  {"record": "Abschlussberichte zur Überführung", "owner": transition.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "Lebensdauer des Service zuzüglich 3 Jahre"},
  {"record": "Pläne und Aufzeichnungen zur Entfernung oder Übertragung eines Service", "owner": transition.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach der Entfernung oder Übertragung"}
]/>

<@sms.section title="Kennzahlen" clauses=["9.1"]/>

| Kennzahl | Zielwert |
|---|---|
<#list measures.of["design-build-transition"] as m>
| ${m.name} | ${m.target} |
</#list>
<#else>
<#include "/sections/change-management.ftl">
<#include "/sections/service-design-and-transition.ftl">
<#include "/sections/release-and-deployment.ftl">
<@sms.section title="Eingaben und Ergebnisse" key="inputs-and-outputs"/>

| Eingaben | Ergebnisse |
|---|---|
| Änderungsanträge | Bewertete und genehmigte oder abgelehnte Änderungen |
| Serviceanforderungen und Portfolioentscheidungen | Überführungspläne, Servicedesigns und Abnahmeprotokolle |
| ${t.ConfigurationInformation} | Change-Kalender und Release-Pläne |
| Bekannte Fehler, die eine dauerhafte Behebung erfordern | Verteilte Releases und aktualisierte ${t.configurationInformation} |
| Anforderungen an Kapazität, Sicherheit und Kontinuität | Nachbetrachtungen nach der Umsetzung und Überführungsberichte |

<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

<@sms.recordsTable processId="change-management" rows=[
  {"record": "Änderungsanträge, Bewertungen und Genehmigungen", "owner": change.owner, "retention": "3 Jahre nach dem Schließen"},
  {"record": "CAB-Protokolle und Nachbetrachtungen nach der Umsetzung", "owner": change.owner, "retention": "3 Jahre"},
  {"record": "Überführungspläne, Servicedesigns und Abnahmeprotokolle", "owner": transition.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "Lebensdauer des Service zuzüglich 3 Jahre"},
  {"record": "Abschlussberichte zur Überführung", "owner": transition.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "Lebensdauer des Service zuzüglich 3 Jahre"},
  {"record": "Release-Pläne, Testergebnisse und Deployment-Aufzeichnungen", "owner": release.owner, "heldIn": sms.toolOf("release-and-deployment-management")?cap_first, "retention": "3 Jahre"},
  {"record": "Konfigurations-Baselines", "owner": configuration.owner, "heldIn": sms.toolOf("configuration-management")?cap_first, "retention": "Bis die nächste Baseline des Service erstellt und die Änderung geschlossen ist"}
]/>

<@sms.section title="Kennzahlen" clauses=["9.1"]/>

| Kennzahl | Zielwert |
|---|---|
<#list measures.of["design-build-transition"] as m>
| ${m.name} | ${m.target} |
</#list>
</#if>
