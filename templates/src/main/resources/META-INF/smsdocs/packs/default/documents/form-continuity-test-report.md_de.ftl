<#include "/sections/form-parts.ftl">
<@sms.section title="Verwendung dieses Formulars" key="use-of-this-form"/>

Die Testleitung füllt diesen Bericht innerhalb von zehn Arbeitstagen nach jedem Test aus, den der
<@sms.link "service-continuity-plan"/> vorsieht, und der ${continuity.owner.title} zeichnet ihn ab. Ein Test, der
einen produktiven Service berührt, wird als Änderung eingeplant (<@sms.link "form-rfc"/>). Maßnahmen werden
bis zum Abschluss verfolgt, und die Ergebnisse werden der Managementbewertung berichtet.

<@recordBlock/>

<@sms.section title="1. Test" key="1.-test"/>

<#if continuityPlan.tests?has_content && forms.services?has_content>
Die Tests und Wiederherstellungsziele des Plans, Services mit hoher Kritikalität zuerst:

| ${t["form.tick"]} | Service | Kritikalität | Test | Wiederherstellungszeit (RTO) | Wiederherstellungspunkt (RPO) |
|---|---|---|---|---|---|
<#list continuityPlan.tests as test>
| ☐ | ${test.service.name} | ${test.service.criticalityWord} | ${test.service.recoveryTest} | ${test.service.rto} | ${test.service.rpo} |
</#list>

</#if>
| Test | |
|---|---|
| Testnummer | |
| Getesteter Service | |
| Testart | <@choices ["Vollständiger Wiederherstellungstest", "Wiederherstellungstest einer Komponente", "Durchsprache der Wiederherstellungsschritte", "Szenarioübung des gesamten Plans"]/> |
| Anlass des Tests | <@choices ["Testprogramm", "Nach einer größeren Änderung", "Nach einer Aktivierung", "Test eines Lieferanten"]/> |
| Datum, Beginn und Ende | |
| Umfang | |
| Szenario | |
| Erfolgskriterien (mindestens Wiederherstellungszeit und Wiederherstellungspunkt) | |
| Testplan genehmigt durch den ${continuity.owner.title} am | |
| Änderung, unter der der Test lief (RFC-Nummer) | |
| Rückfallebene, falls der Test den produktiven Service stört | |
| Teilnehmende, auch von ${t.externalSuppliersInflected} | |

<@sms.section title="2. Ergebnisse" key="2.-results"/>

| Ziel | Vorgabe | Erreicht | Erfüllt |
|---|---|---|---|
| Wiederherstellungszeit | | | ☐ |
| Wiederherstellungspunkt (Datenverlust) | | | ☐ |
| | | | ☐ |
| | | | ☐ |

| Ergebnisse | |
|---|---|
| Was funktioniert hat | |
| Was fehlgeschlagen ist, und warum | |
| Auswirkung auf produktive Services | |
| Erforderliche Änderungen am Kontinuitätsplan, am Verfügbarkeitsplan oder an einem Runbook | |

<@sms.section title="3. Maßnahmen" key="3.-actions"/>

| ${t["form.no"]} | Maßnahme | Verantwortlich | Fällig |
|---|---|---|---|
<@blankRows 6 4 true/>

<@sms.section title="Freigabe" key="sign-off"/>

<@signoff [
  {"step": "Bericht erstellt durch die Testleitung"},
  {"step": "Bericht genehmigt", "role": continuity.owner},
  {"step": "Ergebnisse der Managementbewertung berichtet", "role": sms.manager}
]/>
