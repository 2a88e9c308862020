<#include "/sections/form-parts.ftl">
<#include "/sections/management-review-inputs.ftl">
<@sms.section title="Verwendung dieses Formulars" key="use-of-this-form"/>

Der ${sms.manager.title} hält das Protokoll jeder Managementbewertung in diesem Formular fest und übermittelt
den Entwurf innerhalb von fünf Arbeitstagen an die Teilnehmenden, wie es das
<@sms.link "management-review"/> festlegt. Die Teilnehmenden übermitteln Korrekturen innerhalb von drei
Arbeitstagen; anschließend genehmigt der ${sms.topManagement.title} das Protokoll, und die Maßnahmen werden
in die Maßnahmenliste der Managementbewertung übernommen.

<@recordBlock/>

<@sms.section title="1. Sitzung" key="1.-meeting"/>

| Sitzung | |
|---|---|
| Datum und Ort | |
| Bewertung | <@choices ["Vollständige Bewertung", "Außerordentliche Bewertung"]/> |
| Betrachteter Zeitraum | |
| Vorsitz | ${sms.topManagement.title} |
| Protokoll geführt von | |
| Beschlussfähig: Vorsitz (oder förmlich benannte Vertretung) und ${sms.manager.title} anwesend, mindestens zwei Drittel der Prozessverantwortlichen anwesend oder mit schriftlichem Bericht | <@choices ["Ja", "Nein: Bewertung innerhalb von vier Wochen neu ansetzen"]/> |

<@sms.section title="2. Teilnahme" key="2.-attendance"/>

| ${t.role} | ${t.holder} | Anwesend | Vertretung, entschuldigt oder schriftlicher Bericht |
|---|---|---|---|
| ${sms.topManagement.title} | ${sms.topManagement.holder} | ☐ | |
<#if sms.manager.id != sms.topManagement.id>
| ${sms.manager.title} | ${sms.manager.holder} | ☐ | |
</#if>
<#list governance.otherProcessOwners as o>
| ${o.title} | ${o.holder} | ☐ | |
</#list>
| Für einen Punkt eingeladen | | ☐ | |
| Für einen Punkt eingeladen | | ☐ | |

<@sms.section title="3. Behandelte Eingaben" key="3.-inputs-considered"/>

| ${t["form.no"]} | Eingabe | Ergebnisse, Trend und Bedeutung für das SMS |
|---|---|---|
<#list reviewInputs as i>
| ${i?counter} | ${i.input} | |
</#list>

<@sms.section title="4. Schlussfolgerungen" key="4.-conclusions"/>

| Schlussfolgerungen | |
|---|---|
| Das SMS ist für die Organisation weiterhin geeignet | <@choices ["Ja", "Nein, weil"]/> |
| Das SMS ist für die Services weiterhin angemessen | <@choices ["Ja", "Nein, weil"]/> |
| Das SMS erreicht seine Ziele wirksam | <@choices ["Ja", "Nein, weil"]/> |
| Die Servicemanagementpolitik muss geändert werden | <@choices ["Nein", "Ja"]/> |
| Die Servicemanagementziele oder ihre Zielwerte müssen geändert werden | <@choices ["Nein", "Ja"]/> |

<@sms.section title="5. Entscheidungen und Maßnahmen" key="5.-decisions-and-actions"/>

Jede Entscheidung oder Maßnahme hat einen dieser Gegenstände: eine Verbesserungsmöglichkeit; eine Änderung
des SMS, seiner Politik, Ziele, seines Anwendungsbereichs, Plans oder seiner Prozesse; eine Änderung an
Services, Service-Level-Zielen oder Lieferantenvereinbarungen; Ressourcen; Risiken und Chancen; eine
Korrekturmaßnahme, die über die Befugnis eines Prozessverantwortlichen hinausgeht.

| ${t["form.no"]} | Entscheidung oder Maßnahme | Gegenstand | Verantwortlich | Fällig |
|---|---|---|---|---|
<@blankRows 10 5 true/>

| Nächste Bewertung | |
|---|---|
| Termin der nächsten Bewertung | |
| Bis dahin nachzuverfolgende Punkte | |

<@sms.section title="Freigabe" key="sign-off"/>

<@signoff (sms.manager.id != sms.topManagement.id)?then([{"step": "Protokoll erstellt", "role": sms.manager}], []) + [{"step": "Protokoll genehmigt", "role": sms.topManagement}]/>
