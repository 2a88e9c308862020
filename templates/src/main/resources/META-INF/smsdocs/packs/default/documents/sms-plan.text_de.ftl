<#-- Die Texte des Servicemanagementplans (deutsch); die Struktur steht in sms-plan.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieser Plan beschreibt, wie das Servicemanagementsystem (SMS) von ${org.name} betrieben wird: den Kontext,
in dem es betrieben wird, die Parteien, deren Anforderungen es dient, die Risiken und Chancen, mit denen es
umgeht, die Ziele, die es verfolgt, die Prozesse, Personen und Technologien, die es nutzt, und wie seine
Wirksamkeit gemessen, auditiert, berichtet und verbessert wird. Er ist das zentrale Dokument des SMS:
Verfahren und Pläne der Prozesse sind auf ihn abgestimmt, und er verweist auf sie, statt ihren Inhalt zu
wiederholen.
@@scopeTitle
Geltungsbereich
@@scope
Der Plan gilt für das gesamte SMS, wie es in der <@sms.link "sms-scope"/> festgelegt ist.
Verantwortlich für den Plan ist ${doc.owner.de.der} <@sms.roleWithPerson doc.owner/>; freigegeben wird er durch
${doc.approver.de.den} ${doc.approver.title}.
@@contextTitle
Kontext der Organisation
@@context
${org.name} bewertet die externen und internen Themen, die sich auf die Fähigkeit auswirken, die
beabsichtigten Ergebnisse des SMS zu erreichen. Sie werden nachstehend durch ${manager.de.den} ${manager.title}
dokumentiert; die oberste Leitung überprüft sie in jeder Managementbewertung und bei jeder wesentlichen Veränderung.
@@externalIssuesTitle
Externe Themen
@@externalIssuesHeader
| Thema | Auswirkung auf das SMS und die Services | Umgang damit |
|---|---|---|
@@customerExpectations
| Erwartungen der Kunden: <#if customers?size != 1>${customers?size} Kunden sind<#else>Ein Kunde ist</#if> in ihrem täglichen Betrieb auf die Services angewiesen | Service-Levels, Berichterstattung und Nachweise der Beherrschung werden in jedem Vertrag erwartet | Service-Level-Management, Serviceberichterstattung und Zertifizierung des SMS |
@@noCustomerExpectations
| Erwartungen der Kunden an messbare Service-Levels und Nachweise der Beherrschung | Service-Levels und Berichterstattung werden gefordert, bevor Kunden einen Vertrag abschließen | Service-Level-Management, Serviceberichterstattung und Zertifizierung des SMS |
@@supplierDependence
| Abhängigkeit von ${t.externalSuppliersInflected}: <@sms.names items=externalSuppliers/> | Der Ausfall eines Lieferanten oder geänderte Vertragsbedingungen können die Services unterbrechen oder ihre Kosten erhöhen | Lieferantenmanagement, Vertragsprüfungen, Kontinuitätsvorkehrungen |
@@externalIssues
| Gesetzliche und behördliche Anforderungen, insbesondere das Datenschutzrecht und die Pflichten, die Kunden vertraglich weitergeben | Nichteinhaltung kann zu Sanktionen, zum Verlust von Kunden und zu Reputationsschäden führen | Informationssicherheitsmanagement, Vertragsprüfungen, Beobachtung der Rechtslage durch ${manager.de.den} ${manager.title} |
| Tempo des technologischen Wandels: Cloud-Plattformen, Automatisierung, Produkte am Ende ihres Lebenszyklus | Services und Fähigkeiten müssen erneuert werden, um unterstützbar und wettbewerbsfähig zu bleiben | Kapazitätsmanagement, Design und Überführung von Services, Kompetenzplanung |
| Cyberbedrohungen gegen Dienstleister und deren Kunden | Ein Informationssicherheitsvorfall kann mehrere Kunden gleichzeitig betreffen | Informationssicherheitsmaßnahmen, Incident-Management, Kontinuitätstests |
| Arbeitsmarkt für qualifiziertes technisches Personal | Offene Stellen und Fluktuation gefährden Wissen und Servicequalität | Kompetenzplanung, Wissensmanagement, dokumentierte Arbeitsanweisungen |
@@internalIssuesTitle
Interne Themen
@@internalIssuesHeader
| Thema | Auswirkung auf das SMS und die Services | Umgang damit |
|---|---|---|
@@maturityGaps
| Reifegrad des SMS: ${governance.openGaps?size} Anforderungsbereich<#if governance.openGaps?size != 1>e sind<#else> ist</#if> noch nicht vollständig umgesetzt (siehe „Bekannte Einschränkungen“) | Konformität und Serviceleistung können noch nicht vollständig nachgewiesen werden | Einführungszeitplan in diesem Plan, monatlich verfolgt durch ${manager.de.den} ${manager.title} |
@@maturity
| Reifegrad des SMS: Alle Prozesse sind in Betrieb und müssen bei Veränderungen des Geschäfts wirksam bleiben | Prozesse können sich von ihrer dokumentierten Gestaltung entfernen | Internes Audit, Prozessüberprüfungen und fortlaufende Verbesserung |
@@teamKeyOwner
| Größe des Teams: ${governance.activeRoles?size} Rolle<#if governance.activeRoles?size != 1>n</#if> im SMS; ${governance.keyOwner.role.de.der} ${governance.keyOwner.role.title} ${governance.keyOwner.role.de.plural?has_content?then("sind", "ist")} für ${governance.keyOwner.processes} der ${processList?size} Prozesse verantwortlich | Abhängigkeit von Schlüsselpersonen und eingeschränkte Funktionstrennung | Stellvertretung für jeden Prozessverantwortlichen, Wissensmanagement, Vier-Augen-Prüfung von Änderungen |
@@teamMultiOwners
| Größe des Teams: ${governance.activeRoles?size} Rollen im SMS, davon ${governance.multiProcessOwners?size} mit Verantwortung für jeweils zwei oder mehr Prozesse | Abhängigkeit von Schlüsselpersonen und eingeschränkte Funktionstrennung | Stellvertretung für jeden Prozessverantwortlichen, Wissensmanagement, Vier-Augen-Prüfung von Änderungen |
@@team
| Größe des Teams: ${governance.activeRoles?size} Rolle<#if governance.activeRoles?size != 1>n</#if> im SMS | Abhängigkeit von Schlüsselpersonen bei Abwesenheit oder Ausscheiden eines Rolleninhabers | Stellvertretung für jeden Prozessverantwortlichen, Wissensmanagement |
@@toolingTools
| Tools: Die Prozesse werden von <#if governance.tools?size == 1>einem Tool<#else>${governance.tools?size} Tools</#if> unterstützt | Über mehrere Tools verteilte Daten erschweren Berichterstattung und Rückverfolgbarkeit | Integration der ${t.configurationInformation}, festgelegte Datenquellen für jeden Bericht |
@@toolingShared
| Tools: Die Prozesse nutzen ein gemeinsames Servicemanagement-Tool | Steigende Volumina können die Grenzen des Tools überschreiten | Überprüfung von Kapazität und Tool in jeder Managementbewertung |
@@internalIssues
| Gleichgewicht zwischen Tagesbetrieb und SMS-Aktivitäten | Audits, Bewertungen und Verbesserungen werden unter betrieblichem Druck aufgeschoben | Aktivitäten im nachstehenden Betriebskalender terminiert, Zeit im Ressourcenplan eingeplant |
| Finanzielle Ressourcen | Verbesserungen konkurrieren mit betrieblichen Ausgaben | Budgetierung und Kostenrechnung für Services, Festlegung der Verbesserungsprioritäten in der Managementbewertung |
@@partiesTitle
Interessierte Parteien und ihre Anforderungen
@@partiesIntro
Die für das SMS und die Services relevanten interessierten Parteien und ihre Anforderungen sind
nachstehend aufgeführt. Mit Kunden vereinbarte Anforderungen werden zu Serviceanforderungen in den
Service-Level-Vereinbarungen, die im <@sms.link "service-catalogue"/> aufgeführt sind. Die Anforderungen der
Kunden werden in jedem Service-Review mit dem Kunden durch ${brm.owner.de.den} ${brm.owner.title} bestätigt; die
gesamte Tabelle wird in jeder Managementbewertung durch ${manager.de.den} ${manager.title} überprüft.
@@partiesHeader
| Interessierte Partei | Relevante Anforderungen | Umgang damit |
|---|---|---|
@@customerParty c
| ${c.name} (Kunde) | <#if c.services?has_content>Erbringung von <@sms.names items=c.services/> gemäß den vereinbarten Service-Levels; </#if>regelmäßige Serviceberichte; Schutz seiner Daten; zügige Bearbeitung von Beschwerden | Service-Level-Management, Serviceberichterstattung, Business-Relationship-Management |
@@customersParty
| Kunden | Erbringung der vereinbarten Services gemäß den vereinbarten Service-Levels; regelmäßige Berichte; Schutz ihrer Daten | Service-Level-Management, Serviceberichterstattung, Business-Relationship-Management |
@@standingParties
| Benutzer der Services | Schnelle Wiederherstellung des Service; einfache Wege, Unterstützung anzufordern; klare Statusinformationen | Service Desk, Incident- und Service-Request-Management |
| ${top.title} und ${voice.owners?replace("{0}", org.name)} | ${voice.ownersExpectation}<#if certification.body?has_content>; Zertifizierung durch ${certification.body}</#if> | Dieser Plan, Managementbewertung, Risikomanagement |
| Mitarbeitende | Klare Rollen, angemessene Schulung und Tools, bewältigbare Arbeitslast | Kompetenz und Bewusstsein, Ressourcenplanung |
@@externalSupplierParty s
| ${s.name} (${t.externalSupplier}) | Klare Anforderungen und Bedarfsprognosen; pünktliche Zahlung; faire Beilegung von Streitigkeiten | Lieferantenmanagement<#if s.contractRef?has_content>, Vertrag ${s.contractRef}</#if> |
@@internalSupplierParty s
| ${s.name} (${t.internalSupplier}) | Dokumentierte Vereinbarung; frühzeitige Information über Änderungen der Nachfrage | Lieferantenmanagement, interne Vereinbarung |
@@certificationBodyParty
| ${certification.body} (Zertifizierungsstelle) | Zugang zu Nachweisen; Konformität mit ${sms.standard}; Mitteilung wesentlicher Änderungen am SMS | Internes Audit, Managementbewertung, dieser Plan |
@@anyCertificationBodyParty
| Zertifizierungsstelle | Zugang zu Nachweisen; Konformität mit ${sms.standard}; Mitteilung wesentlicher Änderungen am SMS | Internes Audit, Managementbewertung, dieser Plan |
@@authoritiesParty
| Behörden und Aufsichtsstellen | Einhaltung des Datenschutzrechts und anderer anwendbarer Gesetze; Meldung meldepflichtiger Vorfälle | Informationssicherheitsmanagement |
@@risksTitle
Maßnahmen zum Umgang mit Risiken und Chancen
@@risks
${org.name} ermittelt und behandelt die Risiken und Chancen, die sich auf das SMS und die Services
auswirken können. Drei Quellen werden stets berücksichtigt:

- Risiken für die Organisation selbst, die sich aus den oben genannten Themen und Anforderungen ergeben;
- Risiken der Nichterfüllung der mit Kunden vereinbarten Serviceanforderungen;
- Risiken aus der Beteiligung anderer Parteien (Lieferanten, als Lieferant handelnde Kunden) am
  Servicelebenszyklus.
@@methodTitle
Vorgehen
@@method
1. **Ermitteln.** Die Prozessverantwortlichen und ${manager.de.der} ${manager.title} ermitteln Risiken und Chancen im
   jährlichen Planungsworkshop, in jeder Managementbewertung sowie bei jedem neuen Service, jedem neuen
   Lieferanten, jeder größeren Änderung und jedem Major Incident.
2. **Analysieren.** Jedes Risiko wird anhand der nachstehenden Kriterien nach Eintrittswahrscheinlichkeit
   und Auswirkung bewertet; bestehende Maßnahmen werden dabei berücksichtigt.
3. **Bewerten.** Aus der Kombination von Eintrittswahrscheinlichkeit und Auswirkung ergibt sich die
   Risikostufe, die über die erforderliche Reaktion entscheidet.
4. **Behandeln.** Der Verantwortliche wählt eine Behandlungsoption (mindern, vermeiden, übertragen oder
   teilen, akzeptieren) und plant die Maßnahmen mit einem Fälligkeitsdatum. Maßnahmen, die einen Service
   verändern, durchlaufen das Änderungsmanagement.
5. **Integrieren.** Die Maßnahmen werden in den betroffenen Prozess eingebaut, zum Beispiel als neue
   Kontrolle, Prüfung oder neuer Bericht, sodass sie Teil des Regelbetriebs werden.
6. **Überprüfen.** Der Verantwortliche prüft, ob die Maßnahmen wirksam waren, und bewertet das Risiko neu.
   Das Register wird ${cadence.riskReview.every} durch ${manager.de.den} ${manager.title} und in jeder Managementbewertung durch die
   oberste Leitung überprüft.

Chancen durchlaufen dieselben Schritte; sie werden nach dem Nutzen, den sie bringen würden, und der
Wahrscheinlichkeit, diesen Nutzen zu realisieren, bewertet. Die Reaktion besteht darin, sie zu verfolgen,
zurückzustellen oder abzulehnen.
@@criteriaTitle
Bewertungskriterien
@@registerTitle
Register der Risiken und Chancen
@@registerBaseline
Das vorstehende Register ist die freigegebene Ausgangsbasis. Laufende Aktualisierungen werden durch
${manager.de.den} ${manager.title} erfasst und bei der nächsten Überarbeitung in diesen Plan übernommen.
@@noRisks
Bisher wurde kein Risiko und keine Chance für das Register freigegeben. Die erste Bewertung wird durch
${manager.de.den} ${manager.title} gemeinsam mit den Prozessverantwortlichen nach dem oben beschriebenen Vorgehen durchgeführt<#if implementation.start?has_content>, im
Rahmen der Einführung ab dem ${implementation.start}</#if>; das freigegebene Register wird bei der
nächsten Überarbeitung in diesen Plan aufgenommen.
@@objectivesTitle
Servicemanagementziele
@@objectives
Die Servicemanagementziele werden von der obersten Leitung im Rahmen der
<@sms.link "service-management-policy"/> festgelegt. Jedes Ziel steht im Einklang mit der Politik,
berücksichtigt die Serviceanforderungen, ist messbar, hat einen Verantwortlichen und wird überwacht,
kommuniziert und bei veränderten Umständen aktualisiert.
@@objectivesHeader
| ID | Ziel | Messgröße | Zielwert | Verantwortlich |
|---|---|---|---|---|
@@noObjectives
Bisher wurde kein Ziel freigegeben. Die oberste Leitung legt die ersten Ziele in der nächsten
Managementbewertung fest; sie umfassen mindestens die ${t.serviceAvailability}, die Lösung von Incidents,
den Erfolg von Änderungen und die Kundenzufriedenheit und werden anschließend in diese Tabelle aufgenommen.
@@planningTitle
Planung zur Erreichung der Ziele
@@planning
Für jedes Ziel führt der Verantwortliche einen Maßnahmenplan im Verbesserungsregister, wie im Dokument
<@sms.link "continual-improvement"/> beschrieben. Der Plan beantwortet die folgenden Fragen.
@@planningTable
| Frage | Wie sie beantwortet wird |
|---|---|
| Was wird getan? | Maßnahmen, jeweils so zugeschnitten, dass sie innerhalb eines Quartals abgeschlossen werden können |
| Welche Ressourcen werden benötigt? | Personal, Budget und Tools, bestätigt durch ${manager.de.den} ${manager.title} und, soweit sie das freigegebene Budget überschreiten, durch ${top.de.den} ${top.title} |
| Wer ist verantwortlich? | Der Verantwortliche für das Ziel, der Maßnahmen namentlich benannten Personen zuweisen kann |
| Wann wird es abgeschlossen? | Ein Fälligkeitsdatum für jede Maßnahme und ein Datum, bis zu dem der Zielwert erreicht sein soll |
| Wie werden die Ergebnisse bewertet? | Anhand der Messgröße des Ziels, monatlich in den Serviceberichten berichtet und in jeder Managementbewertung überprüft |
@@progressIntro
Der Fortschritt bei jedem Ziel wird wie folgt überprüft.
@@progressHeader
| Ziel | Verantwortlich | Fortschrittsüberprüfung | Berichtet an |
|---|---|---|---|
@@progressRow o
| ${o.objective} | ${o.owner.title} | Monatlich, durch den Verantwortlichen | ${manager.title}; Managementbewertung |
@@contentTitle
Inhalt des SMS
@@content
Dieser Abschnitt dokumentiert die Planung des SMS: Serviceanforderungen, Einschränkungen, Verpflichtungen,
Verantwortlichkeiten, Ressourcen, den Umgang mit anderen Parteien, Technologie sowie die Messung, Auditierung,
Berichterstattung und Verbesserung der Wirksamkeit.
@@requirementsTitle
Serviceanforderungen
@@requirementsHeader
| Service | Verantwortlich | Servicezeiten | Verfügbarkeitsziel | Kritikalität |
|---|---|---|---|---|
@@requirementsDetail
Die detaillierten Anforderungen jedes Service, einschließlich seiner Service-Level-Ziele, werden mit den
Kunden vereinbart und im <@sms.link "service-catalogue"/> sowie in den Service-Level-Vereinbarungen
dokumentiert.
@@noServices
Derzeit liegt noch kein Service im Geltungsbereich. Die Serviceanforderungen werden im
<@sms.link "service-catalogue"/> und in den Service-Level-Vereinbarungen dokumentiert, sobald der
jeweilige Service gestaltet und überführt wird.
@@limitationsTitle
Bekannte Einschränkungen
@@limitationsIntro
Die folgenden Anforderungsbereiche sind noch nicht vollständig umgesetzt. Sie begrenzen, was das SMS
derzeit nachweisen kann, und werden über den nachstehenden Einführungszeitplan geschlossen.
@@limitationsHeader
| Abschnitt | Bereich | Status | Anmerkung |
|---|---|---|---|
@@noLimitations
Derzeit hindert keine bekannte Einschränkung das SMS daran, seine Anforderungen zu erfüllen. Später
festgestellte Einschränkungen, zum Beispiel aus Audits, werden als Nichtkonformitäten erfasst und bei der
nächsten Überarbeitung hier aufgenommen.
@@obligationsTitle
Politiken, Normen und Verpflichtungen
@@obligations
- <@sms.link "service-management-policy"/>, <@sms.link "change-management-policy"/> und
  <@sms.link "information-security-policy"/>;
- ${sms.standard};
- Service-Level-Vereinbarungen und Verträge mit Kunden;
@@externalContracts
- Verträge mit ${t.externalSuppliersInflected}: ${sms.andList(governance.externalContracts)};
@@internalAgreementsItem
- Vereinbarungen mit ${t.internalSuppliersInflected}: <@sms.names items=internalSuppliers/>;
@@lawObligation
- das am Ort der Serviceerbringung anwendbare Datenschutz-, Verbraucherschutz-, Arbeits- und
  Arbeitsschutzrecht.
@@authoritiesTitle
Befugnisse und Verantwortlichkeiten
@@authorities
Die oberste Leitung, der Beauftragte der Leitung und die Befugnisse für wesentliche Entscheidungen sind
in der <@sms.link "service-management-policy"/> festgelegt. Jeder Prozess hat einen namentlich benannten
Verantwortlichen, der in der nächsten Tabelle aufgeführt ist und die Gesamtverantwortung für Gestaltung,
Betrieb, Messung und Verbesserung des Prozesses trägt.
@@processesTitle
Prozesse des SMS
@@processesHeader
| Prozess | Abschnitt | Verantwortlich | Tool | Überprüfung | Dokumentiert in |
|---|---|---|---|---|---|
@@processInteraction
Die Prozesse wirken vor allem über gemeinsame Aufzeichnungen zusammen: Incidents fließen in Probleme ein,
Probleme führen zu Änderungsanträgen, Änderungen aktualisieren ${t.theConfigurationInformation}, und alle
liefern Daten für die Serviceberichterstattung. Jedes Verfahren benennt seine Eingaben und Ergebnisse.
@@resourcesTitle
Ressourcen
@@resourcesTable
| Ressource | Wie sie bereitgestellt wird | Verantwortlich |
|---|---|---|
| Personal | Die Rollen in der <@sms.link "service-management-policy"/>, jeweils mit namentlich benanntem Inhaber und Stellvertreter; jährliche Überprüfung der Personalausstattung anhand der Nachfrage | ${top.title} |
| Kompetenz | Kompetenzanforderungen, Schulungen und Aufzeichnungen gemäß dem <@sms.link "competence-awareness-communication"/> | ${manager.title} |
| Budget | Jährliches SMS-Budget für Tools, Schulungen, Audits und Zertifizierung, monatlich verfolgt | ${budgeting.owner.title} |
| Infrastruktur und Kapazität | Kapazitätsplan und Überwachung der Servicekomponenten | ${capacity.owner.title} |
| Information und Wissen | ${t.ConfigurationInformation}, bekannte Fehler und Arbeitsanweisungen gemäß dem <@sms.link "knowledge-management"/> | ${manager.title} |
@@otherPartiesTitle
Zusammenarbeit mit anderen Parteien
@@suppliersIntro
Jede Partei, die zu den Services beiträgt, unterliegt dem Lieferantenmanagement, für das
${supplierManagement.owner.de.der} ${supplierManagement.owner.title} verantwortlich ${supplierManagement.owner.de.plural?has_content?then("sind", "ist")}. Die Organisation bleibt für die Services verantwortlich,
an deren Erbringung diese Parteien mitwirken, wie in der <@sms.link "sms-scope"/> festgelegt.
@@suppliersHeader
| Partei | Art | Beitrag | Gesteuert durch |
|---|---|---|---|
@@noSuppliers
Derzeit trägt kein Lieferant zu den Services bei. Jeder Lieferant, der dies künftig tut, wird vor Beginn
seiner Tätigkeit im Rahmen des Lieferantenmanagements, für das ${supplierManagement.owner.de.der} ${supplierManagement.owner.title}
verantwortlich ${supplierManagement.owner.de.plural?has_content?then("sind", "ist")}, ausgewählt, vertraglich gebunden und überwacht.
@@technologyTitle
Technologie
@@technologyHeader
| Tool | Unterstützte Prozesse |
|---|---|
@@singleTool
Alle Prozesse werden durch ${defaultTool} und die SMS-Dokumentenbibliothek unterstützt.
@@toolAccess
Der Administratorzugang zu jedem Tool ist auf namentlich festgelegte Rollen beschränkt; Änderungen an der
Konfiguration der Tools unterliegen dem Änderungsmanagement.
@@effectivenessTitle
Messung, Auditierung, Berichterstattung und Verbesserung der Wirksamkeit
@@effectivenessTable
| Aktivität | Häufigkeit | Verantwortlich | Beschrieben in |
|---|---|---|---|
| Überwachung und Messung der Prozesse und Services | Fortlaufend; monatliche Analyse | Prozessverantwortliche | <@sms.link "monitoring-and-reporting"/> |
| Serviceberichte an Kunden und Leitung | Monatlich | ${reporting.owner.title} | <@sms.link "monitoring-and-reporting"/> |
| Internes Audit des SMS | Gemäß dem freigegebenen Dreijahresprogramm: Bereiche mit höherem Risiko jährlich, alle übrigen Bereiche mindestens einmal im Zertifizierungszyklus | ${manager.title} | <@sms.link "internal-audit"/> |
| Managementbewertung | ${cadence.managementReview.label}, davon mindestens eine vor dem Erstzertifizierungsaudit | ${top.title} | <@sms.link "management-review"/> |
| Nichtkonformitäten und Korrekturmaßnahmen | Bei Auftreten | ${manager.title} | <@sms.link "nonconformity-and-corrective-action"/> |
| Fortlaufende Verbesserung | Monatliche Überprüfung des Verbesserungsregisters | ${manager.title} | <@sms.link "continual-improvement"/> |
@@operationTitle
Betriebliche Planung und Steuerung
@@operation
Jeder Prozess des SMS wird wie folgt geplant und gesteuert:

- **Kriterien.** Für jeden Prozess gibt es ein dokumentiertes Verfahren, das seine Aktivitäten, Rollen,
  Eingaben, Ergebnisse sowie Messgrößen mit Zielwerten festlegt. Die Services werden anhand ihrer
  Service-Level-Ziele gesteuert.
- **Steuerung.** Die Prozessverantwortlichen prüfen die Leistung in den Überprüfungen des nachstehenden
  Betriebskalenders anhand dieser Kriterien und ergreifen bei Abweichungen Maßnahmen.
- **Nachweise.** Aufzeichnungen werden, wie im jeweiligen Verfahren aufgeführt, aufbewahrt, um zu zeigen,
  dass die Prozesse wie geplant durchgeführt wurden.
- **Geplante Änderungen.** Änderungen an Services, Prozessen und diesem Plan durchlaufen das
  Änderungsmanagement oder die Dokumentenlenkung; ihre Risiken werden vor der Genehmigung bewertet.
- **Unbeabsichtigte Änderungen.** Hat eine Änderung unbeabsichtigte Folgen, überprüft der Verantwortliche
  diese über das Incident- und Problem-Management und ergreift Maßnahmen, um nachteilige Auswirkungen zu
  begrenzen.
- **Andere Parteien.** Prozesse oder Teile von Prozessen, die von Lieferanten betrieben werden, werden über
  deren Verträge und Überprüfungen gesteuert, wie in der <@sms.link "sms-scope"/> festgelegt.
@@calendarTitle
Betriebskalender
@@calendar
| Aktivität | Häufigkeit | Verantwortlich |
|---|---|---|
| Überprüfung offener Incidents, Verletzungen von Service-Levels und Major Incidents | Täglich | ${incident.owner.title} |
| Überprüfung der Überwachungsalarme und Backup-Ergebnisse | Täglich | ${availability.owner.title} |
| Überprüfung und Genehmigung normaler Änderungen | Wöchentlich | ${change.owner.title} |
| Überprüfung offener Probleme und bekannter Fehler | Monatlich | ${problem.owner.title} |
| Serviceberichte und Kapazitätsbericht | Monatlich | ${governance.reportOwners?join(", ")} |
| Abgleich des Budgets mit den Ist-Kosten | Monatlich | ${budgeting.owner.title} |
| Fortschritt bei Zielen und Verbesserungen | Monatlich | ${manager.title} |
@@calendarCustomerReviews
| Service-Reviews mit Kunden | ${serviceLevels.customerReviewRule?cap_first} | ${brm.owner.title} |
@@calendarSupplierReviews
| Leistungsbewertungen der Lieferanten | ${serviceLevels.supplierReviewRule?cap_first} | ${supplierManagement.owner.title} |
@@calendarRest
| Überprüfung des Kapazitätsplans | Vierteljährlich | ${capacity.owner.title} |
| Überprüfung des Registers der Risiken und Chancen | ${cadence.riskReview.label} | ${manager.title} |
| Test des Servicekontinuitätsplans | Jeder Service mindestens jährlich sowie eine jährliche Szenarioübung, wie im <@sms.link "service-continuity-plan"/> festgelegt | ${continuity.owner.title} |
| Überprüfung jedes Prozesses | Wie in der obigen Tabelle je Prozess festgelegt | Prozessverantwortliche |
| Interne Audits | Gemäß dem Auditprogramm | ${manager.title} |
| Managementbewertung | ${cadence.managementReview.label} | ${top.title} |
@@scheduleTitle
Zeitplan für Einführung und Zertifizierung
@@scheduleFromStart
Die Einführung des SMS beginnt am ${implementation.start}. Sie erfolgt in drei Phasen, die jeweils auf der
vorhergehenden aufbauen, ohne den vereinbarten Anwendungsbereich zu verändern.
@@schedule
Die Einführung des SMS erfolgt in drei Phasen, die jeweils auf der vorhergehenden aufbauen, ohne den
vereinbarten Anwendungsbereich zu verändern.
@@phasesTable
| Phase | Schwerpunkt | Wesentliche Ergebnisse |
|---|---|---|
| 1. Grundlagen | Governance und die Prozesse, die den Service am stärksten schützen: Politik, Anwendungsbereich, dieser Plan, Dokumentenlenkung, Incident-, Service-Request-, Änderungs-, Konfigurations- und Service-Level-Management | Freigegebene Politik, freigegebener Anwendungsbereich und Plan; zentrale Verfahren; Servicekatalog und Vereinbarungen |
| 2. Erweiterung und Integration | Übrige Prozesse und ihre Schnittstellen: Problem-, Release-, Beziehungs-, Lieferanten-, Kapazitäts-, Kontinuitäts-, Verfügbarkeits- und Informationssicherheitsmanagement, Budgetierung; Messung und Berichterstattung | Übrige Verfahren und Pläne; erste Serviceberichte; Auditprogramm |
| 3. Vervollständigung und Verbesserung | Ein vollständiger Zyklus aus internem Audit, Managementbewertung und Korrekturmaßnahmen; Prüfung der Zertifizierungsreife | Audit- und Bewertungsaufzeichnungen; Verbesserungsregister; Bericht zur Zertifizierungsreife |
@@milestonesHeader
| Meilenstein | Datum |
|---|---|
@@milestoneStart
| Beginn der Einführung | ${implementation.start} |
@@milestoneStage1
| Zertifizierungsaudit Stufe 1<#if certification.body?has_content> durch ${certification.body}</#if> | ${certification.stage1} |
@@milestoneStage2
| Zertifizierungsaudit Stufe 2 | ${certification.stage2} |
@@readiness
Vor dem Audit der Stufe 1 sind mindestens ein vollständiges internes Audit aller Prozesse und eine
Managementbewertung abgeschlossen, und die oben genannten bekannten Einschränkungen sind behoben oder
durch einen freigegebenen Maßnahmenplan abgedeckt.
@@inOperation
Das SMS ist in Betrieb. Seine Weiterentwicklung wird über das Verbesserungsregister geplant und in jeder
Managementbewertung überprüft.
@@changesTitle
Lenkung von Änderungen am Plan
@@changes
${doc.owner.de.Der} ${doc.owner.title} ${doc.owner.de.plural?has_content?then("überprüfen", "überprüft")} diesen Plan mindestens alle ${sms.documentControl.reviewIntervalMonths} Monate, nach jeder
Managementbewertung und immer dann, wenn sich der Anwendungsbereich, die Services, die Lieferanten, die
Organisation oder die Ziele wesentlich ändern.

1. Jede Person kann eine Änderung des Plans vorschlagen; der Vorschlag geht an ${manager.de.den} ${manager.title}.
2. ${manager.de.Der} ${manager.title} ${manager.de.plural?has_content?then("bewerten", "bewertet")} die Auswirkungen der Änderung auf Ziele, Risiken, Ressourcen und
   Prozesse und ${manager.de.plural?has_content?then("konsultieren", "konsultiert")} die betroffenen Prozessverantwortlichen.
3. ${doc.approver.de.Der} ${doc.approver.title} ${doc.approver.de.plural?has_content?then("geben", "gibt")} den überarbeiteten Plan frei.
4. Die neue Version wird gemäß dem <@sms.link "documented-information-control"/> herausgegeben und allen
   Prozessverantwortlichen innerhalb von zehn Arbeitstagen bekannt gegeben.
@@recordsTitle
Aufzeichnungen
@@recordsTable
| Aufzeichnung | Verantwortlich | Aufbewahrungsfrist |
|---|---|---|
| Freigegebene Versionen dieses Plans | ${manager.title} | 3 Jahre nach Ersetzung |
| Register der Risiken und Chancen und seine Überprüfungen | ${manager.title} | 3 Jahre nach Abschluss des Risikos |
| Maßnahmenpläne und Fortschrittsberichte zu den Zielen | Verantwortliche für die Ziele | 3 Jahre |
| Aufzeichnungen der Überprüfungen gemäß Betriebskalender | Verantwortliche Rolle | Wie im Verfahren des jeweiligen Prozesses festgelegt |
