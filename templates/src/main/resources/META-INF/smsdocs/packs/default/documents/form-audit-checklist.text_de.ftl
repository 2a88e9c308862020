<#-- Die Texte der Checkliste für interne Audits (deutsch); die Struktur steht in form-audit-checklist.md.ftl. -->
@@useTitle
Verwendung dieses Formulars
@@use
Der leitende Auditor bereitet diese Checkliste für jedes Audit des Auditprogramms vor, wie es das
<@sms.link "internal-audit"/> festlegt, und die Auditoren füllen sie beim Erheben der Nachweise aus. Die
Checkliste führt jeden Abschnitt der ${sms.standard} auf; die Auditoren füllen die Zeilen der Abschnitte
im Umfang des Audits aus und ergänzen die Fragen und Stichproben, die der Bereich erfordert. Die
Feststellungen werden in das <@sms.link "form-audit-report"/> übernommen.
@@auditTitle
1. Audit
@@auditTable
| Audit | |
|---|---|
| Auditnummer | |
| Auditierter Bereich | |
| Auditierter (Verantwortlicher des Bereichs) | |
| Leitender Auditor | |
| Auditoren | |
| Termine | |
| Betrachteter Zeitraum | |
@@criteria
Kriterien
@@smsDocuments
Dokumente des SMS
@@slas
Service-Level-Vereinbarungen
@@supplierContracts
Verträge mit ${t.externalSuppliersInflected}
@@legalRequirements
Gesetzliche und behördliche Anforderungen
@@independence
Auditoren vom Bereich unabhängig (keine Tätigkeit darin in den letzten zwölf Monaten)
@@confirmed
Bestätigt
@@areasIntro
Die Bereiche des Auditprogramms (<@sms.link "audit-programme"/>) mit ihren Verantwortlichen:
@@areasHeader
| ${t["form.tick"]} | Bereich | Abschnitte | Auditierter |
|---|---|---|---|
@@checklistTitle
2. Checkliste
@@resultKey grades
Ergebnis: ✓, wenn die Anforderung erfüllt ist, andernfalls die Einstufung der Feststellung: <#list grades as g>${g.grade}<#sep>, </#list>.
@@checklistHeader
| Abschnitt | Anforderung | Geprüfte Nachweise (Aufzeichnungen, Befragungen, Beobachtung) | Ergebnis | Feststellung |
|---|---|---|---|---|
@@samplesTitle
3. Gezogene Stichproben
@@samplesHeader
| Art der Aufzeichnung | Geprüfte Referenzen | Zeitraum |
|---|---|---|
@@questionsTitle
4. Weitere Fragen
@@questionsHeader
| Frage | Nachweis | Ergebnis |
|---|---|---|
@@signOffTitle
Freigabe
@@prepared
Checkliste vorbereitet durch den leitenden Auditor
@@completed
Audit abgeschlossen durch den leitenden Auditor
