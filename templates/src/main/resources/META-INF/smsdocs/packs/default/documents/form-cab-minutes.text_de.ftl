<#-- Die Texte des Formulars für das CAB-Protokoll (deutsch); die Struktur steht in form-cab-minutes.md.ftl. -->
@@useTitle
Verwendung dieses Formulars
@@use changeProcedure
${change.owner.de.Der} ${change.owner.title} <#if change.owner.de.plural?has_content>leiten<#else>leitet</#if> das Change Advisory Board (CAB) und <#if change.owner.de.plural?has_content>füllen<#else>füllt</#if> dieses Formular in jeder Sitzung
sowie für jede Entscheidung des Notfall-CAB aus. Die Entscheidung zu jeder Änderung wird außerdem in ihrem
Änderungsantrag ${change.inTool} eingetragen. Über welche Änderungen das CAB entscheidet und wie, legen die
<@sms.link "change-management-policy"/> und das <@sms.link changeProcedure/> fest.
@@meetingTitle
1. Sitzung
@@meetingTable choices
| Sitzung | |
|---|---|
| Datum und Uhrzeit | |
| Sitzung | <@choices ["Reguläres CAB", "Notfall-CAB"]/> |
| Vorsitz | ${change.owner.title} |
| Protokoll geführt von | |
| Entscheidungen gültig: Vorsitz und Verantwortliche aller betroffenen Services anwesend | <@choices ["Ja", "Nein: Entscheidungen zurückgestellt"]/> |
@@attendanceTitle
2. Teilnahme
@@attendanceHeader
| ${t.role} | ${t["form.name"]} | Anwesend | Vertretung oder entschuldigt |
|---|---|---|---|
| ${change.owner.title} (Vorsitz) | | ☐ | |
@@attendanceInvited
| Verantwortlicher eines betroffenen Service | | ☐ | |
| Verantwortlicher eines betroffenen Service | | ☐ | |
| Verantwortlicher eines betroffenen Service | | ☐ | |
| Vertretung eines Lieferanten (eingeladen) | | ☐ | |
@@previousActionsTitle
3. Maßnahmen aus der vorigen Sitzung
@@previousActionsHeader
| Maßnahme | Verantwortlich | Stand |
|---|---|---|
@@implementedTitle
4. Seit der letzten Sitzung umgesetzte Änderungen
@@implementedIntro
Jede Notfalländerung und jede Änderung, die fehlgeschlagen ist, zurückgenommen wurde oder einen Incident
verursacht hat, wird hier überprüft.
@@implementedHeader
| RFC-Nummer | Titel | Ergebnis | Verursachte Incidents | Notfalländerung | Vereinbarte Überprüfung oder Maßnahme |
|---|---|---|---|---|---|
@@forDecisionTitle
5. Zur Entscheidung anstehende Änderungsanträge
@@forDecisionIntro
Eine wesentliche Änderung wird nur mit Zustimmung des Vorsitzes und der Verantwortlichen aller betroffenen
Services genehmigt; sind sie sich nicht einig, <#if top.de.plural?has_content>entscheiden<#else>entscheidet</#if> ${top.de.der} ${top.title}. Entscheidungen: genehmigt, mit
Auflagen genehmigt, abgelehnt oder zurückgestellt.
@@forDecisionHeader
| RFC-Nummer | Titel | Betroffene Services | Risiko | Entscheidung | Auflagen oder Begründung |
|---|---|---|---|---|---|
@@scheduleTitle
6. Änderungskalender
@@scheduleTable
| Änderungskalender | |
|---|---|
| Für den kommenden Zeitraum eingeplante Änderungen und Überschneidungen zwischen ihnen | |
| Geltende oder angekündigte Änderungssperren | |
| Zu nutzende Wartungsfenster | |
| Über sie betreffende Änderungen zu informierende Kunden | |
@@actionsTitle
7. Maßnahmen
@@actionsHeader
| ${t["form.no"]} | Maßnahme | Verantwortlich | Fällig |
|---|---|---|---|
@@signOffTitle
Freigabe
@@minutesWritten
Protokoll erstellt
@@minutesApproved
Protokoll genehmigt (Vorsitz)
