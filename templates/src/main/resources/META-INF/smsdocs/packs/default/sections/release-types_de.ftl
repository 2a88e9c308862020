<#-- The release types with their frequency, and the release window of each service: the core of the
     release policy (2018 8.5.3; 2011 9.3). -->
| Release-Typ | Inhalt | Häufigkeit |
|---|---|---|
| Major-Release | Neue Services, neue Funktionen oder Änderungen der Architektur | Mit dem Kunden geplant, höchstens einmal pro Quartal und Service |
| Minor-Release | Kleinere Erweiterungen und Behebung bekannter Fehler | Höchstens einmal pro Monat und Service, im vereinbarten Wartungsfenster |
| Patch | Sicherheits- und Herstellerpatches | Monatlicher Patch-Zyklus; Sicherheitspatches innerhalb von 14 Tagen nach Veröffentlichung durch den Hersteller, kritische Sicherheitspatches innerhalb von 72 Stunden (siehe <@sms.link "service-assurance"/>) |
| Notfall-Release | Korrektur, die zur Wiederherstellung eines Service oder zum Schließen einer kritischen Schwachstelle erforderlich ist | Nach Bedarf, verknüpft mit einer Notfalländerung (Emergency Change) |

<#if releaseWindows?has_content>
| Service | Kritikalität | Release-Fenster |
|---|---|---|
<#list releaseWindows as w>
| ${w.service} | ${sms.word(w.criticality)} | ${w.window} |
</#list>
</#if>
