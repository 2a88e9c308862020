<#-- Die Texte des Abschnitts Business-Relationship-Management (deutsch); die Struktur steht in business-relationship-management.ftl. -->
@@title
Business-Relationship-Management
@@customersTitle
Kunden
@@customersTable
Die Kunden der Services und die Häufigkeit ihrer Service-Reviews sind:

| Kunde | Art | Ansprechpartner | Bezogene Services | Service-Review |
|---|---|---|---|---|
@@contactInSla
Im SLA benannt
@@noServices
derzeit keine
@@reviewRule
Die Häufigkeit richtet sich nach der Kritikalität der Services, die ein Kunde bezieht:
${serviceLevels.customerReviewRule}. Für einen Kunden mit mehreren Services findet ein gemeinsames Review
statt.
@@noCustomers
Es sind noch keine Kunden erfasst. Sobald der erste Kunde vereinbart ist, ${brm.owner.de.plural?has_content?then("erfassen", "erfasst")} ${brm.owner.de.der} ${brm.owner.title}
ihn mit Ansprechpartner, bezogenen Services und Häufigkeit des Service-Reviews:
${serviceLevels.customerReviewRule}.
@@interestedParties
${brm.owner.de.Der} ${brm.owner.title} ${brm.owner.de.plural?has_content?then("führen", "führt")} außerdem eine Aufzeichnung der weiteren interessierten Parteien an den
Services, etwa der Benutzer der Kunden, der Aufsichtsbehörden und der Kundenbetreuer der Lieferanten,
jeweils mit der Art, wie sie informiert werden. Für die Kundenaufzeichnungen wird
${sms.toolOf("business-relationship-management")} verwendet.
@@reviewsTitle
Service-Reviews
@@reviews
1. **Vorbereiten.** Fünf Arbeitstage vor dem Review erhält der Kunde die aktuellen Serviceberichte und die
   Liste der offenen Maßnahmen.
2. **Leistung überprüfen.** Verfügbarkeit, Incidents, Service Requests, Zielverletzungen und Änderungen werden mit
   dem SLA abgeglichen, ebenso die Entwicklung seit dem letzten Review.
3. **Bedarf überprüfen.** Erfragt werden Veränderungen im Geschäft des Kunden, geplantes Wachstum oder
   geplante Reduzierungen, neue Anforderungen und alle Änderungen am Service, die der Kunde in den
   nächsten zwölf Monaten erwartet. Der prognostizierte Bedarf wird gemäß dem
   <@sms.link "supply-and-demand"/> an das Nachfragemanagement weitergegeben.
4. **Maßnahmen vereinbaren.** Vereinbarte Maßnahmen werden mit Verantwortlichen und Terminen
   aufgezeichnet, einschließlich Verbesserungen und Änderungen des SLA.
5. **Nachverfolgen.** Das Protokoll wird innerhalb von fünf Arbeitstagen versandt; die Maßnahmen werden über
   ${sms.toolOf("business-relationship-management")} verfolgt, und ihr Stand wird im nächsten Review
   berichtet.

Geänderte Anforderungen, die sich auf den Service oder sein SLA auswirken, werden als Änderungsanträge
eingereicht und, sofern sie die Kriterien der <@sms.link "change-management-policy"/> erfüllen, über
Design und Überführung von Services bearbeitet.
@@satisfactionTitle
Kundenzufriedenheit
@@satisfaction
Die Kundenzufriedenheit wird auf zwei Wegen gemessen:

- **Vierteljährliche Umfrage.** Der Ansprechpartner jedes Kunden und eine Stichprobe seiner Benutzer
  bewerten Gesamtzufriedenheit, Servicequalität, Kommunikation und Preis-Leistungs-Verhältnis auf einer
  Skala von 1 bis 5, ergänzt um freie Kommentare.
- **Rückmeldung zum Vorgang.** Benutzer erhalten beim Schließen eines Incidents oder eines Service Requests eine
  Umfrage mit einer einzigen Frage.

${brm.owner.de.Der} ${brm.owner.title} ${brm.owner.de.plural?has_content?then("werten", "wertet")} die Ergebnisse vierteljährlich je Kunde und je Service aus, ${brm.owner.de.plural?has_content?then("besprechen", "bespricht")} sie im
nächsten Service-Review und ${brm.owner.de.plural?has_content?then("erfassen", "erfasst")} eine Verbesserungsmöglichkeit für jede Durchschnittsbewertung unter
3,5 und jeden Rückgang um mehr als 0,5 gegenüber dem Vorquartal. Eine Zusammenfassung geht in jede
Managementbewertung ein (siehe <@sms.link "management-review"/>).
@@complaintsTitle
Servicebeschwerden
@@complaints
Eine Servicebeschwerde ist jede Äußerung der Unzufriedenheit eines Kunden oder Benutzers mit einem Service
oder mit der Art, wie ${org.name} ihn erbracht hat, auf die der Beschwerdeführer eine Antwort erwartet.
Eine Beschwerde ist weder ein Incident noch ein Service Request: Die Meldung, dass etwas defekt ist, ist ein
Incident; eine Beanstandung der Bearbeitung dieses Incidents ist eine Beschwerde. Jede Beschwerde wird
aufgezeichnet, gleich über welchen Kanal sie eingeht.

1. **Aufzeichnen.** Der Service Desk oder wer die Beschwerde entgegennimmt, zeichnet sie noch am selben
   Tag über ${sms.toolOf("business-relationship-management")} auf, mit dem Beschwerdeführer, dem Service
   und dem Gegenstand der Unzufriedenheit.
2. **Bestätigen.** ${brm.owner.de.Der} ${brm.owner.title} ${brm.owner.de.plural?has_content?then("bestätigen", "bestätigt")} den Eingang der Beschwerde innerhalb eines Arbeitstags
   und ${brm.owner.de.plural?has_content?then("teilen", "teilt")} dem Beschwerdeführer mit, wer sie bearbeitet.
3. **Untersuchen.** ${brm.owner.de.Der} ${brm.owner.title} ${brm.owner.de.plural?has_content?then("klären", "klärt")} den Sachverhalt mit dem Serviceverantwortlichen und den beteiligten
   Teams und ${brm.owner.de.plural?has_content?then("ermitteln", "ermittelt")} die Ursache.
4. **Antworten.** Der Beschwerdeführer erhält innerhalb von zehn Arbeitstagen eine vollständige Antwort mit
   den Feststellungen und den ergriffenen oder geplanten Maßnahmen. Benötigt die Untersuchung mehr Zeit,
   werden ihm die Gründe und ein Termin mitgeteilt.
5. **Eskalieren.** Ist der Beschwerdeführer mit der Antwort nicht zufrieden oder ist die Beschwerde nicht
   innerhalb von 20 Arbeitstagen abgeschlossen, wird sie an ${sms.topManagement.de.den} ${sms.topManagement.title} eskaliert.
6. **Abschließen.** Die Beschwerde ist abgeschlossen, wenn der Beschwerdeführer die Antwort annimmt oder
   ${sms.topManagement.de.der} ${sms.topManagement.title} eine abschließende Antwort gegeben ${sms.topManagement.de.plural?has_content?then("haben", "hat")}. Zeigt die Ursache eine Schwäche
   des SMS auf, wird nach dem <@sms.link "nonconformity-and-corrective-action"/> eine Nichtkonformität
   oder eine Verbesserung erfasst.

Anzahl, Ursachen und Bearbeitungsdauer der Beschwerden werden monatlich in den Serviceberichten berichtet
und in jeder Managementbewertung überprüft.
