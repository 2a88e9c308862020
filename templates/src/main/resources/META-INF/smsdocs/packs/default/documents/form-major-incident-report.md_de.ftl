<#include "/sections/form-parts.ftl">
<@sms.section title="Verwendung dieses Formulars" key="use-of-this-form"/>

Der vom ${incident.owner.title} benannte Major-Incident-Manager füllt diesen Bericht nach jedem Major
Incident aus<#if priorities?has_content>: einem Incident der Priorität ${priorities[0].id} oder jedem Incident, den der
${incident.owner.title} aufgrund seiner geschäftlichen Auswirkungen zum Major Incident erklärt</#if>. Er ist die
Nachbetrachtung, die das <@sms.link "resolution-and-fulfilment"/> verlangt, und wird der Incident-Aufzeichnung
${incident.inTool} beigefügt. Für jeden Major Incident wird ein Problem-Datensatz angelegt; seine
Ursachenanalyse wird im <@sms.link "form-problem-report"/> festgehalten.

<@recordBlock/>

<@sms.section title="1. Incident" key="1.-incident"/>

| Incident | |
|---|---|
| Incident-Nummer | |
| Titel | |
<#if priorities?has_content>
| Priorität | <@choices priorities?map(p -> p.id + " " + p.name)/> |
</#if>
| Zum Major Incident erklärt von, am (Datum und Uhrzeit) | |
| Major-Incident-Manager | |
| Betroffene Kunden | |
| Betroffene Benutzer und Standorte | |
| Beteiligte ${t.externalAndInternalSuppliers} | |

<#if priorities?has_content>
Die Zielzeiten jeder Priorität, sofern eine Service-Level-Vereinbarung keine strengeren festlegt:

| Priorität | Bezeichnung | Reaktionszeit | Lösungszeit |
|---|---|---|---|
<#list priorities as p>
| ${p.id} | ${p.name} | ${p.response} | ${p.resolution} |
</#list>

</#if>
<@sms.section title="2. Betroffene Services" key="2.-services-affected"/>

<#if forms.services?has_content>
| ${t["form.tick"]} | Service | Kritikalität | Serviceverantwortlicher | Verfügbarkeitsziel |
|---|---|---|---|---|
<#list forms.services as s>
| ☐ | ${s.name} | ${s.criticalityWord} | ${s.owner.title} | ${sms.pct(s.availabilityTarget)}${s.targetMark} |
</#list>
<#else>
Jeder Service wird mit seinem Namen im <@sms.link "service-catalogue"/> eingetragen.

| Service | Kritikalität | Serviceverantwortlicher |
|---|---|---|
<@blankRows 4 3/>
</#if>

<@sms.section title="3. Zeitlicher Ablauf" key="3.-timeline"/>

Festzuhalten sind Erkennung, Erklärung zum Major Incident, Eskalationen, jede Information an die Kunden,
der Workaround, die Lösung und die Bestätigung durch den Benutzer.

| Datum und Uhrzeit | Ereignis | Durch |
|---|---|---|
<@blankRows 12 3/>

<@sms.section title="4. Auswirkung und Zielzeiten" key="4.-impact-and-targets"/>

| Auswirkung und Zielzeiten | |
|---|---|
| Beginn der Auswirkung | |
| Service wiederhergestellt | |
| Dauer der Auswirkung | |
| Ausfallzeit wird auf das Ziel der ${t.serviceAvailability} angerechnet | <@choices ["Ja", "Nein, weil"]/> |
| Reaktionszeit eingehalten | <@choices ["Ja", "Nein"]/> |
| Lösungszeit eingehalten | <@choices ["Ja", "Nein"]/> |
| Verletzte Service-Level-Vereinbarungen | |
| Information der Kunden (erste Meldung, danach in welchen Abständen) | |
| Informationssicherheit betroffen | <@choices ["Nein", "Ja: auch als Informationssicherheitsvorfall behandelt"]/> |
| Servicekontinuitätsplan aktiviert | <@choices ["Nein", "Ja"]/> |

<@sms.section title="5. Ursache und Lösung" key="5.-cause-and-resolution"/>

| Ursache und Lösung | |
|---|---|
| Symptome | |
| Ursache, soweit bekannt | |
| Workaround oder Lösung | |
| Zur Lösung durchgeführte Änderung (RFC-Nummer; Notfalländerung) | |
| Angelegter Problem-Datensatz (Nummer) | |

<@sms.section title="6. Erkenntnisse und Maßnahmen" key="6.-lessons-and-actions"/>

| Erkenntnisse | |
|---|---|
| Was gut funktioniert hat | |
| Was nicht funktioniert hat, und warum | |

| ${t["form.no"]} | Maßnahme | Verantwortlich | Fällig |
|---|---|---|---|
<@blankRows 5 4 true/>

<@sms.section title="Freigabe" key="sign-off"/>

<@signoff [
  {"step": "Bericht erstellt durch den Major-Incident-Manager"},
  {"step": "Nachbetrachtung angenommen", "role": incident.owner},
  {"step": "Problem-Datensatz übernommen", "role": problem.owner}
]/>
