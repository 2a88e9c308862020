<#-- Die Texte des Abschnitts Verfügbarkeitsmanagement (deutsch); die Struktur steht in service-availability.ftl. -->
@@title
${availability.name}
@@purpose
Das ${availability.name} stellt
sicher, dass jeder Service zu den in seinen Servicezeiten festgelegten Zeiten genutzt werden kann und dass
die Organisation Monat für Monat weiß, inwieweit sie diese Zusage eingehalten hat. ${availability.owner.de.Der}
${availability.owner.title} <#if availability.owner.de.plural?has_content>sind<#else>ist</#if> für den Prozess verantwortlich. Der Prozess arbeitet mit dem
Kapazitätsmanagement, dem Incident- und dem Problem-Management sowie dem Servicekontinuitätsmanagement
zusammen, die ihre Daten mit ihm teilen.
@@requirementsTitle
Verfügbarkeitsanforderungen und -ziele
@@requirements
Die Verfügbarkeitsziele werden mit den Kunden in den Service-Level-Vereinbarungen vereinbart und im
<@sms.link "service-catalogue"/> veröffentlicht. Die Verfügbarkeit wird ausschließlich innerhalb der
vereinbarten Servicezeiten gemessen. Der <@sms.link "availability-plan"/> zeigt für jeden Service sein Ziel
und wie viel ungeplante Ausfallzeit es in einem durchschnittlichen Monat und in einem Jahr zulässt,
gerechnet innerhalb der vereinbarten Servicezeiten (ein Monat wird mit 30,4 Tagen bzw. 4,35 Wochen
angesetzt).
@@calculation
Die Verfügbarkeit wird für jeden Service und jeden Kalendermonat wie folgt berechnet:

> Verfügbarkeit (%) = (vereinbarte Servicezeit − ungeplante Ausfallzeit innerhalb der vereinbarten Servicezeit) ÷ vereinbarte Servicezeit × 100
@@downtimeRules
- Die Ausfallzeit läuft vom Beginn des Serviceausfalls, wie er durch die Überwachung oder die erste
  Benutzermeldung festgestellt wird, je nachdem, was früher eintritt, bis zur bestätigten
  Wiederherstellung des Service.
- Ein Service gilt als nicht verfügbar, wenn eine im Servicekatalog beschriebene Kernfunktion von ihren
  Benutzern nicht genutzt werden kann, auch wenn andere Funktionen weiterhin arbeiten.
- Geplante Wartungsarbeiten zählen nicht als Ausfallzeit, wenn sie innerhalb des in der
  Service-Level-Vereinbarung festgelegten Wartungsfensters durchgeführt und den Kunden mindestens fünf
  Arbeitstage im Voraus angekündigt wurden.
- Nichtverfügbarkeit, die vom Kunden oder von Komponenten außerhalb der im Katalog beschriebenen
  Servicegrenze verursacht wird, wird aufgezeichnet, aber unter Angabe des Grundes im Bericht von der
  Berechnung ausgenommen.
@@planTitle
Verfügbarkeitsplan
@@plan
${availability.owner.de.Der} ${availability.owner.title} <#if availability.owner.de.plural?has_content>führen<#else>führt</#if> den <@sms.link "availability-plan"/> als gelenktes Dokument. Der Plan
enthält die Verfügbarkeitsanforderungen und -ziele jedes Service mit der zulässigen Ausfallzeit, die
Maßnahmen zum Schutz der Verfügbarkeit (Überwachung, Wartungsfenster, Kapazitätsreserve, Ausweichlösungen
und Zusagen der Lieferanten), die dem Risikoregister entnommenen Risiken für die Verfügbarkeit, die Messung
und Berichterstattung der Verfügbarkeit sowie die geplanten Verbesserungen. Er wird mindestens alle
${sms.documentControl.reviewIntervalMonths} Monate überprüft, außerdem immer dann, wenn ein Service
aufgenommen, eingestellt oder wesentlich geändert wird, sowie nach jedem Monat, in dem ein Service sein Ziel
verfehlt.
@@monitoringTitle
Überwachung, Untersuchung und Berichterstattung
@@monitoringTool
Für die Überwachung der Verfügbarkeit wird ${sms.toolOf("service-availability-management")} verwendet.
@@monitoringSteps
1. **Überwachung einrichten.** Für jeden Service werden Prüfungen festgelegt, die den Service so testen,
   wie ein Benutzer ihn erlebt (zum Beispiel Anmelden, Öffnen einer Datei, Erreichen eines Standorts),
   sowie den Zustand der unterstützenden Konfigurationselemente. Kein Service geht ohne diese Prüfungen in
   Betrieb.
2. **Alarmieren.** Fehlgeschlagene Prüfungen lösen einen Alarm aus, der über
   ${sms.toolOf("incident-management")} einen Incident anlegt. Ein Serviceausfall wird als Incident nach dem
   <@sms.link "resolution-and-fulfilment"/> bearbeitet.
3. **Aufzeichnen.** Für jeden Serviceausfall werden Beginn und Ende, die betroffenen Services und Kunden
   sowie die Angabe aufgezeichnet, ob die Ausfallzeit auf das Ziel angerechnet wird.
4. **Untersuchen.** Jeder ungeplante Serviceausfall von mehr als 30 Minuten und jeder Monat, in dem ein
   Service sein Ziel verfehlt, wird untersucht. ${availability.owner.de.Der} ${availability.owner.title} <#if availability.owner.de.plural?has_content>erfassen<#else>erfasst</#if> ein Problem und
   <#if availability.owner.de.plural?has_content>vereinbaren<#else>vereinbart</#if> Maßnahmen mit dem Serviceverantwortlichen.
5. **Berichten.** Bis zum fünften Arbeitstag jedes Monats werden die Verfügbarkeitswerte je Service im
   Vergleich zum Ziel ermittelt und in den Serviceberichten veröffentlicht, die im
   <@sms.link "monitoring-and-reporting"/> beschrieben sind.
6. **Trends überprüfen.** Vierteljährlich werden Verfügbarkeitstrends, wiederholte Ausfälle und die
   Leistung der Lieferanten überprüft; der <@sms.link "availability-plan"/> wird aktualisiert, wenn der Trend ein
   Ziel gefährdet.
