<@sms.section title="Zweck" key="purpose"/>

Dieser Plan beschreibt, wie das Servicemanagementsystem (SMS) von ${org.name} betrieben wird: den Kontext,
in dem es betrieben wird, die Parteien, deren Anforderungen es dient, die Risiken und Chancen, mit denen es
umgeht, die Ziele, die es verfolgt, die Prozesse, Personen und Technologien, die es nutzt, und wie seine
Wirksamkeit gemessen, auditiert, berichtet und verbessert wird. Er ist das zentrale Dokument des SMS:
Verfahren und Pläne der Prozesse sind auf ihn abgestimmt, und er verweist auf sie, statt ihren Inhalt zu
wiederholen.

<@sms.section title="Geltungsbereich" key="scope"/>

Der Plan gilt für das gesamte SMS, wie es in der <@sms.link "sms-scope"/> festgelegt ist.
Verantwortlich für den Plan ist der <@sms.roleWithPerson doc.owner/>; freigegeben wird er durch den
${doc.approver.title}.

<@sms.section title="Kontext der Organisation" clauses=["4", "4.1"]/>

${org.name} bewertet die externen und internen Themen, die sich auf die Fähigkeit auswirken, die
beabsichtigten Ergebnisse des SMS zu erreichen. Der ${manager.title} dokumentiert sie nachstehend; die
oberste Leitung überprüft sie in jeder Managementbewertung und bei jeder wesentlichen Veränderung.

### Externe Themen

| Thema | Auswirkung auf das SMS und die Services | Umgang damit |
|---|---|---|
<#if customers?has_content>
| Erwartungen der Kunden: <#if customers?size != 1>${customers?size} Kunden sind<#else>Ein Kunde ist</#if> in ihrem täglichen Betrieb auf die Services angewiesen | Service-Levels, Berichterstattung und Nachweise der Beherrschung werden in jedem Vertrag erwartet | Service-Level-Management, Serviceberichterstattung und Zertifizierung des SMS |
<#else>
| Erwartungen der Kunden an messbare Service-Levels und Nachweise der Beherrschung | Service-Levels und Berichterstattung werden gefordert, bevor Kunden einen Vertrag abschließen | Service-Level-Management, Serviceberichterstattung und Zertifizierung des SMS |
</#if>
<#if externalSuppliers?has_content>
| Abhängigkeit von ${t.externalSuppliersInflected}: <@sms.names items=externalSuppliers/> | Der Ausfall eines Lieferanten oder geänderte Vertragsbedingungen können die Services unterbrechen oder ihre Kosten erhöhen | Lieferantenmanagement, Vertragsprüfungen, Kontinuitätsvorkehrungen |
</#if>
| Gesetzliche und behördliche Anforderungen, insbesondere das Datenschutzrecht und die Pflichten, die Kunden vertraglich weitergeben | Nichteinhaltung kann zu Sanktionen, zum Verlust von Kunden und zu Reputationsschäden führen | Informationssicherheitsmanagement, Vertragsprüfungen, Beobachtung der Rechtslage durch den ${manager.title} |
| Tempo des technologischen Wandels: Cloud-Plattformen, Automatisierung, Produkte am Ende ihres Lebenszyklus | Services und Fähigkeiten müssen erneuert werden, um unterstützbar und wettbewerbsfähig zu bleiben | Kapazitätsmanagement, Design und Überführung von Services, Kompetenzplanung |
| Cyberbedrohungen gegen Dienstleister und deren Kunden | Ein Informationssicherheitsvorfall kann mehrere Kunden gleichzeitig betreffen | Informationssicherheitsmaßnahmen, Incident-Management, Kontinuitätstests |
| Arbeitsmarkt für qualifiziertes technisches Personal | Offene Stellen und Fluktuation gefährden Wissen und Servicequalität | Kompetenzplanung, Wissensmanagement, dokumentierte Arbeitsanweisungen |

### Interne Themen

| Thema | Auswirkung auf das SMS und die Services | Umgang damit |
|---|---|---|
<#if governance.openGaps?has_content>
| Reifegrad des SMS: ${governance.openGaps?size} Anforderungsbereich<#if governance.openGaps?size != 1>e sind<#else> ist</#if> noch nicht vollständig umgesetzt (siehe „Bekannte Einschränkungen“) | Konformität und Serviceleistung können noch nicht vollständig nachgewiesen werden | Einführungszeitplan in diesem Plan, monatlich verfolgt durch den ${manager.title} |
<#else>
| Reifegrad des SMS: Alle Prozesse sind in Betrieb und müssen bei Veränderungen des Geschäfts wirksam bleiben | Prozesse können sich von ihrer dokumentierten Gestaltung entfernen | Internes Audit, Prozessüberprüfungen und fortlaufende Verbesserung |
</#if>
<#if governance.keyOwner??>
| Größe des Teams: ${governance.activeRoles?size} Rolle<#if governance.activeRoles?size != 1>n</#if> im SMS; der ${governance.keyOwner.role.title} ist für ${governance.keyOwner.processes} der ${processList?size} Prozesse verantwortlich | Abhängigkeit von Schlüsselpersonen und eingeschränkte Funktionstrennung | Stellvertretung für jeden Prozessverantwortlichen, Wissensmanagement, Vier-Augen-Prüfung von Changes |
<#elseif governance.multiProcessOwners?has_content>
| Größe des Teams: ${governance.activeRoles?size} Rollen im SMS, davon ${governance.multiProcessOwners?size} mit Verantwortung für jeweils zwei oder mehr Prozesse | Abhängigkeit von Schlüsselpersonen und eingeschränkte Funktionstrennung | Stellvertretung für jeden Prozessverantwortlichen, Wissensmanagement, Vier-Augen-Prüfung von Changes |
<#else>
| Größe des Teams: ${governance.activeRoles?size} Rolle<#if governance.activeRoles?size != 1>n</#if> im SMS | Abhängigkeit von Schlüsselpersonen bei Abwesenheit oder Ausscheiden eines Rolleninhabers | Stellvertretung für jeden Prozessverantwortlichen, Wissensmanagement |
</#if>
<#if governance.tools?has_content>
| Tools: Die Prozesse werden von ${governance.tools?size} Tool<#if governance.tools?size != 1>s</#if> unterstützt | Über mehrere Tools verteilte Daten erschweren Berichterstattung und Rückverfolgbarkeit | Integration der ${t.configurationInformation}, festgelegte Datenquellen für jeden Bericht |
<#else>
| Tools: Die Prozesse nutzen ein gemeinsames Servicemanagement-Tool | Steigende Volumina können die Grenzen des Tools überschreiten | Überprüfung von Kapazität und Tool in jeder Managementbewertung |
</#if>
| Gleichgewicht zwischen Tagesbetrieb und SMS-Aktivitäten | Audits, Bewertungen und Verbesserungen werden unter betrieblichem Druck aufgeschoben | Aktivitäten im nachstehenden Betriebskalender terminiert, Zeit im Ressourcenplan eingeplant |
| Finanzielle Ressourcen | Verbesserungen konkurrieren mit betrieblichen Ausgaben | Budgetierung und Kostenrechnung für Services, Festlegung der Verbesserungsprioritäten in der Managementbewertung |

<@sms.section title="Interessierte Parteien und ihre Anforderungen" clauses=["4.2"]/>

Die für das SMS und die Services relevanten interessierten Parteien und ihre Anforderungen sind
nachstehend aufgeführt. Mit Kunden vereinbarte Anforderungen werden zu Serviceanforderungen in den
Service-Level-Vereinbarungen, die im <@sms.link "service-catalogue"/> aufgeführt sind. Der
${brm.owner.title} bestätigt die Anforderungen der Kunden in jedem Service-Review mit dem Kunden; der ${manager.title}
überprüft die gesamte Tabelle in jeder Managementbewertung.

| Interessierte Partei | Relevante Anforderungen | Umgang damit |
|---|---|---|
<#list customers as c>
| ${c.name} (Kunde) | <#if c.services?has_content>Erbringung von <@sms.names items=c.services/> gemäß den vereinbarten Service-Levels; </#if>regelmäßige Serviceberichte; Schutz seiner Daten; zügige Bearbeitung von Beschwerden | Service-Level-Management, Serviceberichterstattung, Business-Relationship-Management |
<#else>
| Kunden | Erbringung der vereinbarten Services gemäß den vereinbarten Service-Levels; regelmäßige Berichte; Schutz ihrer Daten | Service-Level-Management, Serviceberichterstattung, Business-Relationship-Management |
</#list>
| Anwender der Services | Schnelle Wiederherstellung des Service; einfache Wege, Unterstützung anzufordern; klare Statusinformationen | Service Desk, Incident- und Service-Request-Management |
| ${top.title} und ${voice.owners?replace("{0}", org.name)} | ${voice.ownersExpectation}<#if certification.body?has_content>; Zertifizierung durch ${certification.body}</#if> | Dieser Plan, Managementbewertung, Risikomanagement |
| Mitarbeitende | Klare Rollen, angemessene Schulung und Tools, bewältigbare Arbeitslast | Kompetenz und Bewusstsein, Ressourcenplanung |
<#list externalSuppliers as s>
| ${s.name} (${t.externalSupplier}) | Klare Anforderungen und Bedarfsprognosen; pünktliche Zahlung; faire Beilegung von Streitigkeiten | Lieferantenmanagement<#if s.contractRef?has_content>, Vertrag ${s.contractRef}</#if> |
</#list>
<#list internalSuppliers as s>
| ${s.name} (${t.internalSupplier}) | Dokumentierte Vereinbarung; frühzeitige Information über Änderungen der Nachfrage | Lieferantenmanagement, interne Vereinbarung |
</#list>
<#if certification.body?has_content>
| ${certification.body} (Zertifizierungsstelle) | Zugang zu Nachweisen; Konformität mit ${sms.standard}; Mitteilung wesentlicher Änderungen am SMS | Internes Audit, Managementbewertung, dieser Plan |
<#else>
| Zertifizierungsstelle | Zugang zu Nachweisen; Konformität mit ${sms.standard}; Mitteilung wesentlicher Änderungen am SMS | Internes Audit, Managementbewertung, dieser Plan |
</#if>
| Behörden und Aufsichtsstellen | Einhaltung des Datenschutzrechts und anderer anwendbarer Gesetze; Meldung meldepflichtiger Vorfälle | Informationssicherheitsmanagement |

<@sms.section title="Maßnahmen zum Umgang mit Risiken und Chancen" clauses=["6", "6.1"]/>

${org.name} ermittelt und behandelt die Risiken und Chancen, die sich auf das SMS und die Services
auswirken können. Drei Quellen werden stets berücksichtigt:

- Risiken für die Organisation selbst, die sich aus den oben genannten Themen und Anforderungen ergeben;
- Risiken der Nichterfüllung der mit Kunden vereinbarten Serviceanforderungen;
- Risiken aus der Beteiligung anderer Parteien (Lieferanten, als Lieferant handelnde Kunden) am
  Servicelebenszyklus.

### Vorgehen

1. **Ermitteln.** Die Prozessverantwortlichen und der ${manager.title} ermitteln Risiken und Chancen im
   jährlichen Planungsworkshop, in jeder Managementbewertung sowie bei jedem neuen Service, jedem neuen
   Lieferanten, jeder größeren Änderung und jedem Major Incident.
2. **Analysieren.** Jedes Risiko wird anhand der nachstehenden Kriterien nach Eintrittswahrscheinlichkeit
   und Auswirkung bewertet; bestehende Maßnahmen werden dabei berücksichtigt.
3. **Bewerten.** Aus der Kombination von Eintrittswahrscheinlichkeit und Auswirkung ergibt sich die
   Risikostufe, die über die erforderliche Reaktion entscheidet.
4. **Behandeln.** Der Verantwortliche wählt eine Behandlungsoption (mindern, vermeiden, übertragen oder
   teilen, akzeptieren) und plant die Maßnahmen mit einem Fälligkeitsdatum. Maßnahmen, die einen Service
   verändern, durchlaufen das Change-Management.
5. **Integrieren.** Die Maßnahmen werden in den betroffenen Prozess eingebaut, zum Beispiel als neue
   Kontrolle, Prüfung oder neuer Bericht, sodass sie Teil des Regelbetriebs werden.
6. **Überprüfen.** Der Verantwortliche prüft, ob die Maßnahmen wirksam waren, und bewertet das Risiko neu.
   Das Register wird ${cadence.riskReview.every} durch den ${manager.title} und in jeder Managementbewertung durch die
   oberste Leitung überprüft.

Chancen durchlaufen dieselben Schritte; sie werden nach dem Nutzen, den sie bringen würden, und der
Wahrscheinlichkeit, diesen Nutzen zu realisieren, bewertet. Die Reaktion besteht darin, sie zu verfolgen,
zurückzustellen oder abzulehnen.

### Bewertungskriterien

<#include "/sections/risk-criteria.ftl">
### Register der Risiken und Chancen

<#include "/sections/risk-register.ftl">
<#if sms.risks?has_content>
Das vorstehende Register ist die freigegebene Ausgangsbasis. Laufende Aktualisierungen werden durch den
${manager.title} erfasst und bei der nächsten Überarbeitung in diesen Plan übernommen.
<#else>
Bisher wurde kein Risiko und keine Chance für das Register freigegeben. Der ${manager.title} führt die
erste Bewertung mit den Prozessverantwortlichen nach dem oben beschriebenen Vorgehen durch<#if implementation.start?has_content>, im
Rahmen der Einführung ab dem ${implementation.start}</#if>; das freigegebene Register wird bei der
nächsten Überarbeitung in diesen Plan aufgenommen.
</#if>

<@sms.section title="Servicemanagementziele" clauses=["6.2", "6.2.1"]/>

Die Servicemanagementziele werden von der obersten Leitung im Rahmen der
<@sms.link "service-management-policy"/> festgelegt. Jedes Ziel steht im Einklang mit der Politik,
berücksichtigt die Serviceanforderungen, ist messbar, hat einen Verantwortlichen und wird überwacht,
kommuniziert und bei veränderten Umständen aktualisiert.

<#if sms.objectives?has_content>
| ID | Ziel | Messgröße | Zielwert | Verantwortlich |
|---|---|---|---|---|
<#list sms.objectives as o>
| ${o.id!("OBJ-" + o?counter)} | ${o.objective} | ${o.measure} | ${o.target} | <@sms.roleWithPerson o.owner/> |
</#list>
<#else>
Bisher wurde kein Ziel freigegeben. Die oberste Leitung legt die ersten Ziele in der nächsten
Managementbewertung fest; sie umfassen mindestens die ${t.serviceAvailability}, die Lösung von Incidents,
den Erfolg von Changes und die Kundenzufriedenheit und werden anschließend in diese Tabelle aufgenommen.
</#if>

<@sms.section title="Planung zur Erreichung der Ziele" clauses=["6.2.2"]/>

Für jedes Ziel führt der Verantwortliche einen Maßnahmenplan im Verbesserungsregister, wie im Dokument
<@sms.link "continual-improvement"/> beschrieben. Der Plan beantwortet die folgenden Fragen.

| Frage | Wie sie beantwortet wird |
|---|---|
| Was wird getan? | Maßnahmen, jeweils so zugeschnitten, dass sie innerhalb eines Quartals abgeschlossen werden können |
| Welche Ressourcen werden benötigt? | Personal, Budget und Tools, abgestimmt mit dem ${manager.title} und, soweit sie das freigegebene Budget überschreiten, mit dem ${top.title} |
| Wer ist verantwortlich? | Der Verantwortliche für das Ziel, der Maßnahmen namentlich benannten Personen zuweisen kann |
| Wann wird es abgeschlossen? | Ein Fälligkeitsdatum für jede Maßnahme und ein Datum, bis zu dem der Zielwert erreicht sein soll |
| Wie werden die Ergebnisse bewertet? | Anhand der Messgröße des Ziels, monatlich in den Serviceberichten berichtet und in jeder Managementbewertung überprüft |

<#if sms.objectives?has_content>
Der Fortschritt bei jedem Ziel wird wie folgt überprüft.

| Ziel | Verantwortlich | Fortschrittsüberprüfung | Berichtet an |
|---|---|---|---|
<#list sms.objectives as o>
| ${o.objective} | ${o.owner.title} | Monatlich, durch den Verantwortlichen | ${manager.title}; Managementbewertung |
</#list>
</#if>

<@sms.section title="Inhalt des SMS" clauses=["6.3"]/>

Dieser Abschnitt dokumentiert die Planung des SMS: Serviceanforderungen, Einschränkungen, Verpflichtungen,
Verantwortlichkeiten, Ressourcen, den Umgang mit anderen Parteien, Technologie sowie die Messung, Auditierung,
Berichterstattung und Verbesserung der Wirksamkeit.

### Serviceanforderungen

<#if services?has_content>
| Service | Verantwortlich | Servicezeiten | Verfügbarkeitsziel | Kritikalität |
|---|---|---|---|---|
<#list services as s>
| ${s.name} | ${s.owner.title} | ${s.hours} | ${sms.pct(s.availabilityTarget)} | ${sms.word((s.criticality!"medium"))} |
</#list>

Die detaillierten Anforderungen jedes Service, einschließlich seiner Service-Level-Ziele, werden mit den
Kunden vereinbart und im <@sms.link "service-catalogue"/> sowie in den Service-Level-Vereinbarungen
dokumentiert.
<#else>
Derzeit liegt noch kein Service im Geltungsbereich. Die Serviceanforderungen werden im
<@sms.link "service-catalogue"/> und in den Service-Level-Vereinbarungen dokumentiert, sobald der
jeweilige Service gestaltet und überführt wird.
</#if>

### Bekannte Einschränkungen

<#if governance.openGaps?has_content>
Die folgenden Anforderungsbereiche sind noch nicht vollständig umgesetzt. Sie begrenzen, was das SMS
derzeit nachweisen kann, und werden über den nachstehenden Einführungszeitplan geschlossen.

| Abschnitt | Bereich | Status | Anmerkung |
|---|---|---|---|
<#list governance.openGaps as g>
| ${g.clause} | ${g.title} | ${g.status} | ${g.note!"—"} |
</#list>
<#else>
Derzeit hindert keine bekannte Einschränkung das SMS daran, seine Anforderungen zu erfüllen. Später
festgestellte Einschränkungen, zum Beispiel aus Audits, werden als Nichtkonformitäten erfasst und bei der
nächsten Überarbeitung hier aufgenommen.
</#if>

### Politiken, Normen und Verpflichtungen

- <@sms.link "service-management-policy"/>, <@sms.link "change-management-policy"/> und
  <@sms.link "information-security-policy"/>;
- ${sms.standard};
- Service-Level-Vereinbarungen und Verträge mit Kunden;
<#if externalSuppliers?has_content>
- Verträge mit ${t.externalSuppliersInflected}: ${sms.andList(governance.externalContracts)};
</#if>
<#if internalSuppliers?has_content>
- Vereinbarungen mit ${t.internalSuppliersInflected}: <@sms.names items=internalSuppliers/>;
</#if>
- das am Ort der Serviceerbringung anwendbare Datenschutz-, Verbraucherschutz-, Arbeits- und
  Arbeitsschutzrecht.

### Befugnisse und Verantwortlichkeiten

Die oberste Leitung, der Beauftragte der Leitung und die Befugnisse für wesentliche Entscheidungen sind
in der <@sms.link "service-management-policy"/> festgelegt. Jeder Prozess hat einen namentlich benannten
Verantwortlichen, der in der nächsten Tabelle aufgeführt ist und die Gesamtverantwortung für Gestaltung,
Betrieb, Messung und Verbesserung des Prozesses trägt.

### Prozesse des SMS

| Prozess | Abschnitt | Verantwortlich | Tool | Überprüfung | Dokumentiert in |
|---|---|---|---|---|---|
<#list governance.processRows as p>
| ${p.name} | ${p.clause} | ${p.owner.title} | ${p.tool} | ${p.reviewLabel} | <#list p.documents as d><@sms.link d/><#sep>, <#else>—</#list> |
</#list>

Die Prozesse wirken vor allem über gemeinsame Aufzeichnungen zusammen: Incidents fließen in Probleme ein,
Probleme führen zu Änderungsanträgen, Changes aktualisieren ${t.theConfigurationInformation}, und alle
liefern Daten für die Serviceberichterstattung. Jedes Verfahren benennt seine Eingaben und Ergebnisse.

### Ressourcen

| Ressource | Wie sie bereitgestellt wird | Verantwortlich |
|---|---|---|
| Personal | Die Rollen in der <@sms.link "service-management-policy"/>, jeweils mit namentlich benanntem Inhaber und Stellvertreter; jährliche Überprüfung der Personalausstattung anhand der Nachfrage | ${top.title} |
| Kompetenz | Kompetenzanforderungen, Schulungen und Aufzeichnungen gemäß dem <@sms.link "competence-awareness-communication"/> | ${manager.title} |
| Budget | Jährliches SMS-Budget für Tools, Schulungen, Audits und Zertifizierung, monatlich verfolgt | ${budgeting.owner.title} |
| Infrastruktur und Kapazität | Kapazitätsplan und Überwachung der Servicekomponenten | ${capacity.owner.title} |
| Information und Wissen | ${t.ConfigurationInformation}, bekannte Fehler und Arbeitsanweisungen gemäß dem <@sms.link "knowledge-management"/> | ${manager.title} |

### Zusammenarbeit mit anderen Parteien

<#if suppliers?has_content>
Jede Partei, die zu den Services beiträgt, unterliegt dem Lieferantenmanagement, für das der
${supplierManagement.owner.title} verantwortlich ist. Die Organisation bleibt für die Services verantwortlich,
an deren Erbringung diese Parteien mitwirken, wie in der <@sms.link "sms-scope"/> festgelegt.

| Partei | Art | Beitrag | Gesteuert durch |
|---|---|---|---|
<#list suppliers as s>
| ${s.name} | ${governance.supplierType[s.type].label} | ${s.provides!"—"} | ${s.manager.title} |
</#list>
<#else>
Derzeit trägt kein Lieferant zu den Services bei. Jeder Lieferant, der dies künftig tut, wird vor Beginn
seiner Tätigkeit im Rahmen des Lieferantenmanagements, für das der ${supplierManagement.owner.title}
verantwortlich ist, ausgewählt, vertraglich gebunden und überwacht.
</#if>

### Technologie

<#if governance.tools?has_content>
| Tool | Unterstützte Prozesse |
|---|---|
<#list governance.technology as tool>
| ${tool.name} | ${tool.processes?join(", ")} |
</#list>
<#else>
Alle Prozesse werden durch ${defaultTool} und die SMS-Dokumentenbibliothek unterstützt.
</#if>

Der Administratorzugang zu jedem Tool ist auf namentlich festgelegte Rollen beschränkt; Änderungen an der
Konfiguration der Tools unterliegen dem Change-Management.

### Messung, Auditierung, Berichterstattung und Verbesserung der Wirksamkeit

| Aktivität | Häufigkeit | Verantwortlich | Beschrieben in |
|---|---|---|---|
| Überwachung und Messung der Prozesse und Services | Fortlaufend; monatliche Analyse | Prozessverantwortliche | <@sms.link "monitoring-and-reporting"/> |
| Serviceberichte an Kunden und Leitung | Monatlich | ${reporting.owner.title} | <@sms.link "monitoring-and-reporting"/> |
| Internes Audit des SMS | Gemäß dem freigegebenen Dreijahresprogramm: Bereiche mit höherem Risiko jährlich, alle übrigen Bereiche mindestens einmal im Zertifizierungszyklus | ${manager.title} | <@sms.link "internal-audit"/> |
| Managementbewertung | ${cadence.managementReview.label}, davon mindestens eine vor dem Erstzertifizierungsaudit | ${top.title} | <@sms.link "management-review"/> |
| Nichtkonformitäten und Korrekturmaßnahmen | Bei Auftreten | ${manager.title} | <@sms.link "nonconformity-and-corrective-action"/> |
| Fortlaufende Verbesserung | Monatliche Überprüfung des Verbesserungsregisters | ${manager.title} | <@sms.link "continual-improvement"/> |

<@sms.section title="Betriebliche Planung und Steuerung" clauses=["8", "8.1"]/>

Jeder Prozess des SMS wird wie folgt geplant und gesteuert:

- **Kriterien.** Für jeden Prozess gibt es ein dokumentiertes Verfahren, das seine Aktivitäten, Rollen,
  Eingaben, Ergebnisse sowie Messgrößen mit Zielwerten festlegt. Die Services werden anhand ihrer
  Service-Level-Ziele gesteuert.
- **Steuerung.** Die Prozessverantwortlichen prüfen die Leistung in den Überprüfungen des nachstehenden
  Betriebskalenders anhand dieser Kriterien und ergreifen bei Abweichungen Maßnahmen.
- **Nachweise.** Aufzeichnungen werden, wie im jeweiligen Verfahren aufgeführt, aufbewahrt, um zu zeigen,
  dass die Prozesse wie geplant durchgeführt wurden.
- **Geplante Änderungen.** Änderungen an Services, Prozessen und diesem Plan durchlaufen das
  Change-Management oder die Dokumentenlenkung; ihre Risiken werden vor der Genehmigung bewertet.
- **Unbeabsichtigte Änderungen.** Hat eine Änderung unbeabsichtigte Folgen, überprüft der Verantwortliche
  diese über das Incident- und Problem-Management und ergreift Maßnahmen, um nachteilige Auswirkungen zu
  begrenzen.
- **Andere Parteien.** Prozesse oder Teile von Prozessen, die von Lieferanten betrieben werden, werden über
  deren Verträge und Überprüfungen gesteuert, wie in der <@sms.link "sms-scope"/> festgelegt.

### Betriebskalender

| Aktivität | Häufigkeit | Verantwortlich |
|---|---|---|
| Überprüfung offener Incidents, Verletzungen von Service-Levels und Major Incidents | Täglich | ${incident.owner.title} |
| Überprüfung der Überwachungsalarme und Backup-Ergebnisse | Täglich | ${availability.owner.title} |
| Überprüfung und Genehmigung normaler Änderungen | Wöchentlich | ${change.owner.title} |
| Überprüfung offener Probleme und bekannter Fehler | Monatlich | ${problem.owner.title} |
| Serviceberichte und Kapazitätsbericht | Monatlich | ${governance.reportOwners?join(", ")} |
| Abgleich des Budgets mit den Ist-Kosten | Monatlich | ${budgeting.owner.title} |
| Fortschritt bei Zielen und Verbesserungen | Monatlich | ${manager.title} |
<#if customers?has_content>
| Service-Reviews mit Kunden | ${serviceLevels.customerReviewRule?cap_first} | ${brm.owner.title} |
</#if>
<#if suppliers?has_content>
| Leistungsbewertungen der Lieferanten | ${serviceLevels.supplierReviewRule?cap_first} | ${supplierManagement.owner.title} |
</#if>
| Überprüfung des Kapazitätsplans | Vierteljährlich | ${capacity.owner.title} |
| Überprüfung des Registers der Risiken und Chancen | ${cadence.riskReview.label} | ${manager.title} |
| Test des Servicekontinuitätsplans | Jeder Service mindestens jährlich sowie eine jährliche Szenarioübung, wie im <@sms.link "service-continuity-plan"/> festgelegt | ${continuity.owner.title} |
| Überprüfung jedes Prozesses | Wie in der obigen Tabelle je Prozess festgelegt | Prozessverantwortliche |
| Interne Audits | Gemäß dem Auditprogramm | ${manager.title} |
| Managementbewertung | ${cadence.managementReview.label} | ${top.title} |

<@sms.section title="Zeitplan für Einführung und Zertifizierung" clauses=["6.3"]/>

<#if governance.hasSchedule>
<#if implementation.start?has_content>
Die Einführung des SMS beginnt am ${implementation.start}. Sie erfolgt in drei Phasen, die jeweils auf der
vorhergehenden aufbauen, ohne den vereinbarten Anwendungsbereich zu verändern.
<#else>
Die Einführung des SMS erfolgt in drei Phasen, die jeweils auf der vorhergehenden aufbauen, ohne den
vereinbarten Anwendungsbereich zu verändern.
</#if>

| Phase | Schwerpunkt | Wesentliche Ergebnisse |
|---|---|---|
| 1. Grundlagen | Governance und die Prozesse, die den Service am stärksten schützen: Politik, Anwendungsbereich, dieser Plan, Dokumentenlenkung, Incident-, Service-Request-, Change-, Konfigurations- und Service-Level-Management | Freigegebene Politik, freigegebener Anwendungsbereich und Plan; zentrale Verfahren; Servicekatalog und Vereinbarungen |
| 2. Erweiterung und Integration | Übrige Prozesse und ihre Schnittstellen: Problem-, Release-, Beziehungs-, Lieferanten-, Kapazitäts-, Kontinuitäts-, Verfügbarkeits- und Informationssicherheitsmanagement, Budgetierung; Messung und Berichterstattung | Übrige Verfahren und Pläne; erste Serviceberichte; Auditprogramm |
| 3. Vervollständigung und Verbesserung | Ein vollständiger Zyklus aus internem Audit, Managementbewertung und Korrekturmaßnahmen; Prüfung der Zertifizierungsreife | Audit- und Bewertungsaufzeichnungen; Verbesserungsregister; Bericht zur Zertifizierungsreife |

<#if governance.hasAuditDates>
| Meilenstein | Datum |
|---|---|
<#if implementation.start?has_content>
| Beginn der Einführung | ${implementation.start} |
</#if>
<#if certification.stage1?has_content>
| Zertifizierungsaudit Stufe 1<#if certification.body?has_content> durch ${certification.body}</#if> | ${certification.stage1} |
</#if>
<#if certification.stage2?has_content>
| Zertifizierungsaudit Stufe 2 | ${certification.stage2} |
</#if>

Vor dem Audit der Stufe 1 sind mindestens ein vollständiges internes Audit aller Prozesse und eine
Managementbewertung abgeschlossen, und die oben genannten bekannten Einschränkungen sind behoben oder
durch einen freigegebenen Maßnahmenplan abgedeckt.
</#if>
<#else>
Das SMS ist in Betrieb. Seine Weiterentwicklung wird über das Verbesserungsregister geplant und in jeder
Managementbewertung überprüft.
</#if>

<@sms.section title="Lenkung von Änderungen am Plan" clauses=["6.3", "7.5.2"]/>

Der ${doc.owner.title} überprüft diesen Plan mindestens alle ${sms.documentControl.reviewIntervalMonths} Monate, nach jeder
Managementbewertung und immer dann, wenn sich der Anwendungsbereich, die Services, die Lieferanten, die
Organisation oder die Ziele wesentlich ändern.

1. Jede Person kann dem ${manager.title} eine Änderung des Plans vorschlagen.
2. Der ${manager.title} bewertet die Auswirkungen der Änderung auf Ziele, Risiken, Ressourcen und
   Prozesse und konsultiert die betroffenen Prozessverantwortlichen.
3. Der ${doc.approver.title} gibt den überarbeiteten Plan frei.
4. Die neue Version wird gemäß dem <@sms.link "documented-information-control"/> herausgegeben und allen
   Prozessverantwortlichen innerhalb von zehn Arbeitstagen bekannt gegeben.

<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

| Aufzeichnung | Verantwortlich | Aufbewahrungsfrist |
|---|---|---|
| Freigegebene Versionen dieses Plans | ${manager.title} | 3 Jahre nach Ersetzung |
| Register der Risiken und Chancen und seine Überprüfungen | ${manager.title} | 3 Jahre nach Abschluss des Risikos |
| Maßnahmenpläne und Fortschrittsberichte zu den Zielen | Verantwortliche für die Ziele | 3 Jahre |
| Aufzeichnungen der Überprüfungen gemäß Betriebskalender | Verantwortliche Rolle | Wie im Verfahren des jeweiligen Prozesses festgelegt |
