<#-- The release types with their frequency, and the release window of each service: the core of the
     release policy (2018 8.5.3; 2011 9.3). -->
| Release-Typ | Inhalt | Häufigkeit |
|---|---|---|
| Major-Release | Neue Services, neue Funktionen oder Änderungen der Architektur | Mit dem Kunden geplant, höchstens einmal pro Quartal und Service |
| Minor-Release | Kleinere Erweiterungen und Behebung bekannter Fehler | Höchstens einmal pro Monat und Service, im vereinbarten Wartungsfenster |
| Patch | Sicherheits- und Herstellerpatches | Monatlicher Patch-Zyklus; Sicherheitspatches innerhalb von 14 Tagen nach Veröffentlichung durch den Hersteller, kritische Sicherheitspatches innerhalb von 72 Stunden (siehe <@sms.link "service-assurance"/>) |
| Notfall-Release | Korrektur, die zur Wiederherstellung eines Service oder zum Schließen einer kritischen Schwachstelle erforderlich ist | Nach Bedarf, verknüpft mit einer Notfalländerung (Emergency Change) |

<#if services?has_content>
| Service | Kritikalität | Release-Fenster |
|---|---|---|
<#list services as s>
| ${s.name} | ${{"high": "Hoch", "medium": "Mittel", "low": "Niedrig"}[s.criticality!"medium"]!(s.criticality!"medium")?cap_first} | <#if (s.criticality!"medium") == "high">Nur im vereinbarten Wartungsfenster; Major-Releases erfordern die schriftliche Zustimmung des Kunden<#elseif (s.hoursPerWeek!0) == 168>Vereinbartes Wartungsfenster<#else>Außerhalb der Servicezeiten (${s.hours}) oder im vereinbarten Wartungsfenster</#if> |
</#list>
</#if>
