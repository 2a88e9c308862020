<#include "/sections/form-parts.ftl">
<@sms.section title="Verwendung dieses Formulars" key="use-of-this-form"/>

Die untersuchende Person füllt diesen Bericht für jedes Problem aus, dessen Grundursache nach dem
<@sms.link "resolution-and-fulfilment"/> untersucht wird, und der ${problem.owner.title} nimmt ihn an. Er wird
dem Problem-Datensatz ${problem.inTool} beigefügt. Die dauerhafte Lösung wird mit dem
<@sms.link "form-rfc"/> beantragt, und das Problem wird erst geschlossen, wenn die Wirksamkeit der Lösung
nachgewiesen ist.

<@recordBlock/>

<@sms.section title="1. Problem" key="1.-problem"/>

| Problem | |
|---|---|
| Problemnummer | |
| Titel | |
| Angelegt am | |
| Anlass | <@choices ["Major Incident", "Wiederkehrende Incidents (Trendanalyse)", "Lieferant oder technisches Team", "Sonstiges"]/> |
| Zugehörige Incidents (Nummern) | |
| Betroffene Services | |
| Priorität (Auswirkung der Incidents und Risiko des erneuten Auftretens) | <@choices ["Hoch", "Mittel", "Niedrig"]/> |
| Untersuchende Person | |

<@sms.section title="2. Untersuchung" key="2.-investigation"/>

| Untersuchung | |
|---|---|
| Verwendete Methode | <@choices ["Zeitablaufanalyse", "Fünf Warum", "Fehlerbaumanalyse", "Sonstige"]/> |
| Geprüfte Nachweise (Protokolle, Überwachung, Aufzeichnungen, Befragungen) | |
| Beteiligte Konfigurationselemente | |

Bei der Methode der fünf Warum ist jede Antwort die nächste Frage:

| ${t["form.no"]} | Warum? | Antwort | Nachweis |
|---|---|---|---|
<@blankRows 5 4 true/>

| Ursache | |
|---|---|
| Grundursache | |
| Beitragende Faktoren (Menschen, Prozess, Technik, ${t.externalSupplier}) | |

<@sms.section title="3. Bekannter Fehler und Workaround" key="3.-known-error-and-workaround"/>

| Bekannter Fehler | |
|---|---|
| Erfasster bekannter Fehler (Nummer) | |
| Workaround | |
| Dem Service Desk bereitgestellt am | |

<@sms.section title="4. Lösung" key="4.-resolution"/>

| Lösung | |
|---|---|
| Dauerhafte Lösung | |
| Änderungsantrag (RFC-Nummer) | |
| Lösung bereitgestellt am | |
| Wie die Wirksamkeit der Lösung nachgewiesen wurde (kein erneutes Auftreten über welchen Zeitraum) | |
| Aufzeichnung des bekannten Fehlers aktualisiert am | |
| Problem geschlossen am | |

| ${t["form.no"]} | Maßnahme | Verantwortlich | Fällig |
|---|---|---|---|
<@blankRows 4 4 true/>

<@sms.section title="Freigabe" key="sign-off"/>

<@signoff [
  {"step": "Untersuchung abgeschlossen durch die untersuchende Person"},
  {"step": "Grundursache angenommen", "role": problem.owner},
  {"step": "Problem geschlossen", "role": problem.owner}
]/>
