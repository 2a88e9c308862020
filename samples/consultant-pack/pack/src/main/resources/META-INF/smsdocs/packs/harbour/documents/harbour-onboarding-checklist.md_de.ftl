<#--
id: harbour-onboarding-checklist
title: SMS Onboarding and Go-Live Checklist
kind: plan
code: PLN-90
order: 130
clauses: ["5.3", "6.2.1", "6.3", "7.1", "7.5.3", "8.1"]
editions: {"2018": {}}
-->
<#-- Harbour Consulting, deutsche Fassung: die Checkliste, die ein Kunde mit seinem Harbour-Berater zwischen
     dem Auftakt und dem Tag abarbeitet, an dem das SMS in Betrieb geht. Jede Zeile wird aus dem Deskriptor
     berechnet, sodass die Checkliste bei jeder Erzeugung des Satzes zeigt, was noch offen ist.
     Sie zitiert die Abschnitte, die sie plant und prüft, und keinen Prozessabschnitt (8.2.4, 8.3.3 ...):
     Der SMS-Plan führt die Dokumente jedes Prozesses danach auf, und eine Checkliste ist kein
     Prozessdokument. Der Titel kommt aus messages/messages_de.properties dieses Pakets. -->
<#assign top = sms.topManagement>
<#assign manager = sms.manager>
<#assign dc = sms.documentControl>
<#assign keyRoles = roles?filter(r -> r.id == top.id || r.id == manager.id || r.ownedProcesses?has_content
    || r.ownedServices?has_content || r.managedSuppliers?has_content)>
<#assign unnamed = keyRoles?filter(r -> !r.person?has_content)>
<#assign untooled = processList?filter(p -> !p.tool?has_content)>
<#assign managerProcesses = processList?filter(p -> p.owner.id == manager.id)>
<#assign noCustomer = services?filter(s -> !s.customers?has_content)>
<#assign noContract = suppliers?filter(s -> !s.contractRef?has_content)>
<#-- Der Status eines freigegebenen Dokuments ist der des Bündels ("Freigegeben"), nicht "Approved". -->
<#assign drafts = documents?filter(d -> d.status != t.statusApproved)>
<#assign openGaps = implementation.gaps?filter(g -> g.status != "implemented")>
<#assign openReadiness = roadmap.readiness?filter(i -> !i.passed)>
<#import "/lib/harbour.ftl" as harbour>
<@sms.documentHeader/>

<@sms.section title="Zweck" key="purpose"/>

Diese Checkliste führt ${org.name} von der Entscheidung, ein Servicemanagementsystem (SMS) zu betreiben,
bis zu dem Tag, an dem das SMS in Betrieb geht und die Zertifizierungsaudits gebucht werden können. Sie
wurde im Auftaktgespräch mit Harbour Consulting vereinbart und wird vom <@sms.roleWithPerson manager/>,
der für sie verantwortlich ist, gemeinsam mit den darin genannten Prozess- und Serviceverantwortlichen
abgearbeitet. Jede Zeile wird aus dem SMS-Deskriptor abgeleitet, sodass die Checkliste bei jeder
Erzeugung des Dokumentensatzes aktuell ist: Eine mit „Handlungsbedarf“ markierte Zeile nennt, was fehlt,
und wechselt auf „Erledigt“, sobald der Deskriptor die fehlende Entscheidung enthält.

<@sms.section title="Verwendung dieser Checkliste" key="how-to-use-this-checklist"/>

1. Arbeiten Sie die Abschnitte der Reihe nach ab: Verantwortlichkeiten und Rollen stehen am Anfang, weil
   jede spätere Zeile einen Verantwortlichen nennt.
2. Halten Sie jede Entscheidung im SMS-Deskriptor fest, nicht in diesem Dokument, und erzeugen Sie den
   Dokumentensatz neu. Das Dokumentenverzeichnis und die Rückverfolgbarkeitsmatrix folgen automatisch.
3. Gehen Sie die offenen Zeilen in der wöchentlichen Einführungsbesprechung durch, bis keine mehr übrig
   ist. Das SMS geht in Betrieb, wenn ${top.de.der} ${top.title} die Entscheidung über die Inbetriebnahme am Ende
   dieser Checkliste unterzeichnet.

<@sms.section title="Verantwortlichkeiten und Rollen" clauses=["5.3"]/>

| Prüfpunkt | Stand | Einzelheiten |
|---|---|---|
| Die oberste Leitung des SMS ist benannt | <@harbour.state top.person?has_content/> | <@sms.roleWithPerson top/> |
| Das SMS hat einen Verantwortlichen | <@harbour.state manager.person?has_content/> | <@sms.roleWithPerson manager/> |
| Dokumente haben einen Standardverantwortlichen und eine Standardfreigabe | Erledigt | Verantwortlich: ${dc.owner.title}; Freigabe: ${dc.approver.title} |
| Jede Rolle, die einen Prozess, einen Service oder einen Lieferanten verantwortet, hat einen benannten Inhaber | <@harbour.state !unnamed?has_content/> | <#if unnamed?has_content>Noch ohne Inhaber: <#list unnamed as r>${r.title}<#sep>, </#list><#else>${keyRoles?size} Rollen, jede mit Inhaber</#if> |
| Der SMS-Verantwortliche verantwortet nicht jeden Prozess | <@harbour.state managerProcesses?size lt processList?size/> | ${manager.de.Der} ${manager.title} verantwortet ${managerProcesses?size} von ${processList?size} Prozessen |

| Rolle | Inhaber | Verantwortet |
|---|---|---|
<#list keyRoles as r>
| ${r.title} | ${r.person!"Noch nicht benannt"} | <#if r.ownedProcesses?has_content>${r.ownedProcesses?size} Prozess<#if r.ownedProcesses?size != 1>e</#if></#if><#if r.ownedProcesses?has_content && r.ownedServices?has_content>, </#if><#if r.ownedServices?has_content>${r.ownedServices?size} Service<#if r.ownedServices?size != 1>s</#if></#if><#if (r.ownedProcesses?has_content || r.ownedServices?has_content) && r.managedSuppliers?has_content>, </#if><#if r.managedSuppliers?has_content>${r.managedSuppliers?size} Lieferant<#if r.managedSuppliers?size != 1>en</#if></#if><#if !r.ownedProcesses?has_content && !r.ownedServices?has_content && !r.managedSuppliers?has_content>Leitung des SMS</#if> |
</#list>

<@sms.section title="Ziele" clauses=["6.2.1"]/>

<#if sms.objectives?has_content>
| Ziel | Messgröße | Zielwert | Verantwortlich | Stand |
|---|---|---|---|---|
<#list sms.objectives as o>
| ${o.objective} | ${o.measure!""} | ${o.target!""} | ${o.owner.title} | <@harbour.state o.measure?has_content && o.target?has_content/> |
</#list>
<#else>
Es ist noch kein Servicemanagementziel erfasst. Legen Sie vor der Inbetriebnahme mindestens ein Ziel je
wesentlichem Serviceergebnis fest; ${top.de.der} ${top.title} gibt die Ziele frei.
</#if>

<@sms.section title="Prozesse, Verantwortliche und Tools" clauses=["7.1", "8.1"]/>

Jeder Prozess des SMS braucht einen Verantwortlichen, der beim internen Audit für ihn einsteht, und ein
Tool oder einen Ort, an dem seine Aufzeichnungen geführt werden. <#if untooled?has_content>Für ${untooled?size} Prozess<#if untooled?size != 1>e</#if> ist noch kein Tool erfasst; bis eines gewählt ist, nennen die Dokumente „${t.defaultTool}“.<#else>Für jeden Prozess ist ein Tool erfasst.</#if>

| Abschnitt | Prozess | Verantwortlich | Tool | Stand |
|---|---|---|---|---|
<#list processList as p>
| ${p.clause} | ${p.name} | <@sms.roleWithPerson p.owner/> | ${p.tool!"Noch nicht gewählt"} | <@harbour.state p.tool?has_content/> |
</#list>

<@sms.section title="Services und Vereinbarungen" key="services-and-agreements"/>

<#if services?has_content>
| Service | Verantwortlich | Kunden | Servicezeiten | Zielwert | Vereinbarung | Stand |
|---|---|---|---|---|---|---|
<#list services as s>
| ${s.name} | ${s.owner.title} | <@sms.names items=s.customers empty="Keine erfasst"/> | ${s.hours} | ${sms.pct(s.availabilityTarget)} (${s.allowedDowntime} pro Monat) | <@sms.link "sla-" + s.id/> | <@harbour.state s.customers?has_content/> |
</#list>

Vor der Inbetriebnahme wird jede Service-Level-Vereinbarung vom Ansprechpartner des Kunden und vom
Serviceverantwortlichen unterzeichnet, und der Service wird in den <@sms.link "service-catalogue"/>
aufgenommen.
<#else>
Es ist noch kein Service erfasst. Nehmen Sie zuerst die Services im Anwendungsbereich in den Deskriptor
auf: Der größte Teil dieser Checkliste hängt von ihnen ab.
</#if>

<@sms.section title="Lieferanten" key="suppliers"/>

<#if suppliers?has_content>
| Lieferant | Art | Unterstützt | Vertrag oder Vereinbarung | Gesteuert durch | Stand |
|---|---|---|---|---|---|
<#list suppliers as s>
| ${s.name} | ${sms.word(s.type)} | <@sms.names items=s.services empty="Noch kein Service"/> | ${s.contractRef!"Nicht erfasst"} | ${s.manager.title} | <@harbour.state s.contractRef?has_content && s.services?has_content/> |
</#list>
<#if noContract?has_content>

Erfassen Sie vor der Inbetriebnahme die Vertrags- oder Vereinbarungsreferenz für
<@sms.names items=noContract/>: Der Auditor prüft Lieferantenverträge stichprobenartig gegen die Services,
die sie unterstützen.
</#if>
<#else>
Es ist kein Lieferant erfasst. Lassen Sie ${top.de.den} ${top.title} bestätigen, dass keine andere Partei zu den
Services beiträgt.
</#if>

<@sms.section title="Dokumentierte Information" clauses=["7.5.3"]/>

| Prüfpunkt | Stand | Einzelheiten |
|---|---|---|
| Der Dokumentensatz hat ein Datum des Inkrafttretens | <@harbour.state sms.effectiveDate?has_content/> | <#if sms.effectiveDate?has_content>Gültig ab ${sms.effectiveDate}, Überprüfung alle ${dc.reviewIntervalMonths} Monate<#else>Die Dokumente sind Entwürfe und gelten ab ihrer Freigabe</#if> |
| Jedes Dokument ist freigegeben | <@harbour.state !drafts?has_content/> | <#if drafts?has_content>${drafts?size} von ${documents?size} Dokumenten <#if drafts?size == 1>ist<#else>sind</#if> noch nicht freigegeben<#else>Alle ${documents?size} Dokumente sind freigegeben</#if> |
| Der Dokumentensatz ist dort veröffentlicht, wo die Mitarbeitenden ihn finden | Erledigt | Das <@sms.link "document-register"/> führt jedes Dokument und seinen Ablageort auf |
| Die Klassifizierung ist vereinbart | Erledigt | ${dc.classification} |

<@sms.section title="Offene Lücken" clauses=["6.3"]/>

<#if openGaps?has_content>
${openGaps?size} Abschnitt<#if openGaps?size != 1>e sind<#else> ist</#if> aus der Gap-Analyse noch offen. Jeder ist im
<@sms.link "implementation-plan"/> eingeplant; die Inbetriebnahme wartet auf die als fehlend bewerteten.

| Abschnitt | Status | Anmerkung |
|---|---|---|
<#list openGaps as g>
| ${g.clause} ${clauseTitle[g.clause]!""} | ${sms.word(g.status)} | ${g.note!""} |
</#list>
<#else>
Es ist keine Lücke offen. Bestätigen Sie mit dem internen Audit, dass die umgesetzten Abschnitte in der
Praxis wirksam sind.
</#if>

<@sms.section title="Zertifizierungsreife" key="certification-readiness"/>

<#if certification.body?has_content>
Die Zertifizierungsstelle ist ${certification.body}.<#if certification.stage1?has_content> Das Audit der Stufe 1 ist für den ${certification.stage1} geplant<#if certification.stage2?has_content>, das Audit der Stufe 2 für den ${certification.stage2}</#if>.</#if>
<#else>
Es ist noch keine Zertifizierungsstelle gewählt. Holen Sie mindestens zwei Angebote ein, sobald die oben
genannten offenen Lücken eingeplant sind.
</#if>

<#if openReadiness?has_content>
${openReadiness?size} von ${roadmap.readiness?size} Punkten der Zertifizierungsreife sind offen (siehe <@sms.link "certification-roadmap"/>):

<#list openReadiness as i>
<#-- Die Abschnittspunkte nennen jeden offenen Abschnitt; der Fahrplan führt sie auf, die Checkliste bleibt bei einer Zeile je Punkt. -->
- ${i.title}: <#if i.detail?length lt 100>${i.detail}<#else>offen, die Abschnitte nennt der Fahrplan</#if>
</#list>
<#else>
Alle ${roadmap.readiness?size} Punkte der Zertifizierungsreife aus dem <@sms.link "certification-roadmap"/> sind erfüllt.
</#if>

<@sms.section title="Entscheidung über die Inbetriebnahme" key="go-live-decision"/>

| Entscheidung | Name | Datum | Unterschrift |
|---|---|---|---|
| Die Checkliste ist vollständig, und das SMS geht in Betrieb | <@sms.roleWithPerson top/> | | |
| Mit dem Kunden abgestimmt | Projektleitung Harbour Consulting | | |

<@sms.section title=t.relatedDocuments/>

<@sms.related ["sms-plan", "sms-scope", "implementation-plan", "certification-roadmap", "service-catalogue", "document-register", "traceability-matrix"]/>
