<#-- Die Texte des Formulars für den Bericht zur Grundursachenanalyse (Problem) (deutsch); die Struktur steht in form-problem-report.md.ftl. -->
@@useTitle
Verwendung dieses Formulars
@@use
Die untersuchende Person füllt diesen Bericht für jedes Problem aus, dessen Grundursache nach dem
<@sms.link "resolution-and-fulfilment"/> untersucht wird, und ${problem.owner.de.der} ${problem.owner.title}
<#if problem.owner.de.plural?has_content>nehmen<#else>nimmt</#if> ihn an. Der Bericht wird dem Problem-Datensatz ${problem.inTool} beigefügt. Die dauerhafte Lösung wird mit dem
<@sms.link "form-rfc"/> beantragt, und das Problem wird erst geschlossen, wenn die Wirksamkeit der Lösung
nachgewiesen ist.
@@problemTitle
1. Problem
@@problemTable choices
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
@@investigationTitle
2. Untersuchung
@@investigationTable choices
| Untersuchung | |
|---|---|
| Verwendete Methode | <@choices ["Zeitablaufanalyse", "Fünf Warum", "Fehlerbaumanalyse", "Sonstige"]/> |
| Geprüfte Nachweise (Protokolle, Überwachung, Aufzeichnungen, Befragungen) | |
| Beteiligte Konfigurationselemente | |
@@fiveWhys
Bei der Methode der fünf Warum ist jede Antwort die nächste Frage:

| ${t["form.no"]} | Warum? | Antwort | Nachweis |
|---|---|---|---|
@@causeTable
| Ursache | |
|---|---|
| Grundursache | |
| Beitragende Faktoren (Menschen, Prozess, Technik, ${t.externalSupplier}) | |
@@knownErrorTitle
3. Bekannter Fehler und Workaround
@@knownErrorTable
| Bekannter Fehler | |
|---|---|
| Erfasster bekannter Fehler (Nummer) | |
| Workaround | |
| Dem Service Desk bereitgestellt am | |
@@resolutionTitle
4. Lösung
@@resolutionTable
| Lösung | |
|---|---|
| Dauerhafte Lösung | |
| Änderungsantrag (RFC-Nummer) | |
| Lösung bereitgestellt am | |
| Wie die Wirksamkeit der Lösung nachgewiesen wurde (kein erneutes Auftreten über welchen Zeitraum) | |
| Aufzeichnung des bekannten Fehlers aktualisiert am | |
| Problem geschlossen am | |
@@actionsHeader
| ${t["form.no"]} | Maßnahme | Verantwortlich | Fällig |
|---|---|---|---|
@@signOffTitle
Freigabe
@@investigationCompleted
Untersuchung abgeschlossen durch die untersuchende Person
@@rootCauseAccepted
Grundursache angenommen
@@problemClosed
Problem geschlossen
