<#-- Die Texte des Formulars Tagesordnung der Managementbewertung (deutsch); die Struktur steht in form-management-review-agenda.md.ftl. -->
@@useTitle
Verwendung dieses Formulars
@@use
${sms.manager.de.Der} ${sms.manager.title} ${sms.manager.de.plural?has_content?then("füllen", "füllt")} diese Tagesordnung für jede Managementbewertung aus und ${sms.manager.de.plural?has_content?then("verteilen", "verteilt")} sie mit den
Bewertungsunterlagen mindestens fünf Arbeitstage vor der Bewertung, wie es das
<@sms.link "management-review"/> festlegt. Die Punkte folgen den Eingaben für die Bewertung aus dem
Verfahren, in derselben Reihenfolge; den Vorsitz ${sms.topManagement.de.plural?has_content?then("haben", "hat")} ${sms.topManagement.de.der} ${sms.topManagement.title}. Das Protokoll wird im
<@sms.link "form-management-review-minutes"/> festgehalten.
@@meetingTitle
1. Sitzung
@@fullReview
Vollständige Bewertung
@@extraordinaryReview
Außerordentliche Bewertung
@@meetingTable reviewChoices
| Sitzung | |
|---|---|
| Datum, Uhrzeit und Ort | |
| Bewertung | ${reviewChoices} |
| Anlass einer außerordentlichen Bewertung | |
| Betrachteter Zeitraum | |
| Vorsitz | ${sms.topManagement.title} |
| Bewertungsunterlagen verteilt am | |
@@invitedTitle
2. Eingeladen
@@invitedHeader
| ${t.role} | ${t.holder} | Stellt vor |
|---|---|---|
@@chairs
Leitet die Bewertung
@@overallPerformance
Die Gesamtleistung des SMS
@@chairsAndOverallPerformance
Leitet die Bewertung; die Gesamtleistung des SMS
@@invitedForItem
| Für einen Punkt eingeladen | | |
| Für einen Punkt eingeladen | | |
@@agendaTitle
3. Tagesordnung
@@agendaHeader
| ${t["form.no"]} | Punkt | Vorgestellt von | Zeit |
|---|---|---|---|
@@opening
Eröffnung: Beschlussfähigkeit und Tagesordnung
@@conclusions
Schlussfolgerungen: Ist das SMS weiterhin geeignet, angemessen und wirksam? Müssen Politik und Ziele geändert werden?
@@decisionsItem
Entscheidungen und Maßnahmen, jeweils mit Verantwortlichem und Termin
@@nextReview
Termin der nächsten Bewertung und bis dahin nachzuverfolgende Punkte
@@signOffTitle
Freigabe
@@agendaPrepared
Tagesordnung erstellt
@@agendaAgreed
Tagesordnung abgestimmt (Vorsitz)
