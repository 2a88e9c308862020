<#-- Die Texte der Anforderungs-Rückverfolgbarkeitsmatrix (deutsch); die Struktur steht in traceability-matrix.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Diese Matrix zeigt für jeden Abschnitt der ${sms.standard}, welche Dokumente des Servicemanagementsystems
(SMS) von ${org.name} ihn behandeln, bis hinunter auf die Ebene der Kapitel, und wie weit der Abschnitt
laut Gap-Analyse umgesetzt ist. Sie wird aus den Dokumenten selbst zusammengestellt und aktualisiert, sobald
sich ein Dokument oder die Bewertung ändert. Die internen Auditoren nutzen sie zur Planung des
Auditprogramms, und die Zertifizierungsstelle kann sie beim Audit der Stufe 1 verwenden, um die Nachweise
für jede Anforderung zu finden.
@@howTitle
Wie das SMS die Norm erfüllt
@@how
${sms.standard} lässt keine Ausschlüsse zu: Das SMS muss jeden Abschnitt behandeln. Für jeden der folgenden
Abschnitte sind die Dokumente und Kapitel genannt, die ihn behandeln. Wo die Norm dokumentierte Information
fordert, ist dies in der Spalte „Dokumentierte Information“ angegeben; die Aufzeichnungen sind im
<@sms.link "document-register"/> aufgeführt.
@@statusTable
| Status | Abschnitte | Bedeutung |
|---|---|---|
| Umgesetzt | ${traceabilityMatrix.counts.implemented} | Die Gap-Analyse hat ergeben, dass die Anforderung in der Praxis erfüllt ist. |
| Teilweise umgesetzt | ${traceabilityMatrix.counts.partial} | Dokumentiert, aber noch nicht vollständig in Anwendung; siehe Anmerkung. |
| Nicht umgesetzt | ${traceabilityMatrix.counts.missing} | Das Dokument liegt vor; die darin beschriebene Praxis hat noch nicht begonnen. |
| Nicht bewertet | ${traceabilityMatrix.counts.notAssessed} | Die Gap-Analyse hat den Abschnitt nicht gesondert bewertet. Ein Unterabschnitt übernimmt die Bewertung des nächsten bewerteten übergeordneten Abschnitts. |
@@uncovered
<#if traceabilityMatrix.uncovered?size == 1>Der folgende Abschnitt wird von keinem Dokument des Satzes behandelt und muss vor dem Audit der
Stufe 1 abgedeckt werden<#else>Die folgenden Abschnitte werden von keinem Dokument des Satzes behandelt und müssen vor dem Audit der
Stufe 1 abgedeckt werden</#if>: ${sms.andList(traceabilityMatrix.uncovered)}.
@@allCovered
Jeder Abschnitt wird von mindestens einem Dokument des Satzes behandelt.
@@matrixTitle
Matrix
@@matrixHeader
| Abschnitt | Anforderungsbereich | Behandelt in | Dokumentierte Information | Status |
|---|---|---|---|---|
@@notAddressed
**nicht behandelt**
@@required
Gefordert
@@formsTitle
Formulare
@@formsNotCounted
Die Formulare des Satzes werden oben nicht mitgezählt: Ein Formular behandelt keinen Abschnitt, es ist die
Vorlage der Aufzeichnung, die zeigt, dass der Abschnitt in der Praxis erfüllt wird. Jedes Formular ist hier
mit den Abschnitten aufgeführt, für die seine Aufzeichnung den Nachweis bildet, damit ein Auditor von einem
Abschnitt zu den zu prüfenden Aufzeichnungen gelangt.
@@formsHeader
| Formular | Erzeugte Aufzeichnung | Nachweis für Abschnitte |
|---|---|---|
@@currentTitle
Aktualisierung der Matrix
@@current
Die Matrix wird mit dem Dokumentensatz neu herausgegeben; sie wird nicht von Hand bearbeitet. ${sms.manager.de.Der}
${sms.manager.title} <#if sms.manager.de.plural?has_content>überprüfen<#else>überprüft</#if> sie nach jeder Gap-Analyse, vor jedem internen Audit und vor der
Managementbewertung und <#if sms.manager.de.plural?has_content>legen<#else>legt</#if> für jeden Abschnitt, der nur teilweise oder nicht umgesetzt ist, eine Maßnahme
im <@sms.link "improvement-register"/> an. Ändert sich der Status eines Abschnitts, wird die Gap-Analyse in den SMS-Stammdaten
aktualisiert und die Matrix neu herausgegeben.
