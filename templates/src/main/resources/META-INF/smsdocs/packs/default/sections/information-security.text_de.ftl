<#-- Die Texte des Abschnitts Informationssicherheitsmanagement (deutsch); die Struktur steht in information-security.ftl. -->
@@title
Informationssicherheitsmanagement
@@intro
Die Informationssicherheit wird nach der von der obersten Leitung genehmigten
<@sms.link "information-security-policy"/> gesteuert. <#if governance.securityTitled>${security.owner.de.Der} ${security.owner.title} ${security.owner.de.plural?has_content?then("führen", "führt")}<#else>${security.owner.de.Der} ${security.owner.title}, zuständig für die Informationssicherheit, ${security.owner.de.plural?has_content?then("führen", "führt")}</#if>
die nachstehenden Tätigkeiten gemeinsam mit den Prozessverantwortlichen und den Serviceverantwortlichen durch.
Für die Sicherheitsaufzeichnungen wird ${sms.toolOf("information-security-management")} verwendet; der
Zugriff ist auf die Personen beschränkt, die ihn benötigen.
@@riskTitle
Beurteilung der Informationssicherheitsrisiken
@@riskAssessment
1. **Werte ermitteln.** Ausgangspunkt sind die Asset-Daten und die ${t.configurationInformation}, die ${asset.owner.de.der}
   ${asset.owner.title} ${asset.owner.de.plural?has_content?then("pflegen", "pflegt")}: Services, für Kunden vorgehaltene Informationen, Systeme, Standorte und
   Lieferanten.
2. **Risiken ermitteln.** Für jede Gruppe von Werten werden die Bedrohungen für Vertraulichkeit,
   Integrität und Verfügbarkeit sowie die Schwachstellen ermittelt, die sie ausnutzen könnten.
3. **Risiken bewerten.** Wahrscheinlichkeit und Auswirkung werden wie bei jedem anderen Risiko des SMS
   nach den Kriterien des Dokuments <@sms.link "risk-register"/> als hoch, mittel oder niedrig eingestuft;
   die dortige Risikomatrix ergibt die Risikostufe.
4. **Behandlung festlegen.** Hohe Risiken werden durch Maßnahmen behandelt. Die Risikostufe bestimmt die
   erforderliche Reaktion und wer das Risiko akzeptieren darf, wie im Register festgelegt.
5. **Aufzeichnen.** Jedes Risiko wird mit Risikostufe, Verantwortlichem, Behandlung und Restrisikostufe
   im Risikoregister aufgezeichnet.
6. **Wiederholen.** Die Beurteilung wird mindestens einmal jährlich wiederholt, außerdem vor der
   Überführung eines neuen oder geänderten Service und nach jedem kritischen Informationssicherheitsvorfall.
@@controlsTitle
Informationssicherheitsmaßnahmen
@@controls
Jede Maßnahme wird in einem Maßnahmenregister aufgezeichnet, das sie mit den von ihr behandelten Risiken
verknüpft, ihren Verantwortlichen benennt und festlegt, wie ihre Wirksamkeit geprüft wird. Die
grundlegenden Maßnahmen sind:

| Maßnahmenbereich | Maßnahme | Verantwortlich | Prüfung |
|---|---|---|---|
| Zugangssteuerung | Zugang nur auf genehmigten Antrag; privilegierte Konten nutzen Multi-Faktor-Authentifizierung | ${security.owner.title} | Vierteljährliche Überprüfung der Zugriffsrechte |
| Austritte und Wechsel | Entzug der Zugriffsrechte am letzten Arbeitstag; Überprüfung bei Rollenwechseln | ${security.owner.title} | Monatlicher Abgleich mit der Personalliste |
| Schwachstellenmanagement | Sicherheitspatches innerhalb von 14 Tagen, kritische innerhalb von 72 Stunden eingespielt | ${change.owner.title} | Monatlicher Bericht zum Patchstand |
| Schutz vor Schadsoftware | Schutzsoftware (Endpoint Protection) auf jedem verwalteten Endgerät und Server | ${availability.owner.title} | Wöchentlicher Abdeckungsbericht |
| Datensicherung | Sicherungen der Service- und Kundendaten werden erstellt und durch Wiederherstellungstests geprüft | ${continuity.owner.title} | Monatlicher Wiederherstellungstest |
| Protokollierung und Überwachung | Sicherheitsereignisse werden zentral protokolliert und 12 Monate aufbewahrt | ${security.owner.title} | Wöchentliche Durchsicht der Alarme |
| Schutz von Assets | Asset-Inventar aktuell gehalten; Datenträger verschlüsselt; Medien sicher entsorgt | ${asset.owner.title} | Vierteljährlicher Lizenzabgleich; jährliche Inventur der Hardware |
| Änderungssteuerung | Bewertung der Sicherheitsauswirkungen jedes Änderungsantrags | ${change.owner.title} | Vierteljährliche Stichprobe von Änderungen |
| Sicherheit bei Lieferanten | Sicherheitspflichten in jedem Lieferantenvertrag | ${supplierManagement.owner.title} | Jährlich, im Rahmen einer Leistungsbewertung des Lieferanten |
| Sensibilisierung | Sicherheitsschulung bei der Einarbeitung und jährlich | ${sms.manager.title} | Vierteljährlicher Bericht zum Schulungsabschluss |
@@controlsReview
**Überprüfung der Maßnahmen.** ${security.owner.de.Der} ${security.owner.title} ${security.owner.de.plural?has_content?then("überprüfen", "überprüft")} das Maßnahmenregister alle sechs
Monate: Für jede Maßnahme wird geprüft, ob sie wie beschrieben wirkt und ob sie ihre Risiken weiterhin
behandelt. Maßnahmen werden außerdem nach einem Sicherheitsvorfall überprüft, den sie nicht verhindert
oder nicht erkannt haben, sowie bei Änderungen der Risikobeurteilung. Änderungen an Maßnahmen durchlaufen
das Änderungsmanagement. Das Ergebnis jeder Überprüfung wird mit den daraus folgenden Maßnahmen
aufgezeichnet und der Managementbewertung berichtet.
@@supplierObligations
**Sicherheitspflichten der Lieferanten.** ${supplierManagement.owner.de.Der} ${supplierManagement.owner.title} ${supplierManagement.owner.de.plural?has_content?then("stellen", "stellt")} sicher, dass jeder Vertrag
mit einem ${t.externalSupplierInflected} und jede Vereinbarung mit
${t.anInternalSupplierDative} die Pflichten des
Lieferanten festlegt, Informationen zu schützen, Sicherheitsvorfälle innerhalb von 24 Stunden an
${org.name} zu melden, Zugang für Audits zu gewähren oder unabhängige Nachweise vorzulegen (etwa ein
Zertifikat nach ISO/IEC 27001 oder einen SOC-2-Bericht) und Informationen am Ende des Vertrags
zurückzugeben oder zu vernichten. Die Einhaltung wird mindestens einmal jährlich im Rahmen einer der
Leistungsbewertungen des Lieferanten nach dem <@sms.link "relationship-and-agreement"/> geprüft.
@@suppliersHeader
| ${t.ExternalSupplier} | Leistung | Vertrag | Betreut durch |
|---|---|---|---|
@@providesInContract
siehe Vertrag
@@noSuppliers
Derzeit tragen keine ${t.externalSuppliersInflected} zu den
Services bei. Die Sicherheitspflichten eines Lieferanten werden vereinbart, bevor er Zugang zu
Informationen oder Systemen erhält.
@@incidentsTitle
Informationssicherheitsvorfälle
@@incidents
Ein Informationssicherheitsvorfall ist jedes Ereignis, das die Vertraulichkeit, Integrität oder
Verfügbarkeit von Informationen oder eines Service beeinträchtigt hat oder beeinträchtigen könnte, zum
Beispiel unbefugter Zugriff, Schadsoftware, der Verlust eines Geräts, die Weitergabe von Daten an falsche
Empfänger oder eine Sicherheitsverletzung bei einem Lieferanten.

Sicherheitsvorfälle werden als Incidents über ${sms.toolOf("incident-management")} erfasst, und zwar in
einer Sicherheitskategorie, die nur der Service Desk, ${security.owner.de.der} ${security.owner.title} und benannte
Bearbeiter einsehen können. Sie werden nach dem <@sms.link "resolution-and-fulfilment"/> mit den
nachstehenden zusätzlichen Schritten bearbeitet.

| Schweregrad | Typische Situation | Incident-Priorität | Information an ${security.owner.de.den} ${security.owner.title} |
|---|---|---|---|
| Kritisch | Bestätigter Verlust oder bestätigte Offenlegung von Kunden- oder personenbezogenen Daten; Ransomware; Kompromittierung eines privilegierten Kontos | ${sms.priorityId(0)} | Sofort, telefonisch |
| Hoch | Bestätigte, eingedämmte Kompromittierung eines Systems oder Kontos ohne Hinweis auf Datenverlust | ${sms.priorityId(1)} | Innerhalb einer Stunde |
| Mittel | Angriffsversuch oder Verstoß gegen Sicherheitsvorgaben ohne Kompromittierung | ${sms.priorityId(2)} | Am selben Arbeitstag |
| Niedrig | Gemeldetes verdächtiges Ereignis oder gemeldete Schwachstelle ohne Hinweis auf einen Angriff | ${sms.priorityId(3)} | Am nächsten Arbeitstag |

1. **Melden.** Mitarbeitende, Benutzer und Lieferanten melden vermutete Sicherheitsvorfälle unverzüglich
   an den Service Desk. Von Meldungen wird niemals abgeraten, auch wenn sie sich als Fehlalarm erweisen.
2. **Erfassen und klassifizieren.** Der Service Desk erfasst den Vorfall und legt seinen Schweregrad
   anhand der obigen Tabelle fest. ${security.owner.de.Der} ${security.owner.title} ${security.owner.de.plural?has_content?then("bestätigen", "bestätigt")} oder ${security.owner.de.plural?has_content?then("ändern", "ändert")} den Schweregrad.
3. **Eindämmen.** ${security.owner.de.Der} ${security.owner.title} ${security.owner.de.plural?has_content?then("leiten", "leitet")} die Eindämmung: Isolieren von Geräten, Sperren von
   Konten, Blockieren von Adressen. Beweismittel (Protokolle, Abbilder, E-Mails) werden gesichert, bevor
   Systeme neu aufgesetzt werden.
4. **Benachrichtigen.** Bei Vorfällen, die Informationen eines Kunden betreffen, informiert der
   Serviceverantwortliche den Kunden innerhalb von 24 Stunden nach der Bestätigung. Sind personenbezogene Daten betroffen,
   entscheiden ${security.owner.de.der} ${security.owner.title} und ${sms.topManagement.de.der} ${sms.topManagement.title} gemeinsam, ob die
   Datenschutzaufsichtsbehörde zu benachrichtigen ist; in diesem Fall erfolgt die Meldung innerhalb von
   72 Stunden, nachdem die Verletzung bekannt wurde.
5. **Beseitigen und wiederherstellen.** Die Ursache wird beseitigt, Systeme werden aus bekannt
   vertrauenswürdigen Quellen wiederhergestellt, und vor dem Schließen des Incidents wird mit dem
   Serviceverantwortlichen bestätigt, dass der Service sicher ist.
6. **Lernen.** Für kritische und hohe Vorfälle wird innerhalb von zehn Arbeitstagen eine Auswertung der
   gewonnenen Erkenntnisse (Lessons Learned) durchgeführt. Aufgezeichnet werden die Ursache, was
   funktioniert hat und was nicht, sowie die Maßnahmen; ist die Ursache noch nicht beseitigt, wird ein
   Problem erfasst; Risikobeurteilung und Maßnahmenregister werden aktualisiert.

${security.owner.de.Der} ${security.owner.title} ${security.owner.de.plural?has_content?then("berichten", "berichtet")} monatlich über Anzahl, Schweregrad und Entwicklung der
Sicherheitsvorfälle und ${security.owner.de.plural?has_content?then("stellen", "stellt")} die gewonnenen Erkenntnisse in der Managementbewertung vor.
