<#include "/sections/document-cells.ftl">
<@sms.section title="Zweck" key="purpose"/>

Viele Personen, die im Servicemanagementsystem (SMS) von ${org.name} arbeiten, und viele seiner Kunden,
Lieferanten und Auditoren haben Servicemanagement über ITIL 4 oder über CMMI for Services (CMMI-SVC)
kennengelernt. Diese Querverweise zeigen für jeden Teil der ${sms.standard}, welcher Prozess und welches
Dokument des SMS ihn abdecken und welche ITIL-4-Praktiken und CMMI-SVC-Prozessgebiete dasselbe Thema
behandeln. Sie erleichtern diesen Lesern den Einstieg in das SMS und ermöglichen es dem SMS, auf die
Empfehlungen beider Rahmenwerke zurückzugreifen.

Die Zuordnung dient ausschließlich der Orientierung. Die ${sms.standard} verlangt weder ITIL noch CMMI
noch ein anderes Rahmenwerk, und ${org.name} erklärt keine Konformität mit einem dieser Rahmenwerke.
Was das SMS zu leisten hat, ist in seinen eigenen Politiken, Plänen und Verfahren festgelegt; weichen ein
Rahmenwerk und ein SMS-Dokument voneinander ab, gilt das SMS-Dokument.

<@sms.section title="Verhältnis des SMS zu den Rahmenwerken" clauses=["4.4"]/>

<#assign smsDocs = ["sms-scope", "sms-plan"]?filter(id -> docs[id]??)>
Die ${sms.standard} legt fest, was ein Servicemanagementsystem erreichen muss, und die Prozesse und
Dokumente dieses Dokumentensatzes erfüllen diese Anforderungen<#if smsDocs?has_content>, wie <#if smsDocs?size gt 1>in den Dokumenten<#else>im Dokument</#if> <#list smsDocs as id><@sms.link id/><#sep> und </#list> dargelegt</#if>. ITIL 4 und CMMI-SVC sind Sammlungen bewährter Praktiken,
die beschreiben, wie solche Arbeit organisiert werden kann. Die drei gliedern das Thema nicht auf
dieselbe Weise:

- ITIL 4 beschreibt Praktiken: Bündel organisatorischer Ressourcen für eine bestimmte Art von Arbeit, etwa
  das Incident-Management oder den Service Desk. Mehrere Praktiken, zum Beispiel der Service Desk oder das
  Monitoring- und Event-Management, haben in der ${sms.standard} keinen eigenen Abschnitt und erscheinen
  als Teile eines Prozesses des SMS.
- CMMI-SVC (Version 1.3) beschreibt Prozessgebiete mit jeweils eigenen Zielen und Praktiken und wird zur
  Bewertung der Prozessreife herangezogen. Seine Prozessgebiete sind anders gruppiert als die Abschnitte
  der Norm, sodass ein Abschnitt häufig mehreren Prozessgebieten entspricht und manche Abschnitte kein
  direktes Gegenstück haben.
- Die Zuordnung ist eine n:m-Zuordnung und beruht auf unserer eigenen Einschätzung. „Keine direkte
  Entsprechung“ bedeutet, dass keine Praktik und kein Prozessgebiet das Thema als Ganzes abdeckt, auch
  wenn einige Teile davon berühren.

<@sms.section title="Legende der CMMI-SVC-Prozessgebiete" key="key-to-cmmi-svc-process-areas"/>

Die sieben als servicespezifisch gekennzeichneten Prozessgebiete gibt es nur in CMMI-SVC; die übrigen
sind Kernprozessgebiete, die auch die anderen CMMI-Modelle enthalten, teilweise unter anderen
Bezeichnungen.

| Abkürzung | Prozessgebiet | Servicespezifisch |
|---|---|---|
| CAM | Kapazitäts- und Verfügbarkeitsmanagement (Capacity and Availability Management) | Ja |
| CAR | Ursachenanalyse und -beseitigung (Causal Analysis and Resolution) | Nein |
| CM | Konfigurationsmanagement (Configuration Management) | Nein |
| IRP | Incident-Lösung und -Vorbeugung (Incident Resolution and Prevention) | Ja |
| IWM | Integriertes Arbeitsmanagement (Integrated Work Management) | Nein |
| MA | Messung und Analyse (Measurement and Analysis) | Nein |
| OPD | Organisationsweite Prozessdefinition (Organizational Process Definition) | Nein |
| OPF | Organisationsweiter Prozessfokus (Organizational Process Focus) | Nein |
| OT | Organisationsweite Schulung (Organizational Training) | Nein |
| PPQA | Prozess- und Produkt-Qualitätssicherung (Process and Product Quality Assurance) | Nein |
| REQM | Anforderungsmanagement (Requirements Management) | Nein |
| RSKM | Risikomanagement (Risk Management) | Nein |
| SAM | Management von Lieferantenvereinbarungen (Supplier Agreement Management) | Nein |
| SCON | Servicekontinuität (Service Continuity) | Ja |
| SD | Serviceerbringung (Service Delivery) | Ja |
| SSD | Entwicklung des Servicesystems (Service System Development) | Ja |
| SST | Überführung des Servicesystems (Service System Transition) | Ja |
| STSM | Strategisches Servicemanagement (Strategic Service Management) | Ja |
| WMC | Überwachung und Steuerung der Arbeit (Work Monitoring and Control) | Nein |
| WP | Arbeitsplanung (Work Planning) | Nein |

<@sms.section title="Querverweise nach Abschnittsgruppen" key="cross-reference-by-clause-group"/>

Jede Tabelle behandelt eine Gruppe von Abschnitten der ${sms.standard}. Die Spalte „Dieses SMS“ nennt die
Dokumente des Dokumentensatzes, die beschreiben, wie die Abschnitte erfüllt werden, sowie die Rolle, die
den Prozess oder die Tätigkeit verantwortet: einen Prozessverantwortlichen für die
Servicemanagementprozesse, den ${manager.title} als Verantwortlichen für das SMS oder den ${top.title}
für Führung und Managementbewertung.

<#if sms.edition == "2011">
<@sms.section title="Allgemeine Anforderungen an das Servicemanagementsystem: Abschnitt 4" level=3 key="service-management-system-general-requirements:-clause-4"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 4.1 Verantwortung der Leitung | <@here ids=["service-management-policy", "sms-plan"] owner=top/> | Strategiemanagement | OPF |
| 4.2 Governance von Prozessen, die von anderen Parteien betrieben werden | <@here ids=["governance-of-other-parties"] owner=supplierManagement.owner/> | Lieferantenmanagement | SAM |
| 4.3 Dokumentationsmanagement | <@here ids=["documented-information-control", "document-register"] owner=manager/> | keine direkte Entsprechung | OPD, CM |
| 4.4 Ressourcenmanagement | <@here ids=["competence-awareness-communication"] owner=manager/> | Personal- und Talentmanagement | OT |
| 4.5.1 bis 4.5.3 Anwendungsbereich, Planung und Betrieb des SMS | <@here ids=["sms-scope", "sms-plan"] owner=manager/> | Strategiemanagement; Risikomanagement | OPF, OPD, RSKM, WP, WMC |
| 4.5.4 Überwachung und Überprüfung: Messung, internes Audit, Managementbewertung | <@here ids=["monitoring-and-reporting", "internal-audit", "management-review"] owner=manager/> | Messung und Berichterstattung; Fortlaufende Verbesserung | MA, PPQA, WMC |
| 4.5.5 Aufrechterhaltung und Verbesserung des SMS | <@here ids=["nonconformity-and-corrective-action", "continual-improvement"] owner=manager/> | Fortlaufende Verbesserung | OPF, CAR |

<@sms.section title="Design und Überführung neuer oder geänderter Services: Abschnitt 5" level=3 key="design-and-transition-of-new-or-changed-services:-clause-5"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 5.1 bis 5.4 Planung, Design, Entwicklung und Überführung neuer oder geänderter Services | <@here ids=["design-build-transition"] owner=transition.owner/> | Servicedesign; Servicevalidierung und -test; Projektmanagement | SSD, SST |

<@sms.section title="Serviceerbringungsprozesse: Abschnitt 6" level=3 key="service-delivery-processes:-clause-6"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 6.1 Service-Level-Management, einschließlich des Servicekatalogs | <@here ids=["service-delivery-processes", "service-catalogue"] owner=slm.owner/> | Service-Level-Management; Servicekatalogmanagement; Portfoliomanagement | SD, STSM, REQM |
| 6.2 Serviceberichterstattung | <@here ids=["service-delivery-processes"] owner=reporting.owner/> | Messung und Berichterstattung | SD, MA |
| 6.3 Servicekontinuitäts- und Verfügbarkeitsmanagement | <@here ids=["service-continuity-plan", "availability-plan", "business-impact-analysis", "service-delivery-processes"] owner=continuity.owner/> | Verfügbarkeitsmanagement; Servicekontinuitätsmanagement | CAM, SCON |
| 6.4 Budgetierung und Kostenrechnung für Services | <@here ids=["budgeting-and-accounting-policy"] owner=budgeting.owner/> | Finanzmanagement für Services | keine direkte Entsprechung |
| 6.5 Kapazitätsmanagement | <@here ids=["capacity-plan", "service-delivery-processes"] owner=capacity.owner/> | Kapazitäts- und Performance-Management | CAM |
| 6.6 Informationssicherheitsmanagement | <@here ids=["information-security-policy", "service-delivery-processes"] owner=security.owner/> | Informationssicherheitsmanagement | keine direkte Entsprechung; teilweise RSKM |

<@sms.section title="Beziehungsprozesse: Abschnitt 7" level=3 key="relationship-processes:-clause-7"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 7.1 Business-Relationship-Management | <@here ids=["relationship-processes"] owner=brm.owner/> | Beziehungsmanagement | STSM, SD |
| 7.2 Lieferantenmanagement | <@here ids=["relationship-processes"] owner=supplierManagement.owner/> | Lieferantenmanagement | SAM |

<@sms.section title="Lösungsprozesse: Abschnitt 8" level=3 key="resolution-processes:-clause-8"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 8.1 Incident- und Service-Request-Management | <@here ids=["resolution-and-fulfilment", "request-catalogue"] owner=incident.owner/> | Incident-Management; Service-Request-Management; Service Desk; Monitoring- und Event-Management | IRP, SD |
| 8.2 Problem-Management | <@here ids=["resolution-and-fulfilment"] owner=problem.owner/> | Problem-Management | IRP, CAR |

<@sms.section title="Steuerungsprozesse: Abschnitt 9" level=3 key="control-processes:-clause-9"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 9.1 Konfigurationsmanagement | <@here ids=["control-processes"] owner=configuration.owner/> | Service-Konfigurationsmanagement; IT-Asset-Management | CM |
| 9.2 Change-Management | <@here ids=["change-management-policy", "control-processes"] owner=change.owner/> | Change Enablement | CM, SST |
| 9.3 Release- und Deployment-Management | <@here ids=["release-policy", "control-processes"] owner=release.owner/> | Release-Management; Deployment-Management | SST |

Das Wissensmanagement hat in der ${sms.standard} keinen eigenen Abschnitt; die ITIL-4-Praktik
Wissensmanagement und die CMMI-SVC-Prozessgebiete OPD und IWM beziehen sich auf das
Dokumentations- und Ressourcenmanagement in Abschnitt 4.

<#else>
<@sms.section title="Managementsystem: Abschnitte 4 bis 7, 8.1, 9.1 bis 9.3 und 10" level=3 key="management-system:-clauses-4-to-7,-8.1,-9.1-to-9.3-and-10"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 4.1 bis 4.4 Kontext, interessierte Parteien, Anwendungsbereich und SMS | <@here ids=["sms-scope", "sms-plan"] owner=manager/> | Strategiemanagement | OPF, OPD |
| 5.1 bis 5.3 Führung, Politik, Rollen | <@here ids=["service-management-policy"] owner=top/> | Strategiemanagement | OPF |
| 6.1 Risiken und Chancen | <@here ids=["sms-plan"] owner=manager/> | Risikomanagement | RSKM |
| 6.2 und 6.3 Ziele und Planung des SMS | <@here ids=["sms-plan"] owner=manager/> | Strategiemanagement | WP, WMC |
| 7.1 bis 7.4 Ressourcen, Kompetenz, Bewusstsein, Kommunikation | <@here ids=["competence-awareness-communication"] owner=manager/> | Personal- und Talentmanagement | OT |
| 7.5 Dokumentierte Information | <@here ids=["documented-information-control", "document-register"] owner=manager/> | keine direkte Entsprechung | OPD, CM |
| 8.1 Betriebliche Planung und Steuerung | <@here ids=["sms-plan"] owner=manager/> | keine direkte Entsprechung | WP, WMC |
| 9.1 Überwachung, Messung, Analyse und Bewertung | <@here ids=["monitoring-and-reporting"] owner=manager/> | Messung und Berichterstattung | MA, WMC |
| 9.2 Internes Audit | <@here ids=["internal-audit"] owner=manager/> | keine direkte Entsprechung | PPQA |
| 9.3 Managementbewertung | <@here ids=["management-review"] owner=top/> | Strategiemanagement; Fortlaufende Verbesserung | OPF, WMC |
| 10.1 Nichtkonformität und Korrekturmaßnahmen | <@here ids=["nonconformity-and-corrective-action"] owner=manager/> | Fortlaufende Verbesserung | PPQA, CAR |
| 10.2 Fortlaufende Verbesserung | <@here ids=["continual-improvement"] owner=manager/> | Fortlaufende Verbesserung | OPF |

<@sms.section title="Wissen: Abschnitt 7.6" level=3 key="knowledge:-clause-7.6"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 7.6 Wissen | <@here ids=["knowledge-management"] owner=manager/> | Wissensmanagement | OPD, IWM |

<@sms.section title="Serviceportfolio: Abschnitt 8.2" level=3 key="service-portfolio:-clause-8.2"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 8.2.1 und 8.2.2 Serviceerbringung, Planung der Services | <@here ids=["service-portfolio"] owner=catalogue.owner/> | Portfoliomanagement | STSM, SD |
| 8.2.3 Steuerung der am Servicelebenszyklus beteiligten Parteien | <@here ids=["service-portfolio"] owner=supplierManagement.owner/> | Lieferantenmanagement | SAM |
| 8.2.4 Servicekatalogmanagement | <@here ids=["service-portfolio", "service-catalogue"] owner=catalogue.owner/> | Servicekatalogmanagement; Portfoliomanagement | STSM, SD |
| 8.2.5 Asset-Management | <@here ids=["service-portfolio"] owner=asset.owner/> | IT-Asset-Management | CM |
| 8.2.6 Konfigurationsmanagement | <@here ids=["service-portfolio"] owner=configuration.owner/> | Service-Konfigurationsmanagement | CM |

<@sms.section title="Beziehungen und Vereinbarungen: Abschnitt 8.3" level=3 key="relationship-and-agreement:-clause-8.3"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 8.3.1 und 8.3.2 Business-Relationship-Management | <@here ids=["relationship-and-agreement"] owner=brm.owner/> | Beziehungsmanagement | STSM, SD |
| 8.3.3 Service-Level-Management | <@here ids=["relationship-and-agreement"] owner=slm.owner/> | Service-Level-Management | SD, REQM |
| 8.3.4 Lieferantenmanagement, externe und interne Lieferanten | <@here ids=["relationship-and-agreement"] owner=supplierManagement.owner/> | Lieferantenmanagement | SAM |

<@sms.section title="Angebot und Nachfrage: Abschnitt 8.4" level=3 key="supply-and-demand:-clause-8.4"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 8.4.1 Budgetierung und Kostenrechnung für Services | <@here ids=["supply-and-demand"] owner=budgeting.owner/> | Finanzmanagement für Services | keine direkte Entsprechung |
| 8.4.2 Nachfragemanagement | <@here ids=["supply-and-demand"] owner=demand.owner/> | Kapazitäts- und Performance-Management | CAM |
| 8.4.3 Kapazitätsmanagement | <@here ids=["supply-and-demand"] owner=capacity.owner/> | Kapazitäts- und Performance-Management | CAM |

<@sms.section title="Design, Aufbau und Überführung von Services: Abschnitt 8.5" level=3 key="service-design,-build-and-transition:-clause-8.5"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 8.5.1 Change-Management | <@here ids=["change-management-policy", "design-build-transition"] owner=change.owner/> | Change Enablement | CM, SST |
| 8.5.2 Design und Überführung von Services | <@here ids=["design-build-transition"] owner=transition.owner/> | Servicedesign; Servicevalidierung und -test; Projektmanagement | SSD, SST |
| 8.5.3 Release- und Deployment-Management | <@here ids=["design-build-transition"] owner=release.owner/> | Release-Management; Deployment-Management | SST |

<@sms.section title="Lösung und Erfüllung: Abschnitt 8.6" level=3 key="resolution-and-fulfilment:-clause-8.6"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 8.6.1 Incident-Management | <@here ids=["resolution-and-fulfilment", "request-catalogue"] owner=incident.owner/> | Incident-Management; Service Desk; Monitoring- und Event-Management | IRP, SD |
| 8.6.2 Service-Request-Management | <@here ids=["resolution-and-fulfilment", "request-catalogue"] owner=request.owner/> | Service-Request-Management; Service Desk | SD |
| 8.6.3 Problem-Management | <@here ids=["resolution-and-fulfilment"] owner=problem.owner/> | Problem-Management | IRP, CAR |

<@sms.section title="Servicesicherung: Abschnitt 8.7" level=3 key="service-assurance:-clause-8.7"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 8.7.1 Serviceverfügbarkeitsmanagement | <@here ids=["service-assurance", "availability-plan"] owner=availability.owner/> | Verfügbarkeitsmanagement | CAM |
| 8.7.2 Servicekontinuitätsmanagement | <@here ids=["service-continuity-plan", "business-impact-analysis"] owner=continuity.owner/> | Servicekontinuitätsmanagement | SCON |
| 8.7.3 Informationssicherheitsmanagement | <@here ids=["information-security-policy", "service-assurance"] owner=security.owner/> | Informationssicherheitsmanagement | keine direkte Entsprechung; teilweise RSKM |

<@sms.section title="Serviceberichterstattung: Abschnitt 9.4" level=3 key="service-reporting:-clause-9.4"/>

| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
| 9.4 Serviceberichterstattung | <@here ids=["monitoring-and-reporting"] owner=reporting.owner/> | Messung und Berichterstattung | SD, MA |

</#if>
<@sms.section title="Nutzung der Querverweise" key="using-the-cross-reference"/>

**Bei Audits.** <#if roadmap.certification.transition>Interne Audits bewerten das SMS anhand der ${sms.standard},
Zertifizierungsaudits anhand der ${roadmap.certification.standard}, beide zudem anhand der Dokumente dieses
Dokumentensatzes,<#else>Interne Audits und Zertifizierungsaudits bewerten das SMS anhand der ${sms.standard} und
der Dokumente dieses Dokumentensatzes,</#if> niemals anhand von ITIL 4 oder CMMI-SVC. Auditoren und Auditierte,
die mit einem der Rahmenwerke vertraut sind, können mithilfe der Tabellen den SMS-Prozess und das
Dokument finden, die ein Thema abdecken, und anschließend Nachweise dafür suchen, dass das Dokument
befolgt wird. Ein Team, das einer ITIL-Praktik folgt, wo diese vom SMS-Verfahren abweicht, befolgt das
Verfahren nicht; das ist eine Nichtkonformität, unabhängig davon, was das Rahmenwerk empfiehlt. Die
Tabellen helfen auch bei der Auditplanung: Die Zeilen zeigen, welcher Prozessverantwortliche zu welchem
Abschnitt zu befragen ist.<#if docs["traceability-matrix"]??> Die Nachweise zu den einzelnen Abschnitten enthält das Dokument <@sms.link "traceability-matrix"/>.</#if>

**Bei der Übernahme einer ITIL-Praktik oder von CMMI-SVC-Empfehlungen.** Ein Prozessverantwortlicher,
der Empfehlungen aus einem der Rahmenwerke einführen möchte, zum Beispiel ein neues Verfahren zur
Genehmigung von Changes aus der ITIL-4-Praktik Change Enablement, bringt diese als
Verbesserungsmöglichkeit ein<#if docs["continual-improvement"]??> (gemäß dem Dokument <@sms.link "continual-improvement"/>)</#if>. Bevor die Praktik
übernommen wird, prüft der Verantwortliche sie anhand der Abschnitte in der betreffenden Zeile, damit
alle Anforderungen der ${sms.standard} weiterhin erfüllt werden, und aktualisiert anschließend das
SMS-Dokument<#if docs["documented-information-control"]??> gemäß dem Dokument
<@sms.link "documented-information-control"/></#if>. Änderungen mit Auswirkung auf Services durchlaufen
das Change-Management. <#if docs["glossary"]??>Begriffe werden so verwendet, wie sie im Dokument <@sms.link "glossary"/> definiert sind, nicht wie ein Rahmenwerk sie definiert.</#if>

**Pflege.** Der ${manager.title} überprüft diese Querverweise zusammen mit den übrigen Dokumenten des
Dokumentensatzes sowie immer dann, wenn ein Dokument des Dokumentensatzes die darin beschriebenen
Prozesse oder deren Verantwortliche ändert.
