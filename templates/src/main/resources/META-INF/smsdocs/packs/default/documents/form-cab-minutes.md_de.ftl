<#include "/sections/form-parts.ftl">
<@sms.section title="Verwendung dieses Formulars" key="use-of-this-form"/>

Der ${change.owner.title} leitet das Change Advisory Board (CAB) und füllt dieses Formular in jeder Sitzung
sowie für jede Entscheidung des Notfall-CAB aus. Die Entscheidung zu jeder Änderung wird außerdem in ihrem
Änderungsantrag ${change.inTool} eingetragen. Über welche Änderungen das CAB entscheidet und wie, legen die
<@sms.link "change-management-policy"/> und das <@sms.link changeProcedure/> fest.

<@recordBlock/>

<@sms.section title="1. Sitzung" key="1.-meeting"/>

| Sitzung | |
|---|---|
| Datum und Uhrzeit | |
| Sitzung | <@choices ["Reguläres CAB", "Notfall-CAB"]/> |
| Vorsitz | ${change.owner.title} |
| Protokoll geführt von | |
| Entscheidungen gültig: Vorsitz und Verantwortliche aller betroffenen Services anwesend | <@choices ["Ja", "Nein: Entscheidungen zurückgestellt"]/> |

<@sms.section title="2. Teilnahme" key="2.-attendance"/>

| ${t.role} | ${t["form.name"]} | Anwesend | Vertretung oder entschuldigt |
|---|---|---|---|
| ${change.owner.title} (Vorsitz) | | ☐ | |
<#list procedures.cabMembers as r>
| ${r.title} | | ☐ | |
</#list>
| Verantwortlicher eines betroffenen Service | | ☐ | |
| Verantwortlicher eines betroffenen Service | | ☐ | |
| Verantwortlicher eines betroffenen Service | | ☐ | |
| Vertretung eines Lieferanten (eingeladen) | | ☐ | |

<@sms.section title="3. Maßnahmen aus der vorigen Sitzung" key="3.-actions-from-the-previous-meeting"/>

| Maßnahme | Verantwortlich | Stand |
|---|---|---|
<@blankRows 4 3/>

<@sms.section title="4. Seit der letzten Sitzung umgesetzte Änderungen" key="4.-changes-implemented-since-the-last-meeting"/>

Jede Notfalländerung und jede Änderung, die fehlgeschlagen ist, zurückgenommen wurde oder einen Incident
verursacht hat, wird hier überprüft.

| RFC-Nummer | Titel | Ergebnis | Verursachte Incidents | Notfalländerung | Vereinbarte Überprüfung oder Maßnahme |
|---|---|---|---|---|---|
<@blankRows 6 6/>

<@sms.section title="5. Zur Entscheidung anstehende Änderungsanträge" key="5.-requests-for-change-for-decision"/>

Eine wesentliche Änderung wird nur mit Zustimmung des Vorsitzes und der Verantwortlichen aller betroffenen
Services genehmigt; sind sie sich nicht einig, entscheidet der ${top.title}. Entscheidungen: genehmigt, mit
Auflagen genehmigt, abgelehnt oder zurückgestellt.

| RFC-Nummer | Titel | Betroffene Services | Risiko | Entscheidung | Auflagen oder Begründung |
|---|---|---|---|---|---|
<@blankRows 8 6/>

<@sms.section title="6. Change-Kalender" key="6.-change-schedule"/>

| Change-Kalender | |
|---|---|
| Für den kommenden Zeitraum eingeplante Änderungen und Überschneidungen zwischen ihnen | |
| Geltende oder angekündigte Änderungssperren | |
| Zu nutzende Wartungsfenster | |
| Über sie betreffende Änderungen zu informierende Kunden | |

<@sms.section title="7. Maßnahmen" key="7.-actions"/>

| ${t["form.no"]} | Maßnahme | Verantwortlich | Fällig |
|---|---|---|---|
<@blankRows 5 4 true/>

<@sms.section title="Freigabe" key="sign-off"/>

<@signoff [
  {"step": "Protokoll erstellt"},
  {"step": "Protokoll genehmigt (Vorsitz)", "role": change.owner}
]/>
