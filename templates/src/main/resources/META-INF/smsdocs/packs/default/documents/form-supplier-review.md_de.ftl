<#include "/sections/form-parts.ftl">
<@sms.section title="Verwendung dieses Formulars" key="use-of-this-form"/>

Bei jeder Leistungsbewertung mit einem Lieferanten (${t.externalAndInternalSuppliers}) füllt dessen Betreuer
bei ${org.name} dieses Protokoll aus, wie es die Schritte des Lieferantenmanagements im
<@sms.link "relationship-and-agreement"/> festlegen: vierteljährlich, wenn der Lieferant einen Service mit
hoher Kritikalität unterstützt, sonst halbjährlich. Der ${supplierManagement.owner.title} berichtet der
Managementbewertung über das Ergebnis der Bewertungen.

<@recordBlock/>

<@sms.section title="1. Lieferant und Bewertung" key="1.-supplier-and-review"/>

<#if procedures.parties?has_content>
| ${t["form.tick"]} | Lieferant | Art | Vertrag oder Vereinbarung | Unterstützte Services | Betreut von | Bewertungen |
|---|---|---|---|---|---|---|
<#list procedures.parties as x>
| ☐ | ${x.name} | ${x.typeLabel} | ${x.agreement} | <@sms.names items=x.services empty="keine im Katalog"/> | ${x.manager.title} | <#if sms.servesHigh(x.services)>Vierteljährlich<#else>Halbjährlich</#if> |
</#list>

</#if>
| Bewertung | |
|---|---|
| Lieferant | |
| Referenz des Vertrags oder der Vereinbarung | |
| Bewerteter Zeitraum | |
| Datum der Bewertung | |
| Teilnehmende für ${org.name} | |
| Teilnehmende für den Lieferanten | |

<@sms.section title="2. Leistung im Vergleich zum Vertrag oder zur Vereinbarung" key="2.-performance-against-the-contract-or-agreement"/>

| Service-Level oder Pflicht | Ziel | Erreicht | Erfüllt | Anmerkung |
|---|---|---|---|---|
<@blankRows 8 5/>

<@sms.section title="3. Bewertungspunkte" key="3.-review-points"/>

| Bewertungspunkte | |
|---|---|
| Incidents und Verletzungen im Zeitraum | |
| Änderungen durch den Lieferanten oder mit Auswirkung auf ihn | |
| Risiken: Informationssicherheit, Servicekontinuität, finanzielle Lage | |
| Kundenbeschwerden, die den Lieferanten betreffen | |
| Offene Streitigkeiten | |
| Von einer der Seiten vorgeschlagene Verbesserungen | |
| Der Vertrag oder die Vereinbarung erfüllt die Anforderungen von ${org.name} weiterhin | <@choices ["Ja", "Nein: Änderung zu vereinbaren"]/> |
| Vertrag oder Vereinbarung endet am; Entscheidung über Verlängerung, Neuverhandlung oder Ersatz fällig bis | |

<@sms.section title="4. Maßnahmen" key="4.-actions"/>

| ${t["form.no"]} | Maßnahme | Verantwortlich (${org.name} oder Lieferant) | Fällig |
|---|---|---|---|
<@blankRows 6 4 true/>

<@sms.section title="Freigabe" key="sign-off"/>

<@signoff [
  {"step": "Protokoll erstellt durch den Betreuer des Lieferanten bei " + org.name},
  {"step": "Für den Lieferanten abgestimmt"},
  {"step": "Für die Managementbewertung erhalten", "role": supplierManagement.owner}
]/>
