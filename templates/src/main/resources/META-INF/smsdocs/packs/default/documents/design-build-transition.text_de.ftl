<#-- Die Texte des Verfahrens für Design, Aufbau und Überführung (deutsch); die Struktur steht in design-build-transition.md.ftl. -->
@@purposeTitle
Zweck
@@purpose2011
Dieses Verfahren legt fest, wie ${org.name} als Dienstleister neue Services und Änderungen an Services,
die erhebliche Auswirkungen auf Services oder Kunden haben können, plant, gestaltet, entwickelt und
überführt; dazu gehören auch die Entfernung eines Service und seine Übertragung an eine andere Partei oder
von einer anderen Partei. Solche Änderungen werden gemäß dem Dokument <@sms.link "change-management-policy"/>
identifiziert; alle übrigen Änderungen folgen den Steuerungsprozessen im Dokument
<@sms.link "control-processes"/>.
@@scopeTitle
Geltungsbereich
@@scope2011
Das Verfahren gilt für jeden neuen Service, für jede Änderung an einem Service, die die Kriterien für
potenziell erhebliche Auswirkungen aus der Änderungsmanagementpolitik erfüllt, sowie für jede
Entfernung oder Übertragung eines Service aus dem <@sms.link "service-catalogue"/>, unabhängig
davon, wer ihn gestaltet oder aufbaut, einschließlich Lieferanten und interner Gruppen.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@transitionOwnerDuties2011
Verantwortet Design und Überführung neuer oder geänderter Services; erstellt die Überführungspläne; koordiniert Design, Aufbau, Abnahme und Überführung; berichtet über das Ergebnis.
@@changeOwnerDuties2011
Entscheidet gemäß der Änderungsmanagementpolitik, welche Änderungen dieses Verfahren durchlaufen; lässt Überführungspläne und Designs vom CAB prüfen.
@@releaseOwnerDuties2011
Bringt neue oder geänderte Services gemäß der Release-Politik in die Produktivumgebung; leistet Early Life Support.
@@configurationOwnerDuties2011
Erfasst die neuen CIs und ihre Beziehungen in der CMDB und erstellt vor dem Deployment Baselines.
@@topManagementDuties2011
Genehmigt Überführungspläne und nimmt neue Services in den Produktivbetrieb ab.
@@purpose
Dieses Verfahren legt fest, wie ${org.name} die eigenen Services ändert: wie Änderungsanträge erfasst, bewertet,
genehmigt und umgesetzt werden; wie neue Services und wesentliche Änderungen geplant, gestaltet, aufgebaut
und in den Produktivbetrieb überführt oder aus ihm herausgenommen werden; und wie Releases geplant,
getestet und verteilt werden. Es setzt die Regeln des Dokuments <@sms.link "change-management-policy"/>
in die Praxis um.
@@scope
Das Verfahren gilt für jede Änderung an einem Element, das nach der Änderungsmanagementpolitik der
Änderungssteuerung unterliegt, für jeden neuen Service und jede Entfernung oder Übertragung eines Service sowie für jedes
Release, das in die Produktivumgebung der Services aus dem <@sms.link "service-catalogue"/>
verteilt wird, unabhängig davon, wer es aufbaut oder verteilt, einschließlich Lieferanten.
@@changeOwnerDuties
Verantwortet den Änderungsmanagementprozess; leitet das CAB; pflegt den Änderungskalender; überprüft fehlgeschlagene Änderungen und Notfalländerungen.
@@transitionOwnerDuties
Verantwortet Design und Überführung von Services; plant und koordiniert neue oder geänderte Services mit potenziell erheblichen Auswirkungen sowie die Entfernung und Übertragung von Services.
@@releaseOwnerDuties
Verantwortet das Release- und Deployment-Management; pflegt die Release-Politik; plant, testet und verteilt Releases; leistet Early Life Support.
@@configurationOwnerDuties
Stellt die Konfigurationsinformationen für die Auswirkungsanalyse bereit; erstellt Baselines; prüft beim Abschluss von Änderungen, ob die CIs aktualisiert wurden.
@@topManagementDuties
Genehmigt Änderungen mit potenziell erheblichen Auswirkungen vor Beginn des Designs und nimmt neue Services in den Produktivbetrieb ab.
@@changeOwners
Der Änderungsverantwortliche (die Person, die die Änderung beantragt, oder bei einer Änderung an einem
Service dessen Serviceverantwortlicher) ist für den Inhalt des RFC und den zugrunde liegenden Business
Case verantwortlich.
@@routingTitle
Steuerung der Änderungen
@@routing
Jede Änderung beginnt als Änderungsantrag ${change.inTool}. Ihr Weg hängt von der
Kategorie ab, die gemäß dem Dokument <@sms.link "change-management-policy"/> festgelegt wird:

| Kategorie | Weg | Deployment |
|---|---|---|
| Standardänderung | Änderungsmodell; Erfassung und Durchführung | Ablauf gemäß Änderungsmodell |
@@routes2011
| Normale Änderung | Änderungsmanagement gemäß dem Dokument <@sms.link "control-processes"/> | Release- und Deployment-Management |
| Notfalländerung | Schritte für Notfalländerungen gemäß dem Dokument <@sms.link "control-processes"/> | Notfall-Release |
@@routes
| Normale Änderung | Aktivitäten des Änderungsmanagements (siehe unten) | Release- und Deployment-Management |
| Notfalländerung | Schritte für Notfalländerungen (siehe unten) | Notfall-Release |
@@majorImpactRoute
| Potenziell erhebliche Auswirkungen, einschließlich Entfernung oder Übertragung eines Service | Design und Überführung von Services, danach Änderungsmanagement für jedes Release | Release- und Deployment-Management mit Early Life Support |
@@inputsTitle
Eingaben und Ergebnisse
@@inputsOutputs2011
| Eingaben | Ergebnisse |
|---|---|
| Serviceanforderungen der Kunden und aus dem Servicemanagementplan | Genehmigte Überführungspläne oder Pläne für Entfernung oder Übertragung |
| Änderungsanträge mit potenziell erheblichen Auswirkungen | Vom CAB geprüfte Servicedesigns |
| CMDB-Informationen zu den betroffenen Services und CIs | Abgenommene Services mit unterzeichneten Abnahmeprotokollen |
| Anforderungen an Kapazität, Sicherheit, Kontinuität und Verfügbarkeit | Bei Inbetriebnahme aktualisierter Katalog, SLAs und CMDB |
| Budget- und Ressourcenvorgaben | Abschlussberichte zur Überführung mit den gewonnenen Erkenntnissen |
@@recordsTitle
Aufzeichnungen
@@transitionPlansRecord
Überführungspläne, Servicedesigns und Abnahmeprotokolle
@@documentLibrary
SMS-Dokumentenbibliothek
@@lifeOfServicePlus3Years
Lebensdauer des Service zuzüglich 3 Jahre
@@transitionReportsRecord
Abschlussberichte zur Überführung
@@removalRecord
Pläne und Aufzeichnungen zur Entfernung oder Übertragung eines Service
@@removalRetention
6 Jahre nach der Entfernung oder Übertragung
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
@@inputsOutputs
| Eingaben | Ergebnisse |
|---|---|
| Änderungsanträge | Bewertete und genehmigte oder abgelehnte Änderungen |
| Serviceanforderungen und Portfolioentscheidungen | Überführungspläne, Servicedesigns und Abnahmeprotokolle |
| ${t.ConfigurationInformation} | Änderungskalender und Release-Pläne |
| Bekannte Fehler, die eine dauerhafte Behebung erfordern | Verteilte Releases und aktualisierte ${t.configurationInformation} |
| Anforderungen an Kapazität, Sicherheit und Kontinuität | Nachbetrachtungen nach der Umsetzung und Überführungsberichte |
@@rfcRecord
Änderungsanträge, Bewertungen und Genehmigungen
@@rfcRetention
3 Jahre nach dem Schließen
@@cabRecord
CAB-Protokolle und Nachbetrachtungen nach der Umsetzung
@@threeYears
3 Jahre
@@releaseRecord
Release-Pläne, Testergebnisse und Deployment-Aufzeichnungen
@@baselineRecord
Konfigurations-Baselines
@@baselineRetention
Bis die nächste Baseline des Service erstellt und die Änderung geschlossen ist
