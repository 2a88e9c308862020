<#-- Die Texte des Formulars für den internen Auditbericht (deutsch); die Struktur steht in form-audit-report.md.ftl. -->
@@useTitle
Verwendung dieses Formulars
@@use
Der leitende Auditor gibt diesen Bericht innerhalb von fünf Arbeitstagen nach der Abschlussbesprechung
heraus, wie es das <@sms.link "internal-audit"/> verlangt, an den Verantwortlichen des auditierten Bereichs
und an ${sms.manager.de.den} ${sms.manager.title}. Eine Hauptabweichung wird innerhalb von zwei Arbeitstagen
nach der Abschlussbesprechung an ${sms.topManagement.de.den} ${sms.topManagement.title} gemeldet, ohne den Bericht abzuwarten. Nichtkonformitäten werden
anschließend nach dem <@sms.link "nonconformity-and-corrective-action"/> behandelt,
Verbesserungspotenziale nach dem <@sms.link "continual-improvement"/>.
@@auditTitle
1. Audit
@@auditTable
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
@@summaryTitle
2. Zusammenfassung
@@summaryTable
| Zusammenfassung | |
|---|---|
| Funktionsfähigkeit des Bereichs: Schlussfolgerung des Audits | |
| Beobachtete gute Praxis | |
@@findingsCountRow grade
| Anzahl der Feststellungen: ${grade} | |
@@findingsTitle
3. Feststellungen
@@gradingIntro
Jede Feststellung wird nach den Einstufungen des Verfahrens bewertet:
@@findingsHeader
| ${t["form.no"]} | Einstufung | Anforderung (Abschnitt oder Dokument) | Feststellung und Nachweis | In der Abschlussbesprechung abgestimmt |
|---|---|---|---|---|
@@followUpTitle
4. Nachverfolgung
@@followUpTable
| Nachverfolgung | |
|---|---|
| Nichtkonformitäten in das Register der Korrekturmaßnahmen eingetragen am | |
| Verbesserungspotenziale in das Verbesserungsregister eingetragen am | |
| Hauptabweichung an ${sms.topManagement.de.den} ${sms.topManagement.title} gemeldet am | |
| Wirksamkeit der Korrekturmaßnahmen bestätigt und Feststellungen geschlossen am | |
@@signOffTitle
Freigabe
@@reportIssued
Bericht herausgegeben durch den leitenden Auditor
@@receivedByAreaOwner
Erhalten durch den Verantwortlichen des auditierten Bereichs
@@received
Erhalten
