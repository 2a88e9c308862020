<#-- Die Texte der Release-Typen (deutsch); die Struktur steht in release-types.ftl. -->
@@typesTable
| Release-Typ | Inhalt | Häufigkeit |
|---|---|---|
| Major-Release | Neue Services, neue Funktionen oder Änderungen der Architektur | Mit dem Kunden geplant, höchstens einmal pro Quartal und Service |
| Minor-Release | Kleinere Erweiterungen und Behebung bekannter Fehler | Höchstens einmal pro Monat und Service, im vereinbarten Wartungsfenster |
| Patch | Sicherheits- und Herstellerpatches | Monatlicher Patch-Zyklus; Sicherheitspatches innerhalb von 14 Tagen nach Veröffentlichung durch den Hersteller, kritische Sicherheitspatches innerhalb von 72 Stunden (siehe <@sms.link "service-assurance"/>) |
| Notfall-Release | Korrektur, die zur Wiederherstellung eines Service oder zum Schließen einer kritischen Schwachstelle erforderlich ist | Nach Bedarf, verknüpft mit einer Notfalländerung |
@@windowsHeader
| Service | Kritikalität | Release-Fenster |
|---|---|---|
@@blankLineAfter
<#-- leer: im Deutschen folgt der Tabelle keine Leerzeile -->
