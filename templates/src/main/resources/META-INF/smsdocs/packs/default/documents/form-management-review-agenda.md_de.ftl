<#include "/sections/form-parts.ftl">
<#include "/sections/management-review-inputs.ftl">
<@sms.section title="Verwendung dieses Formulars" key="use-of-this-form"/>

Der ${sms.manager.title} füllt diese Tagesordnung für jede Managementbewertung aus und verteilt sie mit den
Bewertungsunterlagen mindestens fünf Arbeitstage vor der Bewertung, wie es das
<@sms.link "management-review"/> festlegt. Die Punkte folgen den Eingaben für die Bewertung aus dem
Verfahren, in derselben Reihenfolge; den Vorsitz hat der ${sms.topManagement.title}. Das Protokoll wird im
<@sms.link "form-management-review-minutes"/> festgehalten.

<@recordBlock/>

<@sms.section title="1. Sitzung" key="1.-meeting"/>

| Sitzung | |
|---|---|
| Datum, Uhrzeit und Ort | |
| Bewertung | <@choices ["Vollständige Bewertung", "Außerordentliche Bewertung"]/> |
| Anlass einer außerordentlichen Bewertung | |
| Betrachteter Zeitraum | |
| Vorsitz | ${sms.topManagement.title} |
| Bewertungsunterlagen verteilt am | |

<@sms.section title="2. Eingeladen" key="2.-invited"/>

| ${t.role} | ${t.holder} | Stellt vor |
|---|---|---|
<#if sms.manager.id != sms.topManagement.id>
| ${sms.topManagement.title} | ${sms.topManagement.holder} | Leitet die Bewertung<#if governance.topProcesses?has_content>; ${governance.topProcesses?join(", ")}</#if> |
| ${sms.manager.title} | ${sms.manager.holder} | Die Gesamtleistung des SMS<#if governance.managerProcesses?has_content>; ${governance.managerProcesses?join(", ")}</#if> |
<#else>
| ${sms.topManagement.title} | ${sms.topManagement.holder} | Leitet die Bewertung; die Gesamtleistung des SMS<#if governance.managerProcesses?has_content>; ${governance.managerProcesses?join(", ")}</#if> |
</#if>
<#list governance.otherProcessOwners as o>
| ${o.title} | ${o.holder} | <#list o.ownedProcesses as p>${p.name}<#sep>, </#list> |
</#list>
| Für einen Punkt eingeladen | | |
| Für einen Punkt eingeladen | | |

<@sms.section title="3. Tagesordnung" key="3.-agenda"/>

| ${t["form.no"]} | Punkt | Vorgestellt von | Zeit |
|---|---|---|---|
| 1 | Eröffnung: Beschlussfähigkeit und Tagesordnung | ${sms.topManagement.title} | |
<#list reviewInputs as i>
| ${i?counter + 1} | ${i.input} | ${i.by} | |
</#list>
| ${reviewInputs?size + 2} | Schlussfolgerungen: Ist das SMS weiterhin geeignet, angemessen und wirksam; müssen Politik und Ziele geändert werden | ${sms.topManagement.title} | |
| ${reviewInputs?size + 3} | Entscheidungen und Maßnahmen, jeweils mit Verantwortlichem und Termin | ${sms.topManagement.title} | |
| ${reviewInputs?size + 4} | Termin der nächsten Bewertung und bis dahin nachzuverfolgende Punkte | ${sms.topManagement.title} | |

<@sms.section title="Freigabe" key="sign-off"/>

<@signoff (sms.manager.id != sms.topManagement.id)?then([{"step": "Tagesordnung erstellt", "role": sms.manager}], []) + [{"step": "Tagesordnung abgestimmt (Vorsitz)", "role": sms.topManagement}]/>
