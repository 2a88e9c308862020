<#-- Die Texte der Risikoeinstufungen einer Änderung (deutsch); die Struktur steht in change-risk-ratings.ftl. -->
@@table
| Risikoeinstufung | Typische Änderung |
|---|---|
| Niedrig | Gut verstanden, leicht zurückzunehmen, betrifft ein CI und während der Servicezeiten keinen Kunden |
| Mittel | Betrifft einen Service und kann innerhalb des Zeitfensters zurückgenommen werden, ist für Kunden aber möglicherweise spürbar |
| Hoch | Betrifft mehrere Services oder Kunden, ist schwer zurückzunehmen oder wurde bisher noch nicht durchgeführt |
