<#-- Die Texte des Formulars für den Änderungsantrag (RFC) (deutsch); die Struktur steht in form-rfc.md.ftl. -->
@@useTitle
Verwendung dieses Formulars
@@use changeProcedure
Der Änderungsverantwortliche füllt die Teile 1 bis 4 für jede Änderung an einem Element aus, das nach der
<@sms.link "change-management-policy"/> der Änderungssteuerung unterliegt. ${change.owner.de.Der} ${change.owner.title}
<#if change.owner.de.plural?has_content>prüfen den Antrag, bestätigen die Risikoeinstufung und füllen<#else>prüft den Antrag, bestätigt die Risikoeinstufung und füllt</#if> die Teile 5 und 6 aus; Teil 7 hält die Umsetzung und
ihre Überprüfung fest. Änderungen werden ${change.inTool} erfasst: Wo die dortige Änderungsaufzeichnung die
nachstehenden Felder enthält, ist sie der Änderungsantrag, und dieses Formular legt fest, was er enthalten
muss. Auf Papier oder in Word wird das Formular verwendet, wenn das Tool nicht erreichbar ist, etwa bei einer
Notfalländerung, und innerhalb eines Arbeitstages im Tool nachgetragen. Wie eine Änderung bewertet,
genehmigt und umgesetzt wird, beschreibt das <@sms.link changeProcedure/>.
@@requestTitle
1. Antrag
@@requestTable choices
| Antrag | |
|---|---|
| RFC-Nummer (bei der Erfassung vergeben) | |
| Titel der Änderung | |
| Beantragt von (Name und Rolle) | |
| Änderungsverantwortlicher | |
| Datum des Antrags | |
| Anlass | <@choices ["Serviceverantwortlicher", "Problem (dauerhafte Lösung)", "Incident", "Kapazität oder Verfügbarkeit", "Informationssicherheit", "Service-Review mit dem Kunden", "Lieferant", "Serviceplanung", "Sonstiges"]/> |
| Zugehörige Incident-, Problem- oder Verbesserungsnummer | |
| Begründung der Änderung und erwarteter Nutzen | |
| Beschreibung der Änderung | |
| Gewünschter Umsetzungstermin und etwaige Frist | |
@@servicesTitle
2. Betroffene Services und Konfigurationselemente
@@servicesTickHeader
Jeder Service, den die Änderung betrifft oder unterbrechen kann, wird angekreuzt.

| ${t["form.tick"]} | Service | Kritikalität | Serviceverantwortlicher | Servicezeiten |
|---|---|---|---|---|
@@servicesBlankHeader
Jeder Service, den die Änderung betrifft oder unterbrechen kann, wird mit seinem Namen im
<@sms.link "service-catalogue"/> und seiner Kritikalität eingetragen.

| Service | Kritikalität | Serviceverantwortlicher |
|---|---|---|
@@configurationItemsHeader
Betroffene Konfigurationselemente, wie sie in den ${t.configurationInformation} erfasst sind:

| CI | CI-Typ | Aktuelle Version oder Einstellung | Version oder Einstellung nach der Änderung |
|---|---|---|---|
@@plansTitle
3. Pläne
@@plansTable choices
| Pläne | |
|---|---|
| Umsetzungsplan (Schritte oder Verweis auf das Runbook) | |
| Testplan und Abnahmekriterien | |
| Rückfallplan oder die Entscheidung des Genehmigenden, ohne einen solchen Plan zu arbeiten | |
| Durchgeführt von (Personen und Lieferanten) | |
| Vorgesehenes Zeitfenster | <@choices ["Außerhalb der Servicezeiten", "Vereinbartes Wartungsfenster", "Während der Servicezeiten (Begründung unten)"]/> |
| Vorgesehener Beginn und vorgesehenes Ende | |
@@assessmentTitle
4. Bewertung
@@riskRatingIntro
Der Änderungsverantwortliche schlägt die Risikoeinstufung nach der Tabelle des Änderungsverfahrens vor,
und ${change.owner.de.der} ${change.owner.title} <#if change.owner.de.plural?has_content>bestätigen<#else>bestätigt</#if> sie:
@@assessmentTable choices
| Bewertung | |
|---|---|
| Risiko der Änderung | <@choices ["Niedrig", "Mittel", "Hoch"]/> |
| Begründung der Einstufung | |
| Risiko, die Änderung nicht durchzuführen | |
| Auswirkung auf die Services und ihre Kunden | |
| Auswirkung auf die Kapazität | |
| Auswirkung auf die Informationssicherheit | |
| Auswirkung auf die Servicekontinuität und die ${t.serviceAvailability} | |
| Überschneidungen mit anderen eingeplanten Änderungen | |
| Ressourcen, Kosten und Einbindung von Lieferanten | |
| Zu informierende Kunden, mindestens 5 Arbeitstage im Voraus | |
@@classificationTitle
5. Klassifizierung
@@classificationTable choices
| Klassifizierung | |
|---|---|
| Vollständig eingegangen am | |
| Änderungsart | <@choices ["Standardänderung", "Normale Änderung, geringfügig", "Normale Änderung, wesentlich", "Notfalländerung"]/> |
| Verwendetes Änderungsmodell (Standardänderung) | |
| Potenziell erhebliche Auswirkungen nach den Kriterien der Änderungsmanagementpolitik | <@choices ["Nein", "Ja: Design und Überführung als neuer oder geänderter Service, genehmigt durch " + top.de.den + " " + top.title]/> |
@@decisionTitle
6. Entscheidung
@@decidedByTable
| Änderungsart | Entschieden durch |
|---|---|
| Standardänderung | Vorab genehmigt durch das Änderungsmodell, das ${change.owner.de.der} ${change.owner.title} angenommen <#if change.owner.de.plural?has_content>haben<#else>hat</#if> |
| Normale Änderung, geringfügig | ${change.owner.title} |
| Normale Änderung, wesentlich | Change Advisory Board (CAB); Vorsitz: ${change.owner.title}<#if procedures.cabMembers?has_content>; ständige Mitglieder: ${sms.andList(procedures.cabMembers?map(r -> r.title))}</#if>; dazu der Verantwortliche jedes betroffenen Service |
| Notfalländerung | Notfall-CAB: ${governance.emergencyCab} |
@@decisionTable choices
| Entscheidung | |
|---|---|
| Entscheidung | <@choices ["Genehmigt", "Mit Auflagen genehmigt", "Abgelehnt", "Zurückgestellt"]/> |
| Auflagen oder Grund der Ablehnung oder Zurückstellung | |
| CAB-Sitzung und Protokollverweis (wesentliche Änderungen) | |
| Eingeplanter Beginn und eingeplantes Ende | |
@@implementationTitle
7. Umsetzung und Überprüfung
@@implementationTable choices
| Umsetzung und Überprüfung | |
|---|---|
| Umgesetzt am | |
| Ergebnis | <@choices ["Erfolgreich", "Erfolgreich mit Problemen", "Fehlgeschlagen, zurückgenommen"]/> |
| Geprüft von und wie (nach einer wesentlichen Änderung 24 Stunden Beobachtung der Überwachung) | |
| Durch die Änderung verursachte Incidents (Nummern) | |
| ${t.ConfigurationInformation} aktualisiert am, durch | |
| Nachbetrachtung erforderlich (fehlgeschlagen, zurückgenommen, Incident verursacht oder Notfalländerung) | <@choices ["Nein", "Ja"]/> |
| Verweis auf die Nachbetrachtung und Maßnahmen | |
@@signOffTitle
Freigabe
@@requested
Beantragt durch den Änderungsverantwortlichen
@@classified
Klassifiziert
@@decided
Entschieden (bei einer wesentlichen Änderung: Vorsitz des CAB)
@@reviewedAndClosed
Überprüft und abgeschlossen
