<#assign library = "SMS-Dokumentenbibliothek">
<#assign plural = {"policy": "Leitlinien", "plan": "Pläne", "procedure": "Verfahren", "agreement": "Vereinbarungen", "catalogue": "Kataloge", "register": "Verzeichnisse", "statement": "Erklärungen", "glossary": "Glossare", "matrix": "Matrizen"}>
<#assign kindCounts = []>
<#list ["policy", "plan", "procedure", "agreement", "catalogue", "register", "statement", "glossary", "matrix"] as k>
  <#assign n = documents?filter(d -> d.kind == k)?size>
  <#if n gt 0>
    <#assign kindCounts = kindCounts + [n + " " + (n == 1)?then(sms.word(k), plural[k])]>
  </#if>
</#list>
<#assign procedures = documents?filter(d -> d.kind == "procedure")>
<#assign slas = documents?filter(d -> d.id?starts_with("sla-"))>
<#-- Link to a document of the set, or a note when the document has been excluded from it. -->
<#macro held id><#if docs[sms.linkTarget(id)]??><@sms.link id/><#else>nicht im aktuellen Dokumentensatz enthalten</#if></#macro>
<#-- Mandatory records, by 2018 clause (a 2011 set shows the mapped clause, or clause2011, and doc2011). process: the process that owns the record, or "" for SMS-level records;
     where: the place the record is kept, when it is not the tool of its process. -->
<#assign records = [
  {"record": "Kompetenz der Personen: Ausbildung, Schulung, Fertigkeiten und Erfahrung", "clause": "7.2", "process": "", "area": "Kompetenz und Bewusstsein", "owner": sms.manager, "where": "Personalakten und Schulungsübersicht", "doc": "competence-awareness-communication"},
  {"record": "${t.ConfigurationInformation}", "clause": "8.2.6", "process": "configuration-management", "doc": "service-portfolio", "doc2011": "control-processes"},
  {"record": "Servicebeschwerden und ihre Bearbeitung", "clause": "8.3.2", "process": "business-relationship-management", "doc": "relationship-and-agreement"},
  {"record": "Vertragsstreitigkeiten mit " + (sms.edition == "2011")?then("Lieferanten", "externen Lieferanten"), "clause": "8.3.4.1", "process": "supplier-management", "where": library, "doc": "relationship-and-agreement"},
  {"record": "Änderungsanträge (RFC) und die zugehörigen Entscheidungen", "clause": "8.5.1.2", "process": "change-management", "doc": "design-build-transition", "doc2011": "control-processes"},
  {"record": "Incidents", "clause": "8.6.1", "process": "incident-management", "doc": "resolution-and-fulfilment"},
  {"record": "Service Requests", "clause": "8.6.2", "process": "service-request-management", "doc": "resolution-and-fulfilment"},
  {"record": "Probleme und bekannte Fehler", "clause": "8.6.3", "process": "problem-management", "doc": "resolution-and-fulfilment"},
  {"record": "Ergebnisse der Überwachung der ${t.serviceAvailability}", "clause": "8.7.1", "clause2011": "6.3.3", "process": "service-availability-management", "doc": "service-assurance", "doc2011": "service-continuity-plan"},
  {"record": "Ergebnisse der Servicekontinuitätstests", "clause": "8.7.2", "clause2011": "6.3.3", "process": "service-continuity-management", "where": library, "doc": "service-continuity-plan"},
  {"record": "Informationssicherheitsvorfälle", "clause": "8.7.3.3", "process": "information-security-management", "where": sms.toolOf("incident-management"), "doc": "service-assurance"},
  {"record": "Ergebnisse von Überwachung und Messung", "clause": "9.1", "process": "service-reporting", "doc": "monitoring-and-reporting"},
  {"record": "Auditprogramm und Auditergebnisse", "clause": "9.2", "process": "", "area": "Internes Audit", "owner": sms.manager, "where": library, "doc": "internal-audit"},
  {"record": "Ergebnisse der Managementbewertungen", "clause": "9.3", "process": "", "area": "Managementbewertung", "owner": sms.topManagement, "where": library, "doc": "management-review"},
  {"record": "Nichtkonformitäten und ergriffene Korrekturmaßnahmen", "clause": "10.1", "process": "", "area": "Nichtkonformität und Korrekturmaßnahmen", "owner": sms.manager, "where": library, "doc": "nonconformity-and-corrective-action"},
  {"record": "Verbesserungsmöglichkeiten und ihr Ergebnis", "clause": "10.2", "process": "", "area": "Fortlaufende Verbesserung", "owner": sms.manager, "where": library, "doc": "continual-improvement"}
]>
<#assign dc = sms.documentControl>
<@sms.section title="Zweck" key="purpose"/>

Dieses Verzeichnis führt die dokumentierte Information des Servicemanagementsystems (SMS) von
${org.name} auf: jedes gelenkte Dokument des SMS mit aktueller Version, Status, Verantwortlichem und Datum
der nächsten Überprüfung, die Dokumente externer Herkunft, auf die sich das SMS stützt, sowie die von der
${sms.standard} geforderten Aufzeichnungen mit dem jeweils verantwortlichen Prozess und dem Ablageort. Es
ist die Referenz, um die aktuelle Fassung jedes SMS-Dokuments aufzufinden und zu prüfen, dass nichts
Gefordertes fehlt.

<@sms.section title="Dokumente des SMS" clauses=["7.5.4"]/>

Der Dokumentensatz umfasst ${documents?size} Dokumente<#if kindCounts?has_content>: ${sms.andList(kindCounts)}</#if>. Jeder
Titel verweist auf die aktuelle Ausgabe des Dokuments.

| Dokument-ID | Dokument | Art | Version | Status | Verantwortlich | Nächste Überprüfung | Abschnitte |
|---|---|---|---|---|---|---|---|
<#list documents as d>
| ${d.reference} | <@sms.link d.id/> | ${sms.word(d.kind)} | ${d.version} | ${d.status} | ${d.owner.title} | ${d.nextReview} | <#list d.clauses as c>${c}<#sep>, </#list> |
</#list>

<@sms.section title="Von der Norm geforderte dokumentierte Information" clauses=["7.5.4"]/>

Die Tabelle zeigt, wo jede von der ${sms.standard} geforderte dokumentierte Information geführt wird.

<#if sms.edition == "2011">
| Geforderte dokumentierte Information | Abschnitt | Geführt in |
|---|---|---|
| Servicemanagementpolitik | 4.1.2 | <@held "service-management-policy"/> |
| Anwendungsbereich des SMS | 4.5.1 | <@held "sms-scope"/> |
| Servicemanagementplan mit den Servicemanagementzielen | 4.5.2 | <@held "sms-plan"/> |
| Politik zur fortlaufenden Verbesserung mit den Kriterien für die Bewertung von Verbesserungen | 4.5.5.1 | <@held "continual-improvement"/> |
| Auditprogramm | 4.5.4.2 | <@held "internal-audit"/> |
| Pläne für neue oder geänderte Services | 5.2 | Überführungspläne (<@held "design-build-transition"/>) |
| Servicekatalog | 6.1 | <@held "service-catalogue"/> |
| Service-Level-Vereinbarungen | 6.1 | <#if (slas?size > 12)><#list slas[0..<10] as d><@sms.link d.id/><#sep>; </#list> und ${slas?size - 10} weitere, jeweils in der Tabelle oben aufgeführt<#elseif slas?has_content><#list slas as d><@sms.link d.id/><#sep>; </#list><#else>noch keine, da keine Services erfasst sind</#if> |
| Pläne für Servicekontinuität und Verfügbarkeit | 6.3.2 | <@held "service-continuity-plan"/> |
| Richtlinie für Budgetierung und Kostenrechnung | 6.4 | <@held "budgeting-and-accounting-policy"/> |
| Kapazitätsplan | 6.5 | <@held "capacity-plan"/> |
| Informationssicherheitspolitik | 6.6.1 | <@held "information-security-policy"/> |
| Richtlinie für das Change-Management | 9.2 | <@held "change-management-policy"/> |
| Release-Richtlinie | 9.3 | <@held "release-policy"/> |
| Von der Norm geforderte dokumentierte Verfahren | 4.3.1 | <#if procedures?has_content><#list procedures as d><@sms.link d.id/><#sep>; </#list><#else>nicht im aktuellen Dokumentensatz enthalten</#if> |
| Verträge mit Lieferanten | 7.2 | Dokumente externer Herkunft, siehe unten |
| Vereinbarungen mit internen Gruppen und mit als Lieferant handelnden Kunden | 6.1 | Dokumente externer Herkunft, siehe unten |
| Von der Norm geforderte Aufzeichnungen | 4.3.3 | Verpflichtende Aufzeichnungen, siehe unten |

<#else>
| Geforderte dokumentierte Information | Abschnitt | Geführt in |
|---|---|---|
| Anwendungsbereich des SMS | 4.3 | <@held "sms-scope"/> |
| Servicemanagementpolitik | 5.2 | <@held "service-management-policy"/> |
| Servicemanagementziele | 6.2 | <@held "sms-plan"/> |
| Risiken und Chancen sowie die Maßnahmen zu ihrer Behandlung | 6.1 | <@held "sms-plan"/> |
| Servicemanagementplan | 6.3 | <@held "sms-plan"/> |
| Richtlinie für das Change-Management | 8.5.1.1 | <@held "change-management-policy"/> |
| Informationssicherheitspolitik | 8.7.3.1 | <@held "information-security-policy"/> |
| Servicekontinuitätsplan | 8.7.2 | <@held "service-continuity-plan"/> |
| Prozesse des SMS | 4.4 | <#if procedures?has_content><#list procedures as d><@sms.link d.id/><#sep>; </#list><#else>nicht im aktuellen Dokumentensatz enthalten</#if> |
| Serviceanforderungen | 8.2.2, 8.3.3 | <@held "service-catalogue"/>; <@held "service-portfolio"/> |
| Servicekatalog | 8.2.4 | <@held "service-catalogue"/> |
| Service-Level-Vereinbarungen | 8.3.3 | <#if (slas?size > 12)><#list slas[0..<10] as d><@sms.link d.id/><#sep>; </#list> und ${slas?size - 10} weitere, jeweils in der Tabelle oben aufgeführt<#elseif slas?has_content><#list slas as d><@sms.link d.id/><#sep>; </#list><#else>noch keine, da keine Services erfasst sind</#if> |
| Verträge mit externen Lieferanten | 8.3.4.1 | Dokumente externer Herkunft, siehe unten |
| Vereinbarungen mit internen Lieferanten und mit als Lieferant handelnden Kunden | 8.3.4.2 | Dokumente externer Herkunft, siehe unten |
| Von der Norm geforderte Aufzeichnungen | 7.5.4 | Verpflichtende Aufzeichnungen, siehe unten |

</#if>
<@sms.section title="Dokumente externer Herkunft" clauses=["7.5.3"]/>

Dokumente externer Herkunft werden hier gekennzeichnet und von ihrem Verantwortlichen gelenkt. Der
Verantwortliche legt die aktuelle Fassung in der ${library} ab (bei einem Vertrag oder einer Vereinbarung
das unterzeichnete Exemplar), prüft mindestens einmal jährlich und bei einem Vertrag oder einer
Vereinbarung zusätzlich bei jeder Lieferanten- oder Kundenbesprechung, ob sie noch aktuell ist, und zieht
ersetzte Fassungen zurück.

| Dokument | Herkunft | Referenz | Verantwortlich |
|---|---|---|---|
| ${sms.standard}, lizenziertes Exemplar | ISO und IEC | ${sms.standard} | ${sms.manager.title} |
<#list externalSuppliers as s>
| Vertrag mit ${s.name}<#if s.provides?has_content>: ${s.provides}</#if> | ${t.ExternalSupplier} | ${s.contractRef!"nicht erfasst"} | ${s.manager.title} |
</#list>
<#list internalSuppliers as s>
| Vereinbarung mit ${s.name}<#if s.provides?has_content>: ${s.provides}</#if> | ${t.InternalSupplier} | ${s.contractRef!"nicht erfasst"} | ${s.manager.title} |
</#list>
<#list customers as c>
<#assign slaRefs = c.services?filter(x -> docs["sla-" + x.id]??)?map(x -> docs["sla-" + x.id].reference)>
| Vertrag mit ${c.name} einschließlich der unterzeichneten Service-Level-Vereinbarungen | Kunde | <#if slaRefs?has_content>${slaRefs?join(", ")}<#else>nicht erfasst</#if> | ${slm.owner.title} |
</#list>
| Herstellerdokumentation zu Tools und Servicekomponenten | Hersteller | Eingesetztes Produkt und eingesetzte Version | Verantwortlicher des Prozesses, der das Tool nutzt |
| Für die Services geltende Rechtsvorschriften und behördliche Vorgaben | Gesetzgeber und Aufsichtsbehörden | Titel und Datum der aktuellen Fassung | ${sms.manager.title} |

<#if !suppliers?has_content>
Derzeit tragen <#if sms.edition == "2011">weder Lieferanten noch interne Gruppen<#else>weder externe noch interne Lieferanten</#if> zu den Services im Anwendungsbereich bei.
Ein Vertrag oder eine Vereinbarung wird in diese Tabelle aufgenommen, sobald er bzw. sie unterzeichnet ist.

</#if>
<@sms.section title="Verpflichtende Aufzeichnungen" clauses=["7.5.3", "7.5.4"]/>

Die folgende Tabelle enthält die von der ${sms.standard} als Nachweis geforderten Aufzeichnungen. Für
jede Aufzeichnung ist der Verantwortliche des Prozesses zuständig, in dem sie entsteht; sie wird im Tool
dieses Prozesses geführt, sofern die Tabelle keinen anderen Ablageort nennt; Aufzeichnungen zum SMS
als Ganzem werden in der ${library} geführt. Das Dokument in der letzten Spalte beschreibt, wie die
jeweilige Aufzeichnung erstellt und verwendet wird. Aufbewahrungsfristen, Schutz und Entsorgung aller
Aufzeichnungen sind im <@sms.link "documented-information-control"/> festgelegt.

| Aufzeichnung | Abschnitt | Zuständiger Prozess | Verantwortlich | Ablageort | Festgelegt in |
|---|---|---|---|---|---|
<#list records as r>
<#if r.process?has_content>
<#assign p = processes[r.process]>
| ${r.record} | ${sms.clauseRef(r.clause, r.clause2011!"")} | ${p.name} | ${p.owner.title} | ${r.where!sms.toolOf(r.process)} | <@held (sms.edition == "2011")?then(r.doc2011!r.doc, r.doc)/> |
<#else>
| ${r.record} | ${sms.clauseRef(r.clause, r.clause2011!"")} | ${r.area} | ${r.owner.title} | ${r.where} | <@held (sms.edition == "2011")?then(r.doc2011!r.doc, r.doc)/> |
</#if>
</#list>

Weitere Aufzeichnungen des SMS, etwa Serviceberichte, Release-Aufzeichnungen und Protokolle von
Lieferantenbesprechungen, sind im Abschnitt „Aufzeichnungen“ des Verfahrens aufgeführt, in dem sie
entstehen.

<@sms.section title="Pflege des Verzeichnisses" clauses=["7.5.3"]/>

1. Der ${dc.owner.title} ist für dieses Verzeichnis verantwortlich und aktualisiert es innerhalb von zwei
   Arbeitstagen, sobald ein Dokument freigegeben, neu herausgegeben oder zurückgezogen wird oder sich der
   Ablageort einer Aufzeichnung ändert.
2. Ein Dokument wird erst gültig, wenn es mit seiner neuen Version und dem Status Freigegeben im
   Verzeichnis erscheint. Dokumente, die nicht im Verzeichnis stehen, sind nicht gelenkt und dürfen nicht
   verwendet werden.
3. Jedes Dokument wird von seinem Verantwortlichen mindestens alle ${dc.reviewIntervalMonths} Monate
   überprüft, bei einer Änderung der Services, der Prozesse oder der Organisation, die es betrifft, auch
   früher. Der ${dc.owner.title} prüft monatlich die Termine der nächsten Überprüfung und erinnert
   die Verantwortlichen der Dokumente, deren Überprüfung in den nächsten zwei Monaten fällig ist.
4. Wird ein Dokument ersetzt oder zurückgezogen, entfernt der ${dc.owner.title} es von allen
   Verwendungsorten, kennzeichnet die aufbewahrte Kopie als ersetzt und bewahrt sie für die im
   <@sms.link "documented-information-control"/> festgelegte Frist im Archiv der ${library} auf.
5. Vierteljährlich prüft der ${dc.owner.title} eine Stichprobe von mindestens fünf Einträgen anhand der
   Dokumente und Aufzeichnungen selbst: Version und Status stimmen überein, der Link öffnet die aktuelle
   Ausgabe, und die Aufzeichnungen befinden sich am angegebenen Ablageort und werden dort geführt.
   Abweichungen werden korrigiert und, wenn sie ein Versagen der Lenkung zeigen, als Nichtkonformitäten nach
   dem <@sms.link "nonconformity-and-corrective-action"/> erfasst.
6. Änderungen an diesem Verzeichnis werden vom ${dc.approver.title} zusammen mit den betroffenen Dokumenten
   genehmigt. Das Verzeichnis wird bei jeder Managementbewertung als Ganzes überprüft.
