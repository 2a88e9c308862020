<#-- Die Texte der Querverweise zu ITIL 4 und CMMI for Services (deutsch); die Struktur steht in
     framework-cross-reference.md.ftl. Jede Zeile einer Tabelle nach Abschnittsgruppen erhält ihre Zelle
     „Dieses SMS“ als thisSms. -->
@@purposeTitle
Zweck
@@purpose
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
@@frameworksTitle
Verhältnis des SMS zu den Rahmenwerken
@@setOutIn smsDocs
, wie <#if smsDocs?size gt 1>in den Dokumenten<#else>im Dokument</#if> <#list smsDocs as id><@sms.link id/><#sep> und </#list> dargelegt
@@frameworks setOutIn
Die ${sms.standard} legt fest, was ein Servicemanagementsystem erreichen muss, und die Prozesse und
Dokumente dieses Dokumentensatzes erfüllen diese Anforderungen${setOutIn}. ITIL 4 und CMMI-SVC sind Sammlungen bewährter Praktiken,
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
- Die Zuordnung ist eine n:m-Zuordnung und beruht auf einer eigenen Einschätzung von ${org.name}. „Keine direkte
  Entsprechung“ bedeutet, dass keine Praktik und kein Prozessgebiet das Thema als Ganzes abdeckt, auch
  wenn einige Teile davon berühren.
@@cmmiKeyTitle
Legende der CMMI-SVC-Prozessgebiete
@@cmmiKey
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
@@byClauseGroupTitle
Querverweise nach Abschnittsgruppen
@@byClauseGroup
Jede Tabelle behandelt eine Gruppe von Abschnitten der ${sms.standard}. Die Spalte „Dieses SMS“ nennt die
Dokumente des Dokumentensatzes, die beschreiben, wie die Abschnitte erfüllt werden, sowie die Rolle, die
den Prozess oder die Tätigkeit verantwortet: einen Prozessverantwortlichen für die
Servicemanagementprozesse, ${manager.de.den} ${manager.title}, ${manager.de.der} für das SMS verantwortlich <#if manager.de.plural?has_content>sind<#else>ist</#if>, oder
${top.de.den} ${top.title} für Führung und Managementbewertung.
@@tableHeader
| Abschnitte | Dieses SMS | ITIL-4-Praktik(en) | CMMI-SVC-Prozessgebiet(e) |
|---|---|---|---|
@@generalRequirementsTitle
Allgemeine Anforderungen an das Servicemanagementsystem: Abschnitt 4
@@managementResponsibility2011 thisSms
| 4.1 Verantwortung der Leitung | ${thisSms} | Strategiemanagement | OPF |
@@otherPartiesGovernance2011 thisSms
| 4.2 Governance von Prozessen, die von anderen Parteien betrieben werden | ${thisSms} | Lieferantenmanagement | SAM |
@@documentationManagement2011 thisSms
| 4.3 Dokumentationsmanagement | ${thisSms} | keine direkte Entsprechung | OPD, CM |
@@resourceManagement2011 thisSms
| 4.4 Ressourcenmanagement | ${thisSms} | Personal- und Talentmanagement | OT |
@@smsScopePlanningOperation2011 thisSms
| 4.5.1 bis 4.5.3 Anwendungsbereich, Planung und Betrieb des SMS | ${thisSms} | Strategiemanagement; Risikomanagement | OPF, OPD, RSKM, WP, WMC |
@@monitoringAndReview2011 thisSms
| 4.5.4 Überwachung und Überprüfung: Messung, internes Audit, Managementbewertung | ${thisSms} | Messung und Berichterstattung; Fortlaufende Verbesserung | MA, PPQA, WMC |
@@maintainingAndImproving2011 thisSms
| 4.5.5 Aufrechterhaltung und Verbesserung des SMS | ${thisSms} | Fortlaufende Verbesserung | OPF, CAR |
@@designAndTransitionTitle
Design und Überführung neuer oder geänderter Services: Abschnitt 5
@@designAndTransition2011 thisSms
| 5.1 bis 5.4 Planung, Design, Entwicklung und Überführung neuer oder geänderter Services | ${thisSms} | Servicedesign; Servicevalidierung und -test; Projektmanagement | SSD, SST |
@@serviceDeliveryProcessesTitle
Serviceerbringungsprozesse: Abschnitt 6
@@serviceLevelManagement2011 thisSms
| 6.1 Service-Level-Management, einschließlich des Servicekatalogs | ${thisSms} | Service-Level-Management; Servicekatalogmanagement; Portfoliomanagement | SD, STSM, REQM |
@@serviceReporting2011 thisSms
| 6.2 Serviceberichterstattung | ${thisSms} | Messung und Berichterstattung | SD, MA |
@@continuityAndAvailability2011 thisSms
| 6.3 Servicekontinuitäts- und Verfügbarkeitsmanagement | ${thisSms} | Verfügbarkeitsmanagement; Servicekontinuitätsmanagement | CAM, SCON |
@@budgetingAndAccounting2011 thisSms
| 6.4 Budgetierung und Kostenrechnung für Services | ${thisSms} | Finanzmanagement für Services | keine direkte Entsprechung |
@@capacityManagement2011 thisSms
| 6.5 Kapazitätsmanagement | ${thisSms} | Kapazitäts- und Performance-Management | CAM |
@@informationSecurityManagement2011 thisSms
| 6.6 Informationssicherheitsmanagement | ${thisSms} | Informationssicherheitsmanagement | keine direkte Entsprechung; teilweise RSKM |
@@relationshipProcessesTitle
Beziehungsprozesse: Abschnitt 7
@@businessRelationshipManagement2011 thisSms
| 7.1 Business-Relationship-Management | ${thisSms} | Beziehungsmanagement | STSM, SD |
@@supplierManagement2011 thisSms
| 7.2 Lieferantenmanagement | ${thisSms} | Lieferantenmanagement | SAM |
@@resolutionProcessesTitle
Lösungsprozesse: Abschnitt 8
@@incidentAndRequestManagement2011 thisSms
| 8.1 Incident- und Service-Request-Management | ${thisSms} | Incident-Management; Service-Request-Management; Service Desk; Monitoring- und Event-Management | IRP, SD |
@@problemManagement2011 thisSms
| 8.2 Problem-Management | ${thisSms} | Problem-Management | IRP, CAR |
@@controlProcessesTitle
Steuerungsprozesse: Abschnitt 9
@@configurationManagement2011 thisSms
| 9.1 Konfigurationsmanagement | ${thisSms} | Service-Konfigurationsmanagement; IT-Asset-Management | CM |
@@changeManagement2011 thisSms
| 9.2 Änderungsmanagement | ${thisSms} | Änderungssteuerung | CM, SST |
@@releaseDeploymentManagement2011 thisSms
| 9.3 Release- und Deployment-Management | ${thisSms} | Release-Management; Deployment-Management | SST |
@@knowledge2011
Das Wissensmanagement hat in der ${sms.standard} keinen eigenen Abschnitt; die ITIL-4-Praktik
Wissensmanagement und die CMMI-SVC-Prozessgebiete OPD und IWM beziehen sich auf das
Dokumentations- und Ressourcenmanagement in Abschnitt 4.
@@managementSystemTitle
Managementsystem: Abschnitte 4 bis 7, 8.1, 9.1 bis 9.3 und 10
@@contextAndScope thisSms
| 4.1 bis 4.4 Kontext, interessierte Parteien, Anwendungsbereich und SMS | ${thisSms} | Strategiemanagement | OPF, OPD |
@@leadershipPolicyRoles thisSms
| 5.1 bis 5.3 Führung, Politik, Rollen | ${thisSms} | Strategiemanagement | OPF |
@@risksOpportunities thisSms
| 6.1 Risiken und Chancen | ${thisSms} | Risikomanagement | RSKM |
@@objectivesPlanningSms thisSms
| 6.2 und 6.3 Ziele und Planung des SMS | ${thisSms} | Strategiemanagement | WP, WMC |
@@resourcesCompetenceAwarenessCommunication thisSms
| 7.1 bis 7.4 Ressourcen, Kompetenz, Bewusstsein, Kommunikation | ${thisSms} | Personal- und Talentmanagement | OT |
@@documentedInformation thisSms
| 7.5 Dokumentierte Information | ${thisSms} | keine direkte Entsprechung | OPD, CM |
@@operationalPlanningControl thisSms
| 8.1 Betriebliche Planung und Steuerung | ${thisSms} | keine direkte Entsprechung | WP, WMC |
@@monitoringMeasurementAnalysisEvaluation thisSms
| 9.1 Überwachung, Messung, Analyse und Bewertung | ${thisSms} | Messung und Berichterstattung | MA, WMC |
@@internalAudit thisSms
| 9.2 Internes Audit | ${thisSms} | keine direkte Entsprechung | PPQA |
@@managementReview thisSms
| 9.3 Managementbewertung | ${thisSms} | Strategiemanagement; Fortlaufende Verbesserung | OPF, WMC |
@@nonconformityCorrectiveAction thisSms
| 10.1 Nichtkonformität und Korrekturmaßnahmen | ${thisSms} | Fortlaufende Verbesserung | PPQA, CAR |
@@continualImprovement thisSms
| 10.2 Fortlaufende Verbesserung | ${thisSms} | Fortlaufende Verbesserung | OPF |
@@knowledgeTitle
Wissen: Abschnitt 7.6
@@knowledge thisSms
| 7.6 Wissen | ${thisSms} | Wissensmanagement | OPD, IWM |
@@servicePortfolioTitle
Serviceportfolio: Abschnitt 8.2
@@servicePlanning thisSms
| 8.2.1 und 8.2.2 Serviceerbringung, Planung der Services | ${thisSms} | Portfoliomanagement | STSM, SD |
@@controlOfParties thisSms
| 8.2.3 Steuerung der am Servicelebenszyklus beteiligten Parteien | ${thisSms} | Lieferantenmanagement | SAM |
@@serviceCatalogueManagement thisSms
| 8.2.4 Servicekatalogmanagement | ${thisSms} | Servicekatalogmanagement; Portfoliomanagement | STSM, SD |
@@assetManagement thisSms
| 8.2.5 Asset-Management | ${thisSms} | IT-Asset-Management | CM |
@@configurationManagement thisSms
| 8.2.6 Konfigurationsmanagement | ${thisSms} | Service-Konfigurationsmanagement | CM |
@@relationshipAgreementTitle
Beziehungen und Vereinbarungen: Abschnitt 8.3
@@businessRelationshipManagement thisSms
| 8.3.1 und 8.3.2 Business-Relationship-Management | ${thisSms} | Beziehungsmanagement | STSM, SD |
@@serviceLevelManagement thisSms
| 8.3.3 Service-Level-Management | ${thisSms} | Service-Level-Management | SD, REQM |
@@supplierManagementRow thisSms
| 8.3.4 Lieferantenmanagement, externe und interne Lieferanten | ${thisSms} | Lieferantenmanagement | SAM |
@@supplyDemandTitle
Angebot und Nachfrage: Abschnitt 8.4
@@budgetingAndAccounting thisSms
| 8.4.1 Budgetierung und Kostenrechnung für Services | ${thisSms} | Finanzmanagement für Services | keine direkte Entsprechung |
@@demandManagement thisSms
| 8.4.2 Nachfragemanagement | ${thisSms} | Kapazitäts- und Performance-Management | CAM |
@@capacityManagement thisSms
| 8.4.3 Kapazitätsmanagement | ${thisSms} | Kapazitäts- und Performance-Management | CAM |
@@designBuildTransitionTitle
Design, Aufbau und Überführung von Services: Abschnitt 8.5
@@changeManagement thisSms
| 8.5.1 Änderungsmanagement | ${thisSms} | Änderungssteuerung | CM, SST |
@@serviceDesignTransition thisSms
| 8.5.2 Design und Überführung von Services | ${thisSms} | Servicedesign; Servicevalidierung und -test; Projektmanagement | SSD, SST |
@@releaseDeploymentManagement thisSms
| 8.5.3 Release- und Deployment-Management | ${thisSms} | Release-Management; Deployment-Management | SST |
@@resolutionFulfilmentTitle
Lösung und Erfüllung: Abschnitt 8.6
@@incidentManagement thisSms
| 8.6.1 Incident-Management | ${thisSms} | Incident-Management; Service Desk; Monitoring- und Event-Management | IRP, SD |
@@serviceRequestManagement thisSms
| 8.6.2 Service-Request-Management | ${thisSms} | Service-Request-Management; Service Desk | SD |
@@problemManagement thisSms
| 8.6.3 Problem-Management | ${thisSms} | Problem-Management | IRP, CAR |
@@serviceAssuranceTitle
Servicesicherung: Abschnitt 8.7
@@serviceAvailabilityManagement thisSms
| 8.7.1 Serviceverfügbarkeitsmanagement | ${thisSms} | Verfügbarkeitsmanagement | CAM |
@@serviceContinuityManagement thisSms
| 8.7.2 Servicekontinuitätsmanagement | ${thisSms} | Servicekontinuitätsmanagement | SCON |
@@informationSecurityManagement thisSms
| 8.7.3 Informationssicherheitsmanagement | ${thisSms} | Informationssicherheitsmanagement | keine direkte Entsprechung; teilweise RSKM |
@@serviceReportingTitle
Serviceberichterstattung: Abschnitt 9.4
@@serviceReporting thisSms
| 9.4 Serviceberichterstattung | ${thisSms} | Messung und Berichterstattung | SD, MA |
@@usingTitle
Nutzung der Querverweise
@@auditBasisTransition
Interne Audits bewerten das SMS anhand der ${sms.standard},
Zertifizierungsaudits anhand der ${roadmap.certification.standard}, beide zudem anhand der Dokumente dieses
Dokumentensatzes,
@@auditBasis
Interne Audits und Zertifizierungsaudits bewerten das SMS anhand der ${sms.standard} und
der Dokumente dieses Dokumentensatzes,
@@evidenceNote
Die Nachweise zu den einzelnen Abschnitten enthält das Dokument <@sms.link "traceability-matrix"/>.
@@inAudits auditBasis evidenceNote
**Bei Audits.** ${auditBasis} niemals anhand von ITIL 4 oder CMMI-SVC. Auditoren und Auditierte,
die mit einem der Rahmenwerke vertraut sind, können mithilfe der Tabellen den SMS-Prozess und das
Dokument finden, die ein Thema abdecken, und anschließend Nachweise dafür suchen, dass das Dokument
befolgt wird. Ein Team, das einer ITIL-Praktik folgt, wo diese vom SMS-Verfahren abweicht, befolgt das
Verfahren nicht; das ist eine Nichtkonformität, unabhängig davon, was das Rahmenwerk empfiehlt. Die
Tabellen helfen auch bei der Auditplanung: Die Zeilen zeigen, welcher Prozessverantwortliche zu welchem
Abschnitt zu befragen ist.${evidenceNote}
@@improvementNote
(gemäß dem Dokument <@sms.link "continual-improvement"/>)
@@documentControlNote
gemäß dem Dokument
<@sms.link "documented-information-control"/>
@@adopting improvementNote documentControlNote
**Bei der Übernahme einer ITIL-Praktik oder von CMMI-SVC-Empfehlungen.** Ein Prozessverantwortlicher,
der Empfehlungen aus einem der Rahmenwerke einführen möchte, zum Beispiel ein neues Verfahren zur
Genehmigung von Änderungen aus der ITIL-4-Praktik Änderungssteuerung, bringt diese als
Verbesserungsmöglichkeit ein${improvementNote}. Bevor die Praktik
übernommen wird, prüft der Verantwortliche sie anhand der Abschnitte in der betreffenden Zeile, damit
alle Anforderungen der ${sms.standard} weiterhin erfüllt werden, und aktualisiert anschließend das
SMS-Dokument${documentControlNote}. Änderungen mit Auswirkung auf Services durchlaufen
das Änderungsmanagement.
@@glossaryNote
Begriffe werden so verwendet, wie sie im Dokument <@sms.link "glossary"/> definiert sind, nicht wie ein Rahmenwerk sie definiert.
@@maintenance
**Pflege.** ${manager.de.Der} ${manager.title} <#if manager.de.plural?has_content>überprüfen<#else>überprüft</#if> diese Querverweise zusammen mit den übrigen Dokumenten des
Dokumentensatzes sowie immer dann, wenn ein Dokument des Dokumentensatzes die darin beschriebenen
Prozesse oder deren Verantwortliche ändert.
