<#-- Die Texte des Formulars für das Protokoll der Lieferantenbewertung (deutsch); die Struktur steht in form-supplier-review.md.ftl. -->
@@useTitle
Verwendung dieses Formulars
@@use
Bei jeder Leistungsbewertung mit einem Lieferanten (${t.externalAndInternalSuppliers}) füllt dessen Betreuer
bei ${org.name} dieses Protokoll aus, wie es die Schritte des Lieferantenmanagements im
<@sms.link "relationship-and-agreement"/> festlegen: vierteljährlich, wenn der Lieferant einen Service mit
hoher Kritikalität unterstützt, sonst halbjährlich. ${supplierManagement.owner.de.Der} ${supplierManagement.owner.title} <#if supplierManagement.owner.de.plural?has_content>berichten<#else>berichtet</#if>
der Managementbewertung über das Ergebnis der Bewertungen.
@@supplierTitle
1. Lieferant und Bewertung
@@partiesHeader
| ${t["form.tick"]} | Lieferant | Art | Vertrag oder Vereinbarung | Unterstützte Services | Betreut von | Bewertungen |
|---|---|---|---|---|---|---|
@@noServices
keine im Katalog
@@quarterly
Vierteljährlich
@@sixMonthly
Halbjährlich
@@reviewTable
| Bewertung | |
|---|---|
| Lieferant | |
| Referenz des Vertrags oder der Vereinbarung | |
| Bewerteter Zeitraum | |
| Datum der Bewertung | |
| Teilnehmende für ${org.name} | |
| Teilnehmende für den Lieferanten | |
@@performanceTitle
2. Leistung im Vergleich zum Vertrag oder zur Vereinbarung
@@performanceHeader
| Service-Level oder Pflicht | Ziel | Erreicht | Erfüllt | Anmerkung |
|---|---|---|---|---|
@@reviewPointsTitle
3. Bewertungspunkte
@@reviewPoints
| Bewertungspunkte | |
|---|---|
| Incidents und Verletzungen im Zeitraum | |
| Änderungen durch den Lieferanten oder mit Auswirkung auf ihn | |
| Risiken: Informationssicherheit, Servicekontinuität, finanzielle Lage | |
| Kundenbeschwerden, die den Lieferanten betreffen | |
| Offene Streitigkeiten | |
| Von einer der Seiten vorgeschlagene Verbesserungen | |
@@stillMeetsNeeds
Der Vertrag oder die Vereinbarung erfüllt die Anforderungen von ${org.name} weiterhin
@@yes
Ja
@@noChangeToAgree
Nein: Änderung zu vereinbaren
@@contractEndRow
| Vertrag oder Vereinbarung endet am; Entscheidung über Verlängerung, Neuverhandlung oder Ersatz fällig bis | |
@@actionsTitle
4. Maßnahmen
@@actionsHeader
| ${t["form.no"]} | Maßnahme | Verantwortlich (${org.name} oder Lieferant) | Fällig |
|---|---|---|---|
@@signOffTitle
Freigabe
@@written
Protokoll erstellt durch den Betreuer des Lieferanten bei ${org.name}
@@agreed
Für den Lieferanten abgestimmt
@@received
Für die Managementbewertung erhalten
