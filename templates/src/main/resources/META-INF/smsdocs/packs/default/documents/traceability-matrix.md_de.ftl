<#assign statusText = {"implemented": "Umgesetzt", "partial": "Teilweise umgesetzt", "missing": "Nicht umgesetzt", "not assessed": "Nicht bewertet"}>
<#assign counts = {}>
<#list ["implemented", "partial", "missing", "not assessed"] as s>
<#assign counts = counts + {s: traceability?filter(e -> e.status == s)?size}>
</#list>
<#assign uncovered = traceability?filter(e -> !e.documents?has_content)>
<@sms.section title="Zweck" key="purpose"/>

Diese Matrix zeigt für jeden Abschnitt der ${sms.standard}, welche Dokumente des Servicemanagementsystems
(SMS) von ${org.name} ihn behandeln, bis hinunter auf die Ebene der Kapitel, und wie weit der Abschnitt
laut Gap-Analyse umgesetzt ist. Sie wird aus den Dokumenten selbst erzeugt und ändert sich daher, sobald
sich ein Dokument oder die Bewertung ändert. Die internen Auditoren nutzen sie zur Planung des
Auditprogramms, und die Zertifizierungsstelle kann sie beim Audit der Stufe 1 verwenden, um die Nachweise
für jede Anforderung zu finden.

<@sms.section title="Wie das SMS die Norm erfüllt" clauses=["4.4"]/>

${sms.standard} lässt keine Ausschlüsse zu: Das SMS muss jeden Abschnitt behandeln. Für jeden der folgenden
Abschnitte sind die Dokumente und Kapitel genannt, die ihn behandeln. Wo die Norm dokumentierte Information
fordert, ist dies in der Spalte „Dokumentierte Information“ angegeben; die Aufzeichnungen sind im
<@sms.link "document-register"/> aufgeführt.

| Status | Abschnitte | Bedeutung |
|---|---|---|
| Umgesetzt | ${counts["implemented"]} | Die Gap-Analyse hat ergeben, dass die Anforderung in der Praxis erfüllt ist. |
| Teilweise umgesetzt | ${counts["partial"]} | Dokumentiert, aber noch nicht vollständig in Anwendung; siehe Anmerkung. |
| Nicht umgesetzt | ${counts["missing"]} | Das Dokument liegt vor; die darin beschriebene Praxis hat noch nicht begonnen. |
| Nicht bewertet | ${counts["not assessed"]} | Die Gap-Analyse hat den Abschnitt nicht gesondert bewertet. Ein Unterabschnitt übernimmt die Bewertung des nächsten bewerteten übergeordneten Abschnitts. |

<#if uncovered?has_content>
Die folgenden Abschnitte werden von keinem Dokument des Satzes behandelt und müssen vor dem Audit der
Stufe 1 abgedeckt werden: ${sms.andList(uncovered?map(e -> e.clause + " " + e.title))}.
<#else>
Jeder Abschnitt wird von mindestens einem Dokument des Satzes behandelt.
</#if>

<@sms.section title="Matrix" key="matrix"/>

| Abschnitt | Anforderungsbereich | Behandelt in | Dokumentierte Information | Status |
|---|---|---|---|---|
<#list traceability as e>
<#-- A clause addressed by one document per service (the SLAs) names the first ten and counts the rest. -->
<#assign shown = (e.documents?size > 12)?then(e.documents[0..<10], e.documents)>
| ${e.clause} | ${e.title} | <#if e.documents?has_content><#list shown as d><@sms.link d.id/><#if d.sections?has_content>: ${d.sections?join("; ")}</#if><#sep>; </#list><#if (e.documents?size > shown?size)> und ${e.documents?size - shown?size} weitere</#if><#else>**nicht behandelt**</#if> | <#if e.documented>Gefordert<#else>—</#if> | ${statusText[e.status]}<#if e.note?has_content>: ${e.note}</#if> |
</#list>

<@sms.section title="Aktualisierung der Matrix" key="keeping-the-matrix-current"/>

Die Matrix wird mit dem Dokumentensatz neu erzeugt; sie wird nicht von Hand bearbeitet. Der
${sms.manager.title} überprüft sie nach jeder Gap-Analyse, vor jedem internen Audit und vor der
Managementbewertung und legt für jeden Abschnitt, der nur teilweise oder nicht umgesetzt ist, eine Maßnahme
im Verbesserungsregister an. Ändert sich der Status eines Abschnitts, wird die Gap-Analyse im SMS-Deskriptor
aktualisiert und der Satz neu erzeugt.
