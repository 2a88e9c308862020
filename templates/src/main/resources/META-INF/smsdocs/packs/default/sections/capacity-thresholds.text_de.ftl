<#-- Die Texte der Tabelle der Kapazitätsschwellenwerte (deutsch); die Struktur steht in capacity-thresholds.ftl. -->
@@table
| Stufe | Anhaltende Auslastung | Maßnahme |
|---|---|---|
| Warnung | 70 % über 3 Tage | Prüfung in der wöchentlichen Betriebsbesprechung; Aufnahme in den Kapazitätsbericht |
| Eingriff | 80 % über 24 Stunden | Änderungsantrag (RFC) zur Erweiterung oder Umverteilung der Kapazität |
| Kritisch | 90 % über 15 Minuten | Erfassung eines Incidents; Sofortmaßnahmen zum Schutz des Service |
@@blankLineAfter
<#-- Kein Text: ob der Tabelle eine Leerzeile folgt (der deutschen Tabelle folgte nie eine, der englischen immer). -->
