<#assign library = t["documentRegister.library"]>
<#-- Link to a document of the set, or a note when the document has been excluded from it. -->
<#macro held id><#if docs[sms.linkTarget(id)]??><@sms.link id/><#else>nicht im aktuellen Dokumentensatz enthalten</#if></#macro>
<#assign dc = sms.documentControl>
<@sms.section title="Zweck" key="purpose"/>

Dieses Verzeichnis führt die dokumentierte Information des Servicemanagementsystems (SMS) von
${org.name} auf: jedes gelenkte Dokument des SMS mit aktueller Version, Status, Verantwortlichem und Datum
der nächsten Überprüfung, die Dokumente externer Herkunft, auf die sich das SMS stützt, sowie die von der
${sms.standard} geforderten Aufzeichnungen mit dem jeweils verantwortlichen Prozess und dem Ablageort. Es
ist die Referenz, um die aktuelle Fassung jedes SMS-Dokuments aufzufinden und zu prüfen, dass nichts
Gefordertes fehlt.

<@sms.section title="Dokumente des SMS" clauses=["7.5.4"]/>

Der Dokumentensatz umfasst ${documents?size} Dokumente<#if documentRegister.kindCounts?has_content>: ${sms.andList(documentRegister.kindCounts)}</#if>. Jeder
Titel verweist auf die aktuelle Ausgabe des Dokuments<#if forms.all?has_content>; die Formulare sind unten in einer eigenen Gruppe aufgeführt</#if>.

| Dokument-ID | Dokument | Art | Version | Status | Verantwortlich | Nächste Überprüfung | Abschnitte |
|---|---|---|---|---|---|---|---|
<#list documents?filter(d -> d.kind != "form") as d>
| ${d.reference} | <@sms.link d.id/> | ${sms.word(d.kind)} | ${d.version} | ${d.status}<#if d.plannedApproval??> (geplante Freigabe: ${d.plannedApproval})</#if> | ${d.owner.title} | ${d.nextReview} | <#list d.clauses as c>${c}<#sep>, </#list> |
</#list>

<#if forms.all?has_content>
<@sms.section title="Formulare" clauses=["7.5.3"]/>

Die Formulare sind gelenkte Dokumente wie die übrigen: Jedes ist die Vorlage, aus der eine Aufzeichnung
des SMS entsteht. Die Tabelle nennt die Aufzeichnung, die jedes Formular erzeugt, und die Abschnitte, für
die diese Aufzeichnung den Nachweis bildet; ein Formular behandelt selbst keinen Abschnitt. Wo die
ausgefüllten Formulare abgelegt und wie lange sie aufbewahrt werden, ist in der <@sms.link "records-matrix"/>
festgelegt.

| Dokument-ID | Formular | Version | Status | Nächste Überprüfung | Erzeugte Aufzeichnung | Abschnitte |
|---|---|---|---|---|---|---|
<#list forms.all as f>
| ${f.doc.reference} | <@sms.link f.doc.id/> | ${f.doc.version} | ${f.doc.status} | ${f.doc.nextReview} | ${f.record} | <#list f.clauses as c>${c}<#sep>, </#list> |
</#list>

</#if>
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
| Service-Level-Vereinbarungen | 6.1 | <#if documentRegister.slas?has_content><#list documentRegister.slas as d><@sms.link d.id/><#sep>; </#list><#if (documentRegister.moreSlas > 0)> und ${documentRegister.moreSlas} weitere, jeweils in der Tabelle oben aufgeführt</#if><#else>noch keine, da keine Services erfasst sind</#if> |
| Pläne für Servicekontinuität und Verfügbarkeit | 6.3.2 | <@held "service-continuity-plan"/>; <@held "availability-plan"/> |
| Richtlinie für Budgetierung und Kostenrechnung | 6.4 | <@held "budgeting-and-accounting-policy"/> |
| Kapazitätsplan | 6.5 | <@held "capacity-plan"/> |
| Informationssicherheitspolitik | 6.6.1 | <@held "information-security-policy"/> |
| Richtlinie für das Change-Management | 9.2 | <@held "change-management-policy"/> |
| Release-Richtlinie | 9.3 | <@held "release-policy"/> |
| Von der Norm geforderte dokumentierte Verfahren | 4.3.1 | <#if documentRegister.procedures?has_content><#list documentRegister.procedures as d><@sms.link d.id/><#sep>; </#list><#else>nicht im aktuellen Dokumentensatz enthalten</#if> |
| Verträge mit Lieferanten | 7.2 | Dokumente externer Herkunft, siehe unten |
| Vereinbarungen mit internen Gruppen und mit als Lieferant handelnden Kunden | 6.1 | <#if documentRegister.internalAgreements?has_content><#list documentRegister.internalAgreements as d><@sms.link d.id/><#sep>; </#list><#else>Dokumente externer Herkunft, siehe unten</#if> |
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
| Anforderungen und Ziele der Serviceverfügbarkeit | 8.7.1 | <@held "availability-plan"/> |
| Prozesse des SMS | 4.4 | <#if documentRegister.procedures?has_content><#list documentRegister.procedures as d><@sms.link d.id/><#sep>; </#list><#else>nicht im aktuellen Dokumentensatz enthalten</#if> |
| Serviceanforderungen | 8.2.2, 8.3.3 | <@held "service-catalogue"/>; <@held "service-portfolio"/> |
| Servicekatalog | 8.2.4 | <@held "service-catalogue"/> |
| Service-Level-Vereinbarungen | 8.3.3 | <#if documentRegister.slas?has_content><#list documentRegister.slas as d><@sms.link d.id/><#sep>; </#list><#if (documentRegister.moreSlas > 0)> und ${documentRegister.moreSlas} weitere, jeweils in der Tabelle oben aufgeführt</#if><#else>noch keine, da keine Services erfasst sind</#if> |
| Verträge mit externen Lieferanten | 8.3.4.1 | Dokumente externer Herkunft, siehe unten |
| Vereinbarungen mit internen Lieferanten und mit als Lieferant handelnden Kunden | 8.3.4.2 | <#if documentRegister.internalAgreements?has_content><#list documentRegister.internalAgreements as d><@sms.link d.id/><#sep>; </#list><#else>Dokumente externer Herkunft, siehe unten</#if> |
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
<#list documentRegister.externalDocuments as e>
| ${e.document} | ${e.origin} | ${e.reference} | ${e.owner.title} |
</#list>
| Herstellerdokumentation zu Tools und Servicekomponenten | Hersteller | Eingesetztes Produkt und eingesetzte Version | Verantwortlicher des Prozesses, der das Tool nutzt |
| Für die Services geltende Rechtsvorschriften und behördliche Vorgaben | Gesetzgeber und Aufsichtsbehörden | Titel und Datum der aktuellen Fassung | ${sms.manager.title} |

<#if !suppliers?has_content>
Derzeit tragen ${t.neitherExternalNorInternalSuppliers} zu den Services im Anwendungsbereich bei.
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
<#list documentRegister.records as r>
| ${r.record} | ${sms.clauseRef(r.clause, r.clause2011!"")} | ${r.area} | ${r.owner.title} | ${r.where} | <@held r.doc/> |
</#list>

Weitere Aufzeichnungen des SMS, etwa Serviceberichte, Release-Aufzeichnungen und Protokolle von
Lieferantenbesprechungen, sind im Abschnitt „Aufzeichnungen“ des Verfahrens aufgeführt, in dem sie
entstehen.

<@sms.section title="Pflege des Verzeichnisses" clauses=["7.5.3"]/>

1. Der ${doc.owner.title} ist für dieses Verzeichnis verantwortlich<#if doc.owner.id == dc.owner.id> und aktualisiert es<#else>; der ${dc.owner.title} aktualisiert es</#if>
   innerhalb von zwei Arbeitstagen, sobald ein Dokument freigegeben, neu herausgegeben oder zurückgezogen
   wird oder sich der Ablageort einer Aufzeichnung ändert.
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
6. Ein Eintrag ändert sich, wenn das betroffene Dokument genehmigt wird, und wird mit ihm genehmigt. Das
   Verzeichnis als Ganzes wird vom ${doc.approver.title} genehmigt und bei jeder Managementbewertung
   überprüft.
