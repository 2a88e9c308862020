<#include "/sections/form-parts.ftl">
<@sms.section title="Verwendung dieses Formulars" key="use-of-this-form"/>

Der Verantwortliche jeder Kennzahl trägt ihr Ergebnis für den Zeitraum in dieses Blatt ein, und der
${reporting.owner.title} stellt es monatlich zusammen, wie es das <@sms.link "monitoring-and-reporting"/>
festlegt. Die Zielwerte sind die, die das SMS festgelegt hat; ein verfehlter Zielwert wird in der Anmerkung
mit der eingeleiteten Maßnahme erläutert. Das Blatt fließt in die Serviceberichte und in die
Managementbewertung ein.

<@recordBlock/>

<@sms.section title="1. Zeitraum" key="1.-period"/>

| Zeitraum | |
|---|---|
| Zeitraum (Monat) | |
| Zusammengestellt von | |
| Datum | |

<@sms.section title="2. Servicemanagementziele" key="2.-service-management-objectives"/>

<#if sms.objectives?has_content>
| Ziel und Messgröße | Zielwert | Verantwortlich | Ergebnis | Erfüllt | Anmerkung |
|---|---|---|---|---|---|
<#list sms.objectives as o>
| ${(o.id!("obj-" + (o?index + 1)?c))?upper_case} ${o.objective}<#if o.measure?has_content>; Messgröße: ${o.measure}</#if> | ${o.target!"—"} | <#if o.owner??>${o.owner.title}<#else>${sms.manager.title}</#if> | | ☐ | |
</#list>
<#else>
Die Servicemanagementziele sind noch nicht festgelegt; bis dahin bleibt dieser Teil leer.

| Ziel und Messgröße | Zielwert | Verantwortlich | Ergebnis | Erfüllt | Anmerkung |
|---|---|---|---|---|---|
<@blankRows 4 6/>
</#if>

<@sms.section title="3. Serviceleistung" key="3.-service-performance"/>

<#if forms.services?has_content>
| Service | Serviceverantwortlicher | Ziel der ${t.serviceAvailability} | Erreichte ${t.serviceAvailability} | Erfüllt | Incidents innerhalb der Zielzeit | Anmerkung |
|---|---|---|---|---|---|---|
<#list forms.services as s>
| ${s.name} | ${s.owner.title} | ${sms.pct(s.availabilityTarget)}${s.targetMark} | | ☐ | | |
</#list>
<#else>
Eine Zeile für jeden Service im <@sms.link "service-catalogue"/>, mit dem Verfügbarkeitsziel seiner
Service-Level-Vereinbarung.

| Service | Serviceverantwortlicher | Ziel der ${t.serviceAvailability} | Erreichte ${t.serviceAvailability} | Erfüllt | Incidents innerhalb der Zielzeit | Anmerkung |
|---|---|---|---|---|---|---|
<@blankRows 6 7/>
</#if>

<@sms.section title="4. Prozesskennzahlen" key="4.-process-measures"/>

| Prozess | Verantwortlich | Kennzahl | Ergebnis | Anmerkung |
|---|---|---|---|---|
<#list measurement.processes as m>
| ${m.process.name} | ${m.process.owner.title} | ${m.measure} | | |
</#list>

<@sms.section title="Freigabe" key="sign-off"/>

<@signoff [{"step": "Blatt zusammengestellt", "role": reporting.owner}] + (reporting.owner.id != sms.manager.id)?then([{"step": "Blatt geprüft", "role": sms.manager}], [])/>
