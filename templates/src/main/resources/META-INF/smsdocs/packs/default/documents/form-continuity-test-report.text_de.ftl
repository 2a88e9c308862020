<#-- Die Texte des Formulars für den Testbericht zur Servicekontinuität (deutsch); die Struktur steht in
     form-continuity-test-report.md.ftl. -->
@@useTitle
Verwendung dieses Formulars
@@use
Die Testleitung füllt diesen Bericht innerhalb von zehn Arbeitstagen nach jedem Test aus, den der
<@sms.link "service-continuity-plan"/> vorsieht, und ${continuity.owner.de.der} ${continuity.owner.title} <#if continuity.owner.de.plural?has_content>zeichnen<#else>zeichnet</#if> ihn ab. Ein Test, der
einen produktiven Service berührt, wird als Änderung eingeplant (<@sms.link "form-rfc"/>). Maßnahmen werden
bis zum Abschluss verfolgt, und die Ergebnisse werden der Managementbewertung berichtet.
@@testTitle
1. Test
@@plannedTestsIntro
Die Tests und Wiederherstellungsziele des Plans, Services mit hoher Kritikalität zuerst:
@@plannedTestsHeader
| ${t["form.tick"]} | Service | Kritikalität | Test | Wiederherstellungszeit (RTO) | Wiederherstellungspunkt (RPO) |
|---|---|---|---|---|---|
@@fullRecoveryTest
Vollständiger Wiederherstellungstest
@@componentRecoveryTest
Wiederherstellungstest einer Komponente
@@walkThrough
Durchsprache der Wiederherstellungsschritte
@@scenarioExercise
Szenarioübung des gesamten Plans
@@testProgramme
Testprogramm
@@afterMajorChange
Nach einer größeren Änderung
@@afterInvocation
Nach einer Aktivierung
@@supplierTest
Test eines Lieferanten
@@testTable testTypes testReasons
| Test | |
|---|---|
| Testnummer | |
| Getesteter Service | |
| Testart | ${testTypes} |
| Anlass des Tests | ${testReasons} |
| Datum, Beginn und Ende | |
| Umfang | |
| Szenario | |
| Erfolgskriterien (mindestens Wiederherstellungszeit und Wiederherstellungspunkt) | |
| Testplan genehmigt durch ${continuity.owner.de.den} ${continuity.owner.title} am | |
| Änderung, unter der der Test lief (RFC-Nummer) | |
| Rückfallebene, falls der Test den produktiven Service stört | |
| Teilnehmende, auch von ${t.externalSuppliersInflected} | |
@@resultsTitle
2. Ergebnisse
@@objectivesTable
| Ziel | Vorgabe | Erreicht | Erfüllt |
|---|---|---|---|
| Wiederherstellungszeit | | | ☐ |
| Wiederherstellungspunkt (Datenverlust) | | | ☐ |
| | | | ☐ |
| | | | ☐ |
@@resultsTable
| Ergebnisse | |
|---|---|
| Was funktioniert hat | |
| Was fehlgeschlagen ist, und warum | |
| Auswirkung auf produktive Services | |
| Erforderliche Änderungen am Kontinuitätsplan, am Verfügbarkeitsplan oder an einem Runbook | |
@@actionsTitle
3. Maßnahmen
@@actionsHeader
| ${t["form.no"]} | Maßnahme | Verantwortlich | Fällig |
|---|---|---|---|
@@signOffTitle
Freigabe
@@written
Bericht erstellt durch die Testleitung
@@approved
Bericht genehmigt
@@reported
Ergebnisse der Managementbewertung berichtet
