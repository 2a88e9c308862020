<#include "/sections/form-parts.ftl">
<#include "/sections/audit-grades.ftl">
<@sms.section title="Verwendung dieses Formulars" key="use-of-this-form"/>

Der leitende Auditor bereitet diese Checkliste für jedes Audit des Auditprogramms vor, wie es das
<@sms.link "internal-audit"/> festlegt, und die Auditoren füllen sie beim Erheben der Nachweise aus. Die
Checkliste führt jeden Abschnitt der ${sms.standard} auf; die Auditoren füllen die Zeilen der Abschnitte
im Umfang des Audits aus und ergänzen die Fragen und Stichproben, die der Bereich erfordert. Die
Feststellungen werden in das <@sms.link "form-audit-report"/> übernommen.

<@recordBlock/>

<@sms.section title="1. Audit" key="1.-audit"/>

| Audit | |
|---|---|
| Auditnummer | |
| Auditierter Bereich | |
| Auditierter (Verantwortlicher des Bereichs) | |
| Leitender Auditor | |
| Auditoren | |
| Termine | |
| Betrachteter Zeitraum | |
| Kriterien | <@choices [sms.standard, "Dokumente des SMS", "Service-Level-Vereinbarungen", "Verträge mit " + t.externalSuppliersInflected, "Gesetzliche und behördliche Anforderungen"]/> |
| Auditoren vom Bereich unabhängig (keine Tätigkeit darin in den letzten zwölf Monaten) | <@choices ["Bestätigt"]/> |

<#if auditProgramme.rows?has_content>
Die Bereiche des Auditprogramms (<@sms.link "audit-programme"/>) mit ihren Verantwortlichen:

| ${t["form.tick"]} | Bereich | Abschnitte | Auditierter |
|---|---|---|---|
<#list auditProgramme.rows as r>
| ☐ | ${r.name} | ${r.clauseText} | ${r.owner.title} |
</#list>

</#if>
<@sms.section title="2. Checkliste" key="2.-checklist"/>

Ergebnis: ✓, wenn die Anforderung erfüllt ist, andernfalls die Einstufung der Feststellung: <#list auditGrades as g>${g.grade}<#sep>, </#list>.

| Abschnitt | Anforderung | Geprüfte Nachweise (Aufzeichnungen, Befragungen, Beobachtung) | Ergebnis | Feststellung |
|---|---|---|---|---|
<#list clauseTitle as number, title>
| ${number} | ${title} | | | |
</#list>

<@sms.section title="3. Gezogene Stichproben" key="3.-samples-taken"/>

| Art der Aufzeichnung | Geprüfte Referenzen | Zeitraum |
|---|---|---|
<@blankRows 6 3/>

<@sms.section title="4. Weitere Fragen" key="4.-further-questions"/>

| Frage | Nachweis | Ergebnis |
|---|---|---|
<@blankRows 6 3/>

<@sms.section title="Freigabe" key="sign-off"/>

<@signoff [
  {"step": "Checkliste vorbereitet durch den leitenden Auditor"},
  {"step": "Audit abgeschlossen durch den leitenden Auditor"}
]/>
