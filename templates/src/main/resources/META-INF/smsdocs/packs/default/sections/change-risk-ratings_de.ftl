<#-- Die Risikoeinstufung einer Änderung (2018 8.5.1.3; 2011 9.2), gemeinsam genutzt vom Change-Verfahren und
     dem Formular für Änderungsanträge. -->
| Risikoeinstufung | Typische Änderung |
|---|---|
| Niedrig | Gut verstanden, leicht zurückzunehmen, betrifft ein CI und während der Servicezeiten keinen Kunden |
| Mittel | Betrifft einen Service und kann innerhalb des Zeitfensters zurückgenommen werden, ist für Kunden aber möglicherweise spürbar |
| Hoch | Betrifft mehrere Services oder Kunden, ist schwer zurückzunehmen oder wurde bisher noch nicht durchgeführt |
