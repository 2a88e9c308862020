<#include "/sections/form-parts.ftl">
<#include "/sections/audit-grades.ftl">
<@sms.section title="Verwendung dieses Formulars" key="use-of-this-form"/>

Der leitende Auditor gibt diesen Bericht innerhalb von fünf Arbeitstagen nach der Abschlussbesprechung
heraus, wie es das <@sms.link "internal-audit"/> verlangt, an den Verantwortlichen des auditierten Bereichs
und an den ${sms.manager.title}. Eine Hauptabweichung wird dem ${sms.topManagement.title} innerhalb von zwei
Arbeitstagen nach der Abschlussbesprechung gemeldet, ohne den Bericht abzuwarten. Nichtkonformitäten werden
anschließend nach dem <@sms.link "nonconformity-and-corrective-action"/> behandelt,
Verbesserungspotenziale nach dem <@sms.link "continual-improvement"/>.

<@recordBlock/>

<@sms.section title="1. Audit" key="1.-audit"/>

| Audit | |
|---|---|
| Auditnummer | |
| Auditierter Bereich, wie im Auditprogramm benannt | |
| Umfang: Prozesse, Services, Standorte und betrachteter Zeitraum | |
| Kriterien | |
| Eröffnungs- und Abschlussbesprechung (Termine) | |
| Leitender Auditor | |
| Auditoren | |
| Auditierte und befragte Personen | |
| Gezogene Stichproben | |
| Nicht auditierte Teile des Umfangs, mit Begründung | |

<@sms.section title="2. Zusammenfassung" key="2.-summary"/>

| Zusammenfassung | |
|---|---|
| Funktionsfähigkeit des Bereichs: Schlussfolgerung des Audits | |
| Beobachtete gute Praxis | |
<#list auditGrades as g>
| Anzahl der Feststellungen: ${g.grade} | |
</#list>

<@sms.section title="3. Feststellungen" key="3.-findings"/>

Jede Feststellung wird nach den Einstufungen des Verfahrens bewertet:

<@gradeTable/>

| ${t["form.no"]} | Einstufung | Anforderung (Abschnitt oder Dokument) | Feststellung und Nachweis | In der Abschlussbesprechung abgestimmt |
|---|---|---|---|---|
<@blankRows 8 5 true/>

<@sms.section title="4. Nachverfolgung" key="4.-follow-up"/>

| Nachverfolgung | |
|---|---|
| Nichtkonformitäten in das Register der Korrekturmaßnahmen eingetragen am | |
| Verbesserungspotenziale in das Verbesserungsregister eingetragen am | |
| Hauptabweichung dem ${sms.topManagement.title} gemeldet am | |
| Wirksamkeit der Korrekturmaßnahmen bestätigt und Feststellungen geschlossen am | |

<@sms.section title="Freigabe" key="sign-off"/>

<@signoff [
  {"step": "Bericht herausgegeben durch den leitenden Auditor"},
  {"step": "Erhalten durch den Verantwortlichen des auditierten Bereichs"},
  {"step": "Erhalten", "role": sms.manager}
]/>
