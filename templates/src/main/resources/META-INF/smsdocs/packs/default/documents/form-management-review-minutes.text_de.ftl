<#-- Die Texte des Formulars für das Protokoll der Managementbewertung (deutsch); die Struktur steht in form-management-review-minutes.md.ftl. -->
@@useTitle
Verwendung dieses Formulars
@@use
${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>halten<#else>hält</#if> das Protokoll jeder Managementbewertung in diesem Formular fest und <#if sms.manager.de.plural?has_content>übermitteln<#else>übermittelt</#if>
den Entwurf innerhalb von fünf Arbeitstagen an die Teilnehmenden, wie es das
<@sms.link "management-review"/> festlegt. Die Teilnehmenden übermitteln Korrekturen innerhalb von drei
Arbeitstagen; anschließend <#if sms.topManagement.de.plural?has_content>genehmigen<#else>genehmigt</#if> ${sms.topManagement.de.der} ${sms.topManagement.title} das Protokoll, und die Maßnahmen werden
in die Maßnahmenliste der Managementbewertung übernommen.
@@meetingTitle
1. Sitzung
@@meetingTable choices
| Sitzung | |
|---|---|
| Datum und Ort | |
| Bewertung | <@choices ["Vollständige Bewertung", "Außerordentliche Bewertung"]/> |
| Betrachteter Zeitraum | |
| Vorsitz | ${sms.topManagement.title} |
| Protokoll geführt von | |
| Beschlussfähig: Vorsitz (oder förmlich benannte Vertretung) und ${sms.manager.title} anwesend, mindestens zwei Drittel der Prozessverantwortlichen anwesend oder mit schriftlichem Bericht | <@choices ["Ja", "Nein: Bewertung innerhalb von vier Wochen neu ansetzen"]/> |
@@attendanceTitle
2. Teilnahme
@@attendanceHeader
| ${t.role} | ${t.holder} | Anwesend | Vertretung, entschuldigt oder schriftlicher Bericht |
|---|---|---|---|
@@attendanceInvited
| Für einen Punkt eingeladen | | ☐ | |
| Für einen Punkt eingeladen | | ☐ | |
@@inputsTitle
3. Behandelte Eingaben
@@inputsHeader
| ${t["form.no"]} | Eingabe | Ergebnisse, Trend und Bedeutung für das SMS |
|---|---|---|
@@conclusionsTitle
4. Schlussfolgerungen
@@conclusionsTable choices
| Schlussfolgerungen | |
|---|---|
| Das SMS ist für die Organisation weiterhin geeignet | <@choices ["Ja", "Nein, weil"]/> |
| Das SMS ist für die Services weiterhin angemessen | <@choices ["Ja", "Nein, weil"]/> |
| Das SMS erreicht seine Ziele wirksam | <@choices ["Ja", "Nein, weil"]/> |
| Die Servicemanagementpolitik muss geändert werden | <@choices ["Nein", "Ja"]/> |
| Die Servicemanagementziele oder ihre Zielwerte müssen geändert werden | <@choices ["Nein", "Ja"]/> |
@@decisionsTitle
5. Entscheidungen und Maßnahmen
@@decisionsIntro
Jede Entscheidung oder Maßnahme hat einen dieser Gegenstände: eine Verbesserungsmöglichkeit; eine Änderung
des SMS, seiner Politik, Ziele, seines Anwendungsbereichs, Plans oder seiner Prozesse; eine Änderung an
Services, Service-Level-Zielen oder Lieferantenvereinbarungen; Ressourcen; Risiken und Chancen; eine
Korrekturmaßnahme, die über die Befugnis eines Prozessverantwortlichen hinausgeht.
@@decisionsHeader
| ${t["form.no"]} | Entscheidung oder Maßnahme | Gegenstand | Verantwortlich | Fällig |
|---|---|---|---|---|
@@nextReviewTable
| Nächste Bewertung | |
|---|---|
| Termin der nächsten Bewertung | |
| Bis dahin nachzuverfolgende Punkte | |
@@signOffTitle
Freigabe
@@minutesWritten
Protokoll erstellt
@@minutesApproved
Protokoll genehmigt
