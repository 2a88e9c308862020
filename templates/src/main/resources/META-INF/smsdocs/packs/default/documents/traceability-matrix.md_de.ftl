<@sms.section title="Zweck" key="purpose"/>

Diese Matrix zeigt für jeden Abschnitt der ${sms.standard}, welche Dokumente des Servicemanagementsystems
(SMS) von ${org.name} ihn behandeln, bis hinunter auf die Ebene der Kapitel, und wie weit der Abschnitt
laut Gap-Analyse umgesetzt ist. Sie wird aus den Dokumenten selbst zusammengestellt und aktualisiert, sobald
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
| Umgesetzt | ${traceabilityMatrix.counts.implemented} | Die Gap-Analyse hat ergeben, dass die Anforderung in der Praxis erfüllt ist. |
| Teilweise umgesetzt | ${traceabilityMatrix.counts.partial} | Dokumentiert, aber noch nicht vollständig in Anwendung; siehe Anmerkung. |
| Nicht umgesetzt | ${traceabilityMatrix.counts.missing} | Das Dokument liegt vor; die darin beschriebene Praxis hat noch nicht begonnen. |
| Nicht bewertet | ${traceabilityMatrix.counts.notAssessed} | Die Gap-Analyse hat den Abschnitt nicht gesondert bewertet. Ein Unterabschnitt übernimmt die Bewertung des nächsten bewerteten übergeordneten Abschnitts. |

<#if traceabilityMatrix.uncovered?has_content>
Die folgenden Abschnitte werden von keinem Dokument des Satzes behandelt und müssen vor dem Audit der
Stufe 1 abgedeckt werden: ${sms.andList(traceabilityMatrix.uncovered)}.
<#else>
Jeder Abschnitt wird von mindestens einem Dokument des Satzes behandelt.
</#if>

<@sms.section title="Matrix" key="matrix"/>

| Abschnitt | Anforderungsbereich | Behandelt in | Dokumentierte Information | Status |
|---|---|---|---|---|
<#list traceabilityMatrix.rows as e>
| ${e.clause} | ${e.title} | <#if e.documents?has_content><#list e.documents as d><@sms.link d.id/><#if d.sections?has_content>: ${d.sections?join("; ")}</#if><#sep>; </#list><#else>**nicht behandelt**</#if> | <#if e.documented>Gefordert<#else>—</#if> | ${e.statusTitle}<#if e.note?has_content>: ${e.note}</#if> |
</#list>

<#if forms.all?has_content>
<@sms.section title="Formulare" key="forms"/>

Die Formulare des Satzes werden oben nicht mitgezählt: Ein Formular behandelt keinen Abschnitt, es ist die
Vorlage der Aufzeichnung, die zeigt, dass der Abschnitt in der Praxis erfüllt wird. Jedes Formular ist hier
mit den Abschnitten aufgeführt, für die seine Aufzeichnung den Nachweis bildet, damit ein Auditor von einem
Abschnitt zu den zu prüfenden Aufzeichnungen gelangt.

| Formular | Erzeugte Aufzeichnung | Nachweis für Abschnitte |
|---|---|---|
<#list forms.all as f>
| <@sms.link f.doc.id/> | ${f.record} | <#list f.clauses as c>${c}<#sep>, </#list> |
</#list>

</#if>
<@sms.section title="Aktualisierung der Matrix" key="keeping-the-matrix-current"/>

Die Matrix wird mit dem Dokumentensatz neu herausgegeben; sie wird nicht von Hand bearbeitet. Der
${sms.manager.title} überprüft sie nach jeder Gap-Analyse, vor jedem internen Audit und vor der
Managementbewertung und legt für jeden Abschnitt, der nur teilweise oder nicht umgesetzt ist, eine Maßnahme
im <@sms.link "improvement-register"/> an. Ändert sich der Status eines Abschnitts, wird die Gap-Analyse in den SMS-Stammdaten
aktualisiert und die Matrix neu herausgegeben.
