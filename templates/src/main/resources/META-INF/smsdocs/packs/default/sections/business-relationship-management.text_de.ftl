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
In der SLA benannt
@@noServices
derzeit keine
@@reviewRule
Die Häufigkeit richtet sich nach der Kritikalität der Services, die ein Kunde bezieht:
${serviceLevels.customerReviewRule}. Für einen Kunden mit mehreren Services findet ein gemeinsames Review
statt.
@@noCustomers
Es sind noch keine Kunden erfasst. Sobald der erste Kunde vereinbart ist, erfasst der ${brm.owner.title}
ihn mit Ansprechpartner, bezogenen Services und Häufigkeit des Service-Reviews:
${serviceLevels.customerReviewRule}.
@@interestedParties
Der ${brm.owner.title} führt außerdem eine Aufzeichnung der weiteren interessierten Parteien an den
Services, etwa der Anwender der Kunden, der Aufsichtsbehörden und der Kundenbetreuer der Lieferanten,
jeweils mit der Art, wie sie informiert werden. Für die Kundenaufzeichnungen wird
${sms.toolOf("business-relationship-management")} verwendet.
@@reviewsTitle
Service-Reviews
@@reviews
1. **Vorbereiten.** Fünf Arbeitstage vor dem Review erhält der Kunde die aktuellen Serviceberichte und die
   Liste der offenen Maßnahmen.
2. **Leistung überprüfen.** Verfügbarkeit, Incidents, Service Requests, Zielverletzungen und Änderungen werden mit
   der SLA abgeglichen, ebenso die Entwicklung seit dem letzten Review.
3. **Bedarf überprüfen.** Erfragt werden Veränderungen im Geschäft des Kunden, geplantes Wachstum oder
   geplante Reduzierungen, neue Anforderungen und alle Änderungen am Service, die der Kunde in den
   nächsten zwölf Monaten erwartet. Der prognostizierte Bedarf wird gemäß dem
   <@sms.link "supply-and-demand"/> an das Nachfragemanagement weitergegeben.
4. **Maßnahmen vereinbaren.** Vereinbarte Maßnahmen werden mit Verantwortlichen und Terminen
   aufgezeichnet, einschließlich Verbesserungen und Änderungen der SLA.
5. **Nachverfolgen.** Das Protokoll wird innerhalb von fünf Arbeitstagen versandt; die Maßnahmen werden über
   ${sms.toolOf("business-relationship-management")} verfolgt, und ihr Stand wird im nächsten Review
   berichtet.

Geänderte Anforderungen, die sich auf den Service oder seine SLA auswirken, werden als Änderungsanträge
eingereicht und, sofern sie die Kriterien der <@sms.link "change-management-policy"/> erfüllen, über
Design und Überführung von Services bearbeitet.
@@satisfactionTitle
Kundenzufriedenheit
@@satisfaction
Die Kundenzufriedenheit wird auf zwei Wegen gemessen:

- **Vierteljährliche Umfrage.** Der Ansprechpartner jedes Kunden und eine Stichprobe seiner Anwender
  bewerten Gesamtzufriedenheit, Servicequalität, Kommunikation und Preis-Leistungs-Verhältnis auf einer
  Skala von 1 bis 5, ergänzt um freie Kommentare.
- **Rückmeldung zum Vorgang.** Anwender erhalten beim Schließen eines Incidents oder eines Service Requests eine
  Umfrage mit einer einzigen Frage.

Der ${brm.owner.title} wertet die Ergebnisse vierteljährlich je Kunde und je Service aus, bespricht sie im
nächsten Service-Review und erfasst eine Verbesserungsmöglichkeit für jede Durchschnittsbewertung unter
3,5 und jeden Rückgang um mehr als 0,5 gegenüber dem Vorquartal. Eine Zusammenfassung geht in jede
Managementbewertung ein (siehe <@sms.link "management-review"/>).
@@complaintsTitle
Servicebeschwerden
@@complaints
Eine Servicebeschwerde ist jede Äußerung der Unzufriedenheit eines Kunden oder Anwenders mit einem Service
oder mit der Art, wie ${org.name} ihn erbracht hat, auf die der Beschwerdeführer eine Antwort erwartet.
Eine Beschwerde ist weder ein Incident noch ein Service Request: Die Meldung, dass etwas defekt ist, ist ein
Incident; eine Beanstandung der Bearbeitung dieses Incidents ist eine Beschwerde. Jede Beschwerde wird
aufgezeichnet, gleich über welchen Kanal sie eingeht.

1. **Aufzeichnen.** Der Service Desk oder wer die Beschwerde entgegennimmt, zeichnet sie noch am selben
   Tag über ${sms.toolOf("business-relationship-management")} auf, mit dem Beschwerdeführer, dem Service
   und dem Gegenstand der Unzufriedenheit.
2. **Bestätigen.** Der ${brm.owner.title} bestätigt den Eingang der Beschwerde innerhalb von 1 Arbeitstag
   und teilt dem Beschwerdeführer mit, wer sie bearbeitet.
3. **Untersuchen.** Der ${brm.owner.title} klärt den Sachverhalt mit dem Serviceverantwortlichen und den beteiligten
   Teams und ermittelt die Ursache.
4. **Antworten.** Der Beschwerdeführer erhält innerhalb von 10 Arbeitstagen eine vollständige Antwort mit
   den Feststellungen und den ergriffenen oder geplanten Maßnahmen. Benötigt die Untersuchung mehr Zeit,
   werden ihm die Gründe und ein Termin mitgeteilt.
5. **Eskalieren.** Ist der Beschwerdeführer mit der Antwort nicht zufrieden oder ist die Beschwerde nicht
   innerhalb von 20 Arbeitstagen abgeschlossen, wird sie an den ${sms.topManagement.title} eskaliert.
6. **Abschließen.** Die Beschwerde ist abgeschlossen, wenn der Beschwerdeführer die Antwort annimmt oder
   der ${sms.topManagement.title} eine abschließende Antwort gegeben hat. Zeigt die Ursache eine Schwäche
   des SMS auf, wird nach dem <@sms.link "nonconformity-and-corrective-action"/> eine Nichtkonformität
   oder eine Verbesserung erfasst.

Anzahl, Ursachen und Bearbeitungsdauer der Beschwerden werden monatlich in den Serviceberichten berichtet
und in jeder Managementbewertung überprüft.
