<#-- Die Texte des Verfahrens zur Lenkung dokumentierter Information (deutsch); die Struktur steht in
     documented-information-control.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie die dokumentierte Information des Servicemanagementsystems (SMS) von
${org.name} erstellt, freigegeben, veröffentlicht, geschützt, aufbewahrt und entsorgt wird. Es stellt sicher, dass stets
mit der aktuellen freigegebenen Fassung eines Dokuments gearbeitet wird und dass Aufzeichnungen einen
verlässlichen und auffindbaren Nachweis über die durchgeführten Tätigkeiten liefern.
@@scopeTitle
Anwendungsbereich
@@scope
Das Verfahren gilt für die gesamte dokumentierte Information des SMS, unabhängig von Format und Medium:

- **Dokumente**, die festlegen, was zu tun ist: Politiken, Pläne, Verfahren, der Servicekatalog,
  Vereinbarungen, Arbeitsanweisungen und Formulare;
- **Aufzeichnungen**, die nachweisen, was getan wurde: zum Beispiel Incident-Aufzeichnungen,
  Änderungsgenehmigungen, Auditberichte und Besprechungsprotokolle;
- **Dokumente externer Herkunft**, auf die sich das SMS stützt, etwa Normen, Verträge und Handbücher von
  Lieferanten.

Es umfasst die dokumentierte Information, die ${sms.standard} fordert, sowie die dokumentierte
Information, die ${org.name} als notwendig für die Wirksamkeit des SMS festgelegt hat.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@ownerDuties
Verantwortet dieses Verfahren.
@@libraryOwnerDuties
Ist verantwortlich für die ${t.documentLibraryName?no_esc} und das Dokumentenverzeichnis; prüft vor der Veröffentlichung Format, Kennzeichnung und Konsistenz; führt die jährliche Prüfung der Dokumente externer Herkunft durch.
@@approverDuties what
Gibt folgende Dokumente frei: ${what?no_esc}.
@@managerDuties
Stellt sicher, dass jedes vom SMS geforderte Dokument vorhanden ist, einen Verantwortlichen hat und fristgerecht überprüft wird; berichtet überfällige Überprüfungen an die Managementbewertung.
@@processOwners
Jeder im <@sms.link "sms-plan"/> benannte Prozessverantwortliche ist für die Dokumente und Aufzeichnungen
seines Prozesses verantwortlich und hält sie aktuell. Alle Mitarbeitenden verwenden ausschließlich die
veröffentlichte Fassung eines Dokuments, melden Fehler an den Dokumentverantwortlichen und führen keine
privaten Kopien gelenkter Dokumente.
@@identificationTitle
Kennzeichnung und Format
@@identification
Jedes gelenkte Dokument beginnt mit einer Dokumentenlenkungstabelle, die Dokument-ID, Titel, Version,
Status, Verantwortlichen, freigebende Stelle, Klassifizierung, Gültigkeitsdatum und Datum der nächsten
Überprüfung angibt; darauf folgt die Änderungshistorie.
@@numbering
### Nummerierungsschema

Jede Dokument-ID wird nach dem Muster `<Kurzname>-<Code>` gebildet: zuerst der Kurzname der Organisation
in Großbuchstaben (${doc.reference?remove_ending("-" + doc.code)}), dann ein Code aus einem Präfix für die
Dokumentart und einer zweistelligen Nummer. Dieses Verfahren hat zum Beispiel die ID ${doc.reference}.
Folgende Präfixe werden verwendet:
@@kindsHeader
| Dokumentart | Präfix | Beispiel | Freigabe durch |
|---|---|---|---|
@@numberingRules
Codes werden nie wiederverwendet: Ein zurückgezogenes Dokument behält seinen Code, und ein neues Dokument
erhält die nächste freie Nummer seines Präfixes. Aufzeichnungen werden durch die Nummer gekennzeichnet, die
das Tool vergibt (zum Beispiel die Incident- oder RFC-Nummer), Besprechungsprotokolle und Berichte durch
Titel und Datum.
@@versionsAndFormat
### Versionen und Status

- Entwürfe werden bis zur ersten Freigabe mit 0.1, 0.2 usw. nummeriert; die erste Freigabe ergibt
  Version 1.0.
- Eine redaktionelle Änderung, die keine Anforderung verändert (Rechtschreibung, Layout, ein neuer
  Ansprechpartner), erhöht die Unterversionsnummer, zum Beispiel von 1.0 auf 1.1, und wird vom
  Dokumentverantwortlichen freigegeben.
- Jede andere Änderung erhöht die Hauptversionsnummer, zum Beispiel von 1.1 auf 2.0, und bedarf der
  Freigabe durch die in der Dokumentenlenkungstabelle genannte freigebende Stelle.
- Der Status eines Dokuments lautet Entwurf, Freigegeben, Ersetzt oder Zurückgezogen.

### Format und Medien

Gelenkte Dokumente werden als strukturierter Text in einem versionsverwalteten Repository geführt und als
schreibgeschützte Kopien in der ${t.documentLibraryName} veröffentlicht. Sie werden in deutscher Sprache verfasst,
folgen dem Layout dieses Dokumentensatzes und nennen nach Möglichkeit Rollen statt Personen, damit ein
Personalwechsel keine neue Version erfordert. Formulare und Aufzeichnungen werden in den im
<@sms.link "sms-plan"/> aufgeführten Tools geführt.
@@creatingTitle
Erstellen und Aktualisieren von Dokumenten
@@creating
1. **Anstoß.** Alle Mitarbeitenden können neue Dokumente oder Änderungen an bestehenden Dokumenten anregen;
   sie wenden sich dazu an den Dokumentverantwortlichen oder an ${sms.documentControl.owner.de.den} ${sms.documentControl.owner.title}. Änderungen ergeben sich auch
   aus Audits, Bewertungen, Incidents, Änderungen an Services und geänderten Anforderungen.
2. **Entwurf.** Der Dokumentverantwortliche erstellt den Entwurf im Standardlayout, kennzeichnet ihn mit
   dem Status Entwurf und hält den Grund der Änderung in der Änderungshistorie fest.
3. **Prüfung.** Der Entwurf wird von den betroffenen Prozessverantwortlichen auf inhaltliche Richtigkeit
   und durch ${sms.documentControl.owner.de.den} ${sms.documentControl.owner.title} auf Format und Konsistenz mit den übrigen Dokumenten geprüft. Die Prüfenden
   antworten innerhalb von zehn Arbeitstagen.
4. **Freigabe.** Die in der Dokumentenlenkungstabelle genannte freigebende Stelle gibt das Dokument frei.
   Die Freigabe wird mit Datum und Namen der freigebenden Person in der Änderungshistorie dokumentiert.
   Niemand gibt ein Dokument frei, für das er selbst verantwortlich ist: Ist die Rolle, die eine Art von
   Dokumenten üblicherweise freigibt, für ein solches Dokument verantwortlich, <#if sms.documentControl.approver.de.plural?has_content>geben<#else>gibt</#if>
   ${sms.documentControl.approver.de.der} ${sms.documentControl.approver.title} es frei.
5. **Veröffentlichung.** ${sms.documentControl.owner.de.Der} ${sms.documentControl.owner.title} <#if sms.documentControl.owner.de.plural?has_content>veröffentlichen<#else>veröffentlicht</#if> die freigegebene Fassung in der
   ${t.documentLibraryName} und <#if sms.documentControl.owner.de.plural?has_content>verschieben<#else>verschiebt</#if> die vorherige Fassung mit dem Status Ersetzt in das Archiv.
6. **Bekanntmachung.** Der Dokumentverantwortliche informiert die Benutzer des Dokuments innerhalb von
   fünf Arbeitstagen nach der Veröffentlichung. Wenn die Änderung die Arbeitsweise betrifft, sorgt der
   Dokumentverantwortliche vor dem Gültigkeitsdatum für eine Unterweisung.
7. **Regelmäßige Überprüfung.** Jedes Dokument wird mindestens alle ${sms.documentControl.reviewIntervalMonths} Monate
   überprüft. Ist keine Änderung erforderlich, wird die Überprüfung in der Änderungshistorie dokumentiert
   und das Datum der nächsten Überprüfung neu festgelegt.
@@controlTitle
Lenkung dokumentierter Information
@@distributionAndStorage
### Verteilung und Zugriff

- Dokumente sind als ${sms.documentControl.classification} klassifiziert, sofern ihre Dokumentenlenkungstabelle nichts
  anderes angibt, und werden gemäß der <@sms.link "information-security-policy"/> behandelt.
- Alle Mitarbeitenden, die an Services im Anwendungsbereich arbeiten, haben Lesezugriff auf die
  ${t.documentLibraryName}. Nur der Dokumentverantwortliche und ${sms.documentControl.owner.de.der} ${sms.documentControl.owner.title} können Dokumente bearbeiten oder
  veröffentlichen.
- Dokumente werden nur mit Zustimmung des Dokumentverantwortlichen an Kunden, Lieferanten oder Auditoren
  weitergegeben, und zwar als schreibgeschützte Kopien mit Angabe der Version.
- Ausgedruckte Exemplare unterliegen nicht der Lenkung und sind nur am Tag des Ausdrucks gültig.

### Ablage, Erhaltung und Schutz

- Das Repository, die ${t.documentLibraryName} und die Tools, in denen Aufzeichnungen geführt werden, werden täglich
  gesichert; die Wiederherstellung wird mindestens einmal jährlich getestet.
- Zugriffsrechte werden rollenbasiert vergeben und vierteljährlich zusammen mit den übrigen nach der
  <@sms.link "information-security-policy"/> geforderten Zugriffsüberprüfungen überprüft, sodass nur
  lesen kann, wer ein Dokument oder eine Aufzeichnung braucht, nur der Verantwortliche es ändern kann und
  niemand es unbemerkt verändern kann.
- Aufzeichnungen können nach ihrem Abschluss nicht mehr verändert werden; Korrekturen erfolgen als datierte
  Ergänzungen, aus denen hervorgeht, wer sie vorgenommen hat.
- Dokumentierte Information wird in Formaten aufbewahrt, die während der gesamten Aufbewahrungsfrist lesbar
  bleiben.
@@changesAndRetention
### Überwachung von Änderungen

Jede veröffentlichte Fassung bleibt rückverfolgbar. Die Änderungshistorie führt jede Version mit Datum,
Verfasser und Beschreibung auf, und das versionsverwaltete Repository bewahrt den vollständigen Text jeder
Version auf. Gültig ist stets die Fassung mit dem Status Freigegeben in der ${t.documentLibraryName}.

### Aufbewahrung und Entsorgung

Aufzeichnungen werden für die in der folgenden Tabelle genannten Fristen aufbewahrt, gerechnet ab dem
jeweils genannten Ereignis. Nach Ablauf der Frist entsorgt der Verantwortliche sie sicher: Elektronische
Aufzeichnungen werden aus dem Tool und seinen Exporten gelöscht, Papieraufzeichnungen im Partikelschnitt
vernichtet, und die Entsorgung von Aufzeichnungen mit vertraulichen oder personenbezogenen Daten wird durch
${sms.documentControl.owner.de.den} ${sms.documentControl.owner.title} protokolliert. Aufzeichnungen, die für einen Rechtsanspruch, eine offene
Streitigkeit oder eine Untersuchung benötigt werden, werden unabhängig von der Frist bis zu deren
Abschluss aufbewahrt.
@@retentionHeader
| Aufzeichnung | Abschnitt | Verantwortlich | Ablageort | Aufbewahrungsfrist |
|---|---|---|---|---|
@@personalData
Enthält eine Aufzeichnung personenbezogene Daten, wird sie nicht länger als für die oben genannte Frist
aufbewahrt, und es werden nur die für ihren Zweck erforderlichen personenbezogenen Daten erfasst.
@@externalIntro
### Dokumente externer Herkunft

Die für das SMS benötigten Dokumente externer Herkunft werden mit Quelle, Referenz und Verantwortlichem im
<@sms.link "document-register"/> erfasst und mindestens einmal jährlich durch ${sms.documentControl.owner.de.den} ${sms.documentControl.owner.title} auf
Aktualität geprüft.
@@externalHeader
| Dokument externer Herkunft | Verantwortlich | Prüfung |
|---|---|---|
| ${sms.standard} und zugehörige Teile der Normenreihe ISO/IEC 20000 | ${manager.title} | Jährlich und bei Ankündigung einer neuen Ausgabe |
| Kundenverträge und unterzeichnete Service-Level-Vereinbarungen | ${slm.owner.title} | Bei jedem Service-Review mit dem Kunden |
@@supplierContractsRow
| Verträge mit ${t.externalSuppliersInflected} (${sms.andList(governance.contractRefs)}) | ${supplierManagement.owner.title} | Bei jeder Lieferantenbewertung |
@@externalRowsEnd
| Herstellerdokumentation zu Tools und Servicekomponenten | Prozessverantwortlicher des Tools | Bei Wechsel der Produktversion |
| Für die Services geltende Rechtsvorschriften und behördliche Vorgaben | ${manager.title} | Jährlich |
@@obsolete
### Veraltete Dokumente

Wird ein Dokument ersetzt oder zurückgezogen, <#if sms.documentControl.owner.de.plural?has_content>entfernen<#else>entfernt</#if> ${sms.documentControl.owner.de.der} ${sms.documentControl.owner.title} es noch am selben Tag aus der
${t.documentLibraryName}, <#if sms.documentControl.owner.de.plural?has_content>kennzeichnen<#else>kennzeichnet</#if> die archivierte Kopie als Ersetzt oder Zurückgezogen und
<#if sms.documentControl.owner.de.plural?has_content>beschränken<#else>beschränkt</#if> den Zugriff
auf das Archiv. Archivierte Fassungen werden nach ihrer Ersetzung 3 Jahre lang aufbewahrt, damit frühere
Entscheidungen nachvollziehbar bleiben.
@@registerTitle
Dokumentierte Information des SMS
@@register
Die dokumentierte Information des SMS wird an einer Stelle, im <@sms.link "document-register"/>,
aufgeführt und nicht in anderen Dokumenten wiederholt. Das Verzeichnis enthält die ${documents?size}
gelenkten Dokumente des Dokumentensatzes mit Dokument-ID, Version, Status, Verantwortlichem und Datum der
nächsten Überprüfung; es zeigt, wo jede von ${sms.standard} geforderte dokumentierte Information geführt
wird, von der Erklärung zum Anwendungsbereich und den Politiken bis zu den Service-Level-Vereinbarungen
und Lieferantenverträgen; es kennzeichnet die Dokumente externer Herkunft und führt die von der Norm
geforderten Aufzeichnungen mit dem jeweils verantwortlichen Prozess auf. ${sms.documentControl.owner.de.Der} ${sms.documentControl.owner.title}
<#if sms.documentControl.owner.de.plural?has_content>aktualisieren<#else>aktualisiert</#if> das Verzeichnis, sobald ein Dokument freigegeben, neu herausgegeben oder zurückgezogen wird.
Die Aufbewahrungsfrist jeder Aufzeichnung ist in der Aufbewahrungstabelle dieses Verfahrens festgelegt.
@@recordsTitle
Aufzeichnungen
@@revisionRecord
Änderungshistorie und Freigabe jedes Dokuments
@@documentOwner
Dokumentverantwortlicher
@@documentItself
Das Dokument selbst und das Repository
@@lifePlusThreeYears
Bis 3 Jahre nach Ende der Geltungsdauer des Dokuments
@@supersededRecord
Ersetzte und zurückgezogene Fassungen
@@archive
Archiv der ${t.documentLibraryName?no_esc}
@@threeYearsAfterSuperseded
3 Jahre nach der Ersetzung
@@externalCheckRecord
Jährliche Prüfung der Dokumente externer Herkunft
@@threeYears
3 Jahre
@@disposalRecord
Entsorgungsprotokoll für vertrauliche und personenbezogene Aufzeichnungen
@@sixYears
6 Jahre
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
@@measuresReport
${sms.documentControl.owner.de.Der} ${sms.documentControl.owner.title} <#if sms.documentControl.owner.de.plural?has_content>berichten<#else>berichtet</#if> diese Kennzahlen an jede Managementbewertung.
