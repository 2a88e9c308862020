<#-- Die Texte des Glossars (deutsch); die Struktur steht in glossary.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Die Dokumente des Servicemanagementsystems (SMS) von ${org.name} werden von Mitarbeitenden des Service
Desks, Prozessverantwortlichen, Lieferanten, Kunden und Auditoren gelesen. Ein Begriff wie „Incident“,
„Änderung“ oder „Lieferant“ hat im SMS eine genau festgelegte Bedeutung, und diese muss in jeder
Politik, jedem Verfahren, jeder Vereinbarung und jeder Aufzeichnung dieselbe sein; andernfalls wird eine
Regel auf den falschen Fall angewendet. Dieses Glossar legt das gemeinsame Vokabular fest. Es gibt die
Bedeutung an, die jeder Begriff in diesem SMS hat, und verweist auf das Dokument, in dem der Begriff die
größte Rolle spielt.
@@useTitle
Verwendung der Begriffe
@@use
Die Begriffe folgen dem Vokabular von ISO/IEC 20000-10, dem Teil der Normenreihe ISO/IEC 20000 über
Konzepte und Terminologie, sodass die Dokumente unmittelbar mit ${sms.standard} abgeglichen werden können.
Die folgenden Erläuterungen sind eigene Formulierungen und beschreiben zusätzlich, wie der jeweilige
Begriff bei ${org.name} angewendet wird; sie geben nicht den Text einer der beiden Normen wieder. Sollte
die Bedeutung in einer Norm von der hier angegebenen Bedeutung abweichen, gilt die Norm, und dieses Glossar
wird berichtigt.

Die Dokumente des Dokumentensatzes verwenden diese Begriffe in der hier angegebenen Bedeutung und
definieren sie nicht neu. Benötigt ein Dokument einen hier nicht aufgeführten Begriff, wird dieser an der
Stelle seiner ersten Verwendung definiert und bei der nächsten Überarbeitung in dieses Glossar
aufgenommen. Die Dokumente sind in deutscher Sprache verfasst. Englische Fachbegriffe, die sich in der
deutschsprachigen Servicemanagement-Praxis eingebürgert haben (zum Beispiel Incident, Release, Service Desk,
Change Advisory Board), werden beibehalten.
@@termsTitle
Begriffe
@@termsHeader
| Begriff | Bedeutung in diesem SMS | Maßgebliche Dokumente |
|---|---|---|
@@termOrder
<#-- Die Begriffe der Tabelle in alphabetischer Reihenfolge: die Namen der folgenden Einträge. -->
changeTerm
assetTerm
knownErrorTerm
userTerm
cmdbTerm
serviceProviderTerm
documentedInformationTerm
externalSupplierTerm
continualImprovementTerm
incidentTerm
informationSecurityIncidentTerm
interestedPartyTerm
internalGroupTerm
internalSupplierTerm
configurationItemTerm
configurationInformationTerm
customerTerm
supplierTerm
majorIncidentTerm
nonconformityTerm
emergencyChangeTerm
topManagementTerm
organizationTerm
problemTerm
releaseTerm
riskTerm
serviceTerm
serviceRequirementTerm
serviceCatalogueTerm
serviceComponentTerm
serviceContinuityTerm
slaTerm
serviceLevelTargetTerm
smsTerm
serviceRequestTerm
serviceOwnerTerm
transitionTerm
availabilityTerm
valueTerm
workaroundTerm
@@changeTerm
Änderung; Änderungsantrag (RFC) | Eine Änderung ist das Hinzufügen, Ändern oder Entfernen von etwas, das sich auf einen Service, eine Servicekomponente oder das SMS auswirken kann. Ein Änderungsantrag (RFC) ist die Aufzeichnung, mit der eine Änderung vorgeschlagen wird; bei ${org.name} wird er ${governance.inTool["change-management"]} gestellt und nach der Änderungsmanagementpolitik entschieden.
@@assetTerm
Asset | Jedes Element, das für ${org.name} jetzt oder künftig einen Wert hat und auf das sich die Services stützen: Hardware, Softwarelizenzen, Informationen, Einrichtungen und Verträge. Assets werden durch ${asset.owner.de.den} ${asset.owner.title} ${governance.inTool["asset-management"]} erfasst.
@@knownErrorTerm
Bekannter Fehler (Known Error) | Ein Problem, dessen Grundursache oder Workaround ermittelt wurde. Bekannte Fehler werden ${governance.inTool["problem-management"]} erfasst und dem Service Desk bereitgestellt, damit wiederholt auftretende Incidents schnell gelöst werden.
@@userTerm
Benutzer | Eine Person oder Gruppe, die mit einem Service arbeitet oder aus ihm Nutzen zieht, in der Regel Beschäftigte eines Kunden. Der Benutzer meldet Incidents und stellt Service Requests; der Kunde vereinbart den Service.
@@cmdbTerm
Configuration Management Database (CMDB) | Der Datenbestand mit den Aufzeichnungen zu den Konfigurationselementen, ihren Attributen und ihren Beziehungen, so genau gehalten, wie das SMS es erfordert. Bei ${org.name} wird sie ${governance.inTool["configuration-management"]} geführt und durch ${configuration.owner.de.den} ${configuration.owner.title} gepflegt.
@@serviceProviderTerm
Dienstleister | Die Bezeichnung, die ${sms.standard} für die Organisation oder den Teil einer Organisation verwendet, der die Services im Anwendungsbereich des SMS managt und erbringt. Hier ist dies ${org.name} innerhalb der in der Erklärung zum Anwendungsbereich festgelegten Grenzen.
@@documentedInformationTerm
Dokumentierte Information | Jede Information, die das SMS lenken muss, unabhängig von ihrer Form: eine Datei, eine Seite, ein Eintrag in einem Tool oder ein Papierformular. Sie umfasst sowohl Dokumente, die festlegen, was beabsichtigt ist, als auch Aufzeichnungen, die nachweisen, was getan wurde.
@@externalSupplierTerm
Externer Lieferant | Ein eigenständiges Unternehmen, das ${org.name} vertraglich einen Teil eines Service, eine Servicekomponente oder Leistungen innerhalb eines SMS-Prozesses bereitstellt<#if externalSuppliers?has_content>; derzeit <@sms.names items=externalSuppliers/></#if>.
@@continualImprovementTerm
Fortlaufende Verbesserung | Andauernde, wiederkehrende Tätigkeiten, mit denen die Leistung der Services und des SMS gesteigert und ihre Eignung für ihren Zweck verbessert wird. Jede Verbesserungsmöglichkeit wird im Verbesserungsregister erfasst und vor ihrer Genehmigung bewertet.
@@incidentTerm
Incident | Ein ungeplantes Ereignis, das einen Service unterbricht, seine Qualität unter das vereinbarte Maß senkt oder dies tun wird, wenn niemand eingreift. Jedem Incident wird eine Priorität<#if (priorities?size > 1)> von ${priorities[0].id} (${priorities[0].name}) bis ${priorities?last.id} (${priorities?last.name})</#if> zugewiesen, die seine Reaktions- und Lösungszeiten bestimmt.
@@informationSecurityIncidentTerm
Informationssicherheitsvorfall | Ein Incident, der die Vertraulichkeit, Integrität oder Verfügbarkeit von Informationen oder eines Service beeinträchtigt hat oder beeinträchtigen könnte. Er wird als Incident mit zusätzlichen Schritten behandelt, die ${security.owner.de.der} ${security.owner.title} <#if security.owner.de.plural?has_content>leiten<#else>leitet</#if>.
@@interestedPartyTerm
Interessierte Partei | Jede Person oder Stelle, deren Entscheidungen das SMS oder die Services beeinflussen können oder die von ihnen betroffen ist oder sich betroffen fühlt, darunter Kunden, Benutzer, Beschäftigte, Lieferanten, Eigentümer und Aufsichtsbehörden.
@@internalGroupTerm
Interne Gruppe | Eine Organisationseinheit (Team oder Abteilung) der übergeordneten Organisation außerhalb des Anwendungsbereichs des SMS, die auf Grundlage einer dokumentierten Vereinbarung zu einem Service beiträgt<#if internalSuppliers?has_content>; derzeit <@sms.names items=internalSuppliers/></#if>.
@@internalSupplierTerm
Interner Lieferant | Eine Organisationseinheit (Team oder Abteilung) der übergeordneten Organisation außerhalb des Anwendungsbereichs des SMS, die etwas bereitstellt, wovon ein Service abhängt, und schriftlich vereinbart hat, was bereitgestellt wird<#if internalSuppliers?has_content>; derzeit <@sms.names items=internalSuppliers/></#if>.
@@configurationItemTerm
Konfigurationselement (CI) | Jeder Bestandteil eines Service oder seiner Unterstützung, den ${org.name} lenkt, weil der Service davon abhängt: zum Beispiel ein Server, eine Netzwerkverbindung, eine Anwendung, ein Vertrag oder ein Servicedokument. Jedes CI gehört zu einem festgelegten CI-Typ und wird nur über das Änderungsmanagement geändert.
@@configurationInformationTerm
Konfigurationsinformationen | Die erfassten Daten über Konfigurationselemente, ihre Attribute und ihre Beziehungen, so genau gehalten, wie das SMS es erfordert. Bei ${org.name} werden sie ${governance.inTool["configuration-management"]} geführt und durch ${configuration.owner.de.den} ${configuration.owner.title} gepflegt. Die Ausgabe 2018 verwendet diesen Begriff anstelle von „Configuration Management Database“ (CMDB).
@@customerTerm
Kunde | Die Organisation oder Person, die einen Service erhält und seine Anforderungen vereinbart<#if customers?has_content>; die Kunden im Anwendungsbereich sind <@sms.names items=customers/></#if>. Ein Kunde ist nicht notwendigerweise Benutzer des Service.
@@supplierTerm
Lieferant | Ein eigenständiges Unternehmen, das ${org.name} vertraglich einen Teil eines Service, eine Servicekomponente oder Leistungen innerhalb eines SMS-Prozesses bereitstellt<#if externalSuppliers?has_content>; derzeit <@sms.names items=externalSuppliers/></#if>.
@@majorIncidentTerm
Major Incident | Ein Incident mit hohen Auswirkungen auf den Geschäftsbetrieb, der nach eigenen Schritten, mit einem Major-Incident-Manager und mit einer anschließenden Nachbetrachtung behandelt wird. Bei ${org.name} ist dies <#if priorities?has_content>ein Incident der Priorität ${priorities[0].id} oder jeder andere Incident</#if><#if !priorities?has_content>jeder Incident</#if>, den ${incident.owner.de.der} ${incident.owner.title} aufgrund seiner geschäftlichen Auswirkungen zum Major Incident <#if incident.owner.de.plural?has_content>erklären<#else>erklärt</#if>.
@@nonconformityTerm
Nichtkonformität | Die Nichterfüllung einer Anforderung, sei es von ${sms.standard}, einer Politik oder eines Verfahrens des SMS, einer Vereinbarung oder eines Gesetzes. Nichtkonformitäten werden aufgezeichnet und korrigiert, und ihre Ursachen werden beseitigt.
@@emergencyChangeTerm
Notfalländerung | Eine Änderung, die schneller umgesetzt werden muss, als es der normale Weg zulässt, um einen Service wiederherzustellen oder einen unmittelbar drohenden Major Incident oder Sicherheitsverstoß abzuwenden. Sie wird von einem kleineren Gremium autorisiert und nach der Umsetzung überprüft.
@@topManagementTerm
Oberste Leitung | Die Personen an der Spitze von ${org.name}, die deren Ausrichtung festlegen, die letzte Entscheidungsbefugnis haben und für das SMS rechenschaftspflichtig sind. <#if governance.topGeneric>Die SMS-Dokumente bezeichnen diese Rolle als ${sms.topManagement.title}<#if sms.topManagement.person?has_content>; sie wird von ${sms.topManagement.person} wahrgenommen</#if>.<#else>Bei ${org.name} ist dies die Rolle <@sms.roleWithPerson sms.topManagement/>.</#if>
@@organizationTerm
Organisation | Die Bezeichnung, die ${sms.standard} für die Organisation oder den Teil einer Organisation verwendet, der die Services im Anwendungsbereich des SMS managt und erbringt. Hier ist dies ${org.name} innerhalb der in der Erklärung zum Anwendungsbereich festgelegten Grenzen. Sie ersetzt den Begriff „Dienstleister“ der Ausgabe 2011.
@@problemTerm
Problem | Die zugrunde liegende Ursache eines oder mehrerer Incidents, unabhängig davon, ob diese bereits aufgetreten sind oder auftreten könnten. Ein Problem wird untersucht, um die Grundursache zu finden und zu beseitigen oder ihre Auswirkungen zu verringern.
@@releaseTerm
Release | Ein Paket neuer oder geänderter Services oder Komponenten, die gemeinsam aufgebaut und getestet und in einem Deployment als Ergebnis einer oder mehrerer genehmigter Änderungen in den Produktivbetrieb überführt werden. Releases werden durch ${release.owner.de.den} ${release.owner.title} geplant und ${governance.inTool["release-and-deployment-management"]} verfolgt.
@@riskTerm
Risiko | Eine Ungewissheit, die das, was das SMS oder ein Service erreicht, verändern kann, zum Schlechteren (Bedrohung) oder zum Besseren (Chance). Risiken und Chancen des SMS werden im Servicemanagementplan bewertet und behandelt, Informationssicherheitsrisiken im Rahmen der Servicesicherung.
@@serviceTerm
Service | Leistung, die ${org.name} mit eigenen Beschäftigten, Tools und Lieferanten erbringt, damit ein Kunde die von ihm gewünschten Ergebnisse erzielt und daraus Nutzen zieht<#if services?has_content>. ${org.name} erbringt ${services?size} Service<#if services?size != 1>s</#if> im Anwendungsbereich des SMS</#if>.
@@serviceRequirementTerm
Serviceanforderung | Das, was Kunden und Benutzer von einem Service benötigen, einschließlich der Service-Level, zusammen mit dem, was ${org.name} benötigt, um den Service zu erbringen.
@@serviceCatalogueTerm
Servicekatalog | Die dokumentierte Information über die in Betrieb befindlichen Services: was jeder Service ist, für wen er bestimmt ist, wer für ihn verantwortlich ist, seine Servicezeiten und Zielwerte. Bei ${org.name} <#if docs["service-catalogue"]??>ist der Servicekatalog ein gelenktes Dokument dieses Dokumentensatzes; er wird<#else>wird er</#if> durch ${catalogue.owner.de.den} ${catalogue.owner.title} gepflegt.
@@serviceComponentTerm
Servicekomponente | Ein Baustein eines Service, etwa Hardware, Software, ein unterstützender Service eines Lieferanten, Informationen oder ein Prozess, der zusammen mit den übrigen Bausteinen den Service bildet, den der Kunde erhält.
@@serviceContinuityTerm
Servicekontinuität | Die Fähigkeit, einen Service während einer schwerwiegenden Störung aufrechtzuerhalten oder ihn innerhalb der vereinbarten Zeit und auf dem vereinbarten Niveau wiederherzustellen.
@@slaTerm
Service-Level-Vereinbarung (SLA) | Die schriftliche Vereinbarung mit einem Kunden, die festlegt, welchen Service ${org.name} erbringt, in welcher Qualität und wie die Leistung gemessen wird<#if governance.hasSlas>. Jeder Service hat in diesem Dokumentensatz ein eigenes SLA, auf das sein Eintrag im Servicekatalog verweist</#if>.
@@serviceLevelTargetTerm
Service-Level-Ziel | Eine einzelne messbare Zusage in einem SLA, etwa die Verfügbarkeit eines Service oder die Lösungszeit für einen Incident einer bestimmten Priorität. Über die Leistung im Vergleich zu den Zielen wird dem Kunden berichtet.
@@smsTerm
Servicemanagementsystem (SMS) | Alles, was ${org.name} einsetzt, um das Servicemanagement geplant und gelenkt durchzuführen: Politik, Ziele, Pläne, Prozesse, dokumentierte Information, Rollen und Ressourcen.
@@serviceRequestTerm
Service Request | Eine Routineanfrage eines Benutzers: nach Information oder Beratung, nach Zugang zu einem Service oder nach einer Standardänderung, die keiner Einzelgenehmigung bedarf. Service Requests werden ${governance.inTool["service-request-management"]} erfüllt und nicht als Incidents behandelt.
@@serviceOwnerTerm
Serviceverantwortlicher (Service Owner) | Die Rolle, die für einen Service von seinem Design bis zu seiner Entfernung rechenschaftspflichtig ist, einschließlich seiner Leistung gemessen an seinem SLA. Der Serviceverantwortliche jedes Service ist im Servicekatalog benannt.
@@transitionTerm
Überführung | Die Tätigkeiten, mit denen ein neuer oder geänderter Service in den Produktivbetrieb gebracht oder ein Service außer Betrieb genommen wird: Deployment, Tests, Übergabe an das Supportpersonal und Early Life Support.
@@availabilityTerm
<#if sms.edition == "2011">Verfügbarkeit<#else>Verfügbarkeit (Serviceverfügbarkeit)</#if> | Das Maß, in dem ein Service oder eine seiner Komponenten wie gefordert funktioniert, wenn er bzw. sie benötigt wird: zu den vereinbarten Zeiten oder über den vereinbarten Zeitraum. Sie wird am Zielwert der jeweiligen Service-Level-Vereinbarung gemessen<#if governance.availability??><#if governance.availability.same>; das aktuelle Ziel beträgt für alle Services ${sms.pct(governance.availability.lowest)}<#else>; die aktuellen Ziele liegen zwischen ${sms.pct(governance.availability.lowest)} und ${sms.pct(governance.availability.highest)}</#if></#if>.
@@valueTerm
Wert | Wie viel etwas für jemanden bedeutet: der Nutzen, den ein Kunde oder ${org.name} daraus zieht. Services werden nach dem Wert geplant und beurteilt, den sie für den Kunden schaffen, nicht nur nach ihren Kosten.
@@workaroundTerm
Workaround | Ein Weg, die Auswirkungen eines Incidents oder Problems zu verringern oder zu beseitigen, solange noch keine vollständige Lösung verfügbar ist.
@@abbreviationsTitle
Abkürzungen
@@abbreviations
| Abkürzung | Bedeutung |
|---|---|
| CAB | Change Advisory Board: Gremium zur Bewertung und Genehmigung von Änderungen |
| CI | Konfigurationselement (Configuration Item) |
| ISO/IEC | Internationale Organisation für Normung und Internationale Elektrotechnische Kommission, die gemeinsamen Herausgeber der Normenreihe ISO/IEC 20000 |
| RFC | Änderungsantrag |
| RPO | Recovery Point Objective: der größte bei der Wiederherstellung eines Service hinnehmbare Datenverlust, gemessen als Zeitspanne |
| RTO | Recovery Time Objective: die Zeit, innerhalb der ein Service nach einer Unterbrechung wiederhergestellt sein muss |
| SLA | Service-Level-Vereinbarung (Service Level Agreement) |
| SMS | Servicemanagementsystem |
@@changedIn2018Title
In der Ausgabe 2018 geänderte Begriffe
@@changedIn2018Intro
Dieses SMS folgt ISO/IEC 20000-1:2011. Zertifikate werden inzwischen nur noch nach
${roadmap.certification.standard} ausgestellt; ${org.name} wird daher nach dieser Ausgabe zertifiziert (siehe
<@sms.link "certification-roadmap"/>). Die Ausgabe 2018 hat einige Begriffe der Ausgabe 2011 ersetzt. Wer die Ausgabe 2018 kennt oder Dokumente von Kunden und Lieferanten
liest, die auf ihr beruhen, kann die Begriffe wie folgt zuordnen.
@@changedIn2018Table
| Hier verwendeter Begriff (2011) | Begriff 2018 | Was sich geändert hat |
|---|---|---|
| Dienstleister | Organisation | Gleiche Bedeutung: die Stelle, die die Services im Anwendungsbereich managt und erbringt. |
| Lieferant | Externer Lieferant | Gleiche Bedeutung: ein eigenständiges Unternehmen, das vertraglich gebunden ist. |
| Interne Gruppe | Interner Lieferant | Der Teil der übergeordneten Organisation außerhalb des SMS wird nun auf Grundlage einer dokumentierten Vereinbarung wie ein Lieferant gesteuert. |
| Verfügbarkeit | Serviceverfügbarkeit | Der Begriff bezieht sich nun ausdrücklich auf den Service und seine Komponenten. |
| Configuration Management Database (CMDB) | Konfigurationsinformationen | Die Ausgabe 2018 schreibt keine Datenbank mehr vor; maßgeblich ist die Information, unabhängig davon, wo sie geführt wird. |
| Dokumente und Aufzeichnungen | Dokumentierte Information | Ein Begriff für beides: das Beabsichtigte und den Nachweis des Getanen. |
@@changedSince2011Title
Seit der Ausgabe 2011 geänderte Begriffe
@@changedSince2011Intro
Verträge, ältere Verfahren und Aufzeichnungen, die für ISO/IEC 20000-1:2011 erstellt wurden, verwenden
einige Begriffe, die in der Ausgabe 2018 ersetzt wurden. Beim Lesen oder bei der Überarbeitung eines
solchen Dokuments im Rahmen dieses SMS werden die Begriffe wie folgt zugeordnet.
@@changedSince2011Table
| Begriff 2011 | Begriff 2018 | Was sich geändert hat |
|---|---|---|
| Dienstleister | Organisation | Gleiche Bedeutung: die Stelle, die die Services im Anwendungsbereich managt und erbringt. |
| Lieferant | Externer Lieferant | Gleiche Bedeutung: ein eigenständiges Unternehmen, das vertraglich gebunden ist. Der Zusatz grenzt ihn von internen Lieferanten ab. |
| Interne Gruppe | Interner Lieferant | Ein Teil der übergeordneten Organisation außerhalb des SMS, der zu einem Service beiträgt; er wird nun auf Grundlage einer dokumentierten Vereinbarung wie ein Lieferant gesteuert. |
| Verfügbarkeit | Serviceverfügbarkeit | Der Begriff bezieht sich nun ausdrücklich auf den Service und seine Komponenten statt auf Verfügbarkeit im Allgemeinen. |
| Configuration Management Database (CMDB) | Konfigurationsinformationen | Die Norm schreibt keine Datenbank mehr vor; maßgeblich ist die Information, unabhängig davon, wo sie geführt wird. |
@@newIn2018
Die Ausgabe 2018 definiert außerdem Begriffe, die die Ausgabe 2011 nicht kannte, darunter Asset,
Servicekatalog, Service-Level-Ziel und Wert; ihre Bedeutung ist oben angegeben.
@@maintainingTitle
Pflege des Glossars
@@maintaining
Dieses Glossar wird zusammen mit den übrigen Dokumenten des Dokumentensatzes mindestens alle
${sms.documentControl.reviewIntervalMonths} Monate überprüft. Ein Dokumentverantwortlicher, der einen
neuen Begriff einführt oder feststellt, dass ein Begriff mit abweichender Bedeutung verwendet wird,
informiert ${doc.owner.de.den} ${doc.owner.title}, ${doc.owner.de.der} das Glossar und die betroffenen Dokumente <#if doc.owner.de.plural?has_content>aktualisieren<#else>aktualisiert</#if>.
