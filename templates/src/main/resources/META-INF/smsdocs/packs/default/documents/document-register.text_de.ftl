<#-- Die Texte des Dokumentenverzeichnisses (deutsch); die Struktur steht in document-register.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verzeichnis führt die dokumentierte Information des Servicemanagementsystems (SMS) von
${org.name} auf: jedes gelenkte Dokument des SMS mit aktueller Version, Status, Verantwortlichem und Datum
der nächsten Überprüfung, die Dokumente externer Herkunft, auf die sich das SMS stützt, sowie die von der
${sms.standard} geforderten Aufzeichnungen mit dem jeweils verantwortlichen Prozess und dem Ablageort. Es
ist die Referenz, um die aktuelle Fassung jedes SMS-Dokuments aufzufinden und zu prüfen, dass nichts
Gefordertes fehlt.
@@documentsTitle
Dokumente des SMS
@@documentCount
Der Dokumentensatz umfasst ${documents?size} Dokumente
@@documentLinks
Jeder
Titel verweist auf die aktuelle Ausgabe des Dokuments
@@formsBelow
; die Formulare sind unten in einer eigenen Gruppe aufgeführt
@@documentsHeader
| Dokument-ID | Dokument | Art | Version | Status | Verantwortlich | Nächste Überprüfung | Abschnitte |
|---|---|---|---|---|---|---|---|
@@plannedApproval date
(geplante Freigabe: ${date})
@@formsTitle
Formulare
@@formsIntro
Die Formulare sind gelenkte Dokumente wie die übrigen: Jedes ist die Vorlage, aus der eine Aufzeichnung
des SMS entsteht. Die Tabelle nennt die Aufzeichnung, die jedes Formular erzeugt, und die Abschnitte, für
die diese Aufzeichnung den Nachweis bildet; ein Formular behandelt selbst keinen Abschnitt. Wo die
ausgefüllten Formulare abgelegt und wie lange sie aufbewahrt werden, ist in der <@sms.link "records-matrix"/>
festgelegt.
@@formsHeader
| Dokument-ID | Formular | Version | Status | Nächste Überprüfung | Erzeugte Aufzeichnung | Abschnitte |
|---|---|---|---|---|---|---|
@@requiredTitle
Von der Norm geforderte dokumentierte Information
@@requiredIntro edition2011
Die Tabelle zeigt, wo jede von der ${sms.standard} geforderte dokumentierte Information geführt wird.
@@requiredHeader
| Geforderte dokumentierte Information | Abschnitt | Geführt in |
|---|---|---|
@@requiredPolicy
Servicemanagementpolitik
@@requiredScope
Anwendungsbereich des SMS
@@requiredPlanWithObjectives
Servicemanagementplan mit den Servicemanagementzielen
@@requiredImprovementPolicy
Politik zur fortlaufenden Verbesserung mit den Kriterien für die Bewertung von Verbesserungen
@@requiredAuditProgramme
Auditprogramm
@@requiredServicePlans
Pläne für neue oder geänderte Services
@@transitionPlans held
Überführungspläne (${held})
@@requiredCatalogue
Servicekatalog
@@requiredSlas
Service-Level-Vereinbarungen
@@moreSlas count
und ${count} weitere, jeweils in der Tabelle oben aufgeführt
@@noSlas
noch keine, da keine Services erfasst sind
@@requiredContinuityAndAvailabilityPlans
Pläne für Servicekontinuität und Verfügbarkeit
@@requiredBudgetingPolicy
Politik für Budgetierung und Kostenrechnung
@@requiredCapacityPlan
Kapazitätsplan
@@requiredSecurityPolicy
Informationssicherheitspolitik
@@requiredChangePolicy
Änderungsmanagementpolitik
@@requiredReleasePolicy
Release-Politik
@@requiredProcedures
Von der Norm geforderte dokumentierte Verfahren
@@notInSet
nicht im aktuellen Dokumentensatz enthalten
@@requiredSupplierContracts2011
Verträge mit Lieferanten
@@externalBelow
Dokumente externer Herkunft, siehe unten
@@requiredInternalAgreements2011
Vereinbarungen mit internen Gruppen und mit als Lieferant handelnden Kunden
@@requiredRecordsIntro
Von der Norm geforderte Aufzeichnungen
@@mandatoryBelow
Verpflichtende Aufzeichnungen, siehe unten
@@requiredObjectives
Servicemanagementziele
@@requiredRisks
Risiken und Chancen sowie die Maßnahmen zu ihrer Behandlung
@@requiredPlan
Servicemanagementplan
@@requiredContinuityPlan
Servicekontinuitätsplan
@@requiredAvailability
Anforderungen und Ziele der Serviceverfügbarkeit
@@requiredProcesses
Prozesse des SMS
@@requiredServiceRequirements
Serviceanforderungen
@@requiredSupplierContracts
Verträge mit externen Lieferanten
@@requiredInternalAgreements
Vereinbarungen mit internen Lieferanten und mit als Lieferant handelnden Kunden
@@externalTitle
Dokumente externer Herkunft
@@externalIntro library
Dokumente externer Herkunft werden hier gekennzeichnet und von ihrem Verantwortlichen gelenkt. Der
Verantwortliche legt die aktuelle Fassung in der ${library} ab (bei einem Vertrag oder einer Vereinbarung
das unterzeichnete Exemplar), prüft mindestens einmal jährlich und bei einem Vertrag oder einer
Vereinbarung zusätzlich bei jeder Lieferanten- oder Kundenbesprechung, ob sie noch aktuell ist, und zieht
ersetzte Fassungen zurück.
@@externalHeader
| Dokument | Herkunft | Referenz | Verantwortlich |
|---|---|---|---|
| ${sms.standard}, lizenziertes Exemplar | ISO und IEC | ${sms.standard} | ${sms.manager.title} |
@@externalGeneralRows
| Herstellerdokumentation zu Tools und Servicekomponenten | Hersteller | Eingesetztes Produkt und eingesetzte Version | Verantwortlicher des Prozesses, der das Tool nutzt |
| Für die Services geltende Rechtsvorschriften und behördliche Vorgaben | Gesetzgeber und Aufsichtsbehörden | Titel und Datum der aktuellen Fassung | ${sms.manager.title} |
@@noSuppliers
Derzeit tragen ${t.neitherExternalNorInternalSuppliers} zu den Services im Anwendungsbereich bei.
Ein Vertrag oder eine Vereinbarung wird in diese Tabelle aufgenommen, sobald er bzw. sie unterzeichnet ist.
@@recordsTitle
Verpflichtende Aufzeichnungen
@@recordsIntro library
Die folgende Tabelle enthält die von der ${sms.standard} als Nachweis geforderten Aufzeichnungen. Für
jede Aufzeichnung ist der Verantwortliche des Prozesses zuständig, in dem sie entsteht; sie wird im Tool
dieses Prozesses geführt, sofern die Tabelle keinen anderen Ablageort nennt; Aufzeichnungen zum SMS
als Ganzem werden in der ${library} geführt. Das Dokument in der letzten Spalte beschreibt, wie die
jeweilige Aufzeichnung erstellt und verwendet wird. Aufbewahrungsfristen, Schutz und Entsorgung aller
Aufzeichnungen sind im <@sms.link "documented-information-control"/> festgelegt.
@@recordsHeader
| Aufzeichnung | Abschnitt | Zuständiger Prozess | Verantwortlich | Ablageort | Festgelegt in |
|---|---|---|---|---|---|
@@otherRecords
Weitere Aufzeichnungen des SMS, etwa Serviceberichte, Release-Aufzeichnungen und Protokolle von
Lieferantenbesprechungen, sind im Abschnitt „Aufzeichnungen“ des Verfahrens aufgeführt, in dem sie
entstehen.
@@maintainingTitle
Pflege des Verzeichnisses
@@maintaining dc library oneOwner
1. ${doc.owner.de.Der} ${doc.owner.title} ${doc.owner.de.plural?has_content?then("sind", "ist")} für dieses Verzeichnis verantwortlich<#if oneOwner> und ${doc.owner.de.plural?has_content?then("aktualisieren", "aktualisiert")} es<#else>; ${dc.owner.de.der} ${dc.owner.title} ${dc.owner.de.plural?has_content?then("aktualisieren", "aktualisiert")} es</#if>
   innerhalb von zwei Arbeitstagen, sobald ein Dokument freigegeben, neu herausgegeben oder zurückgezogen
   wird oder sich der Ablageort einer Aufzeichnung ändert.
2. Ein Dokument wird erst gültig, wenn es mit seiner neuen Version und dem Status Freigegeben im
   Verzeichnis erscheint. Dokumente, die nicht im Verzeichnis stehen, sind nicht gelenkt und dürfen nicht
   verwendet werden.
3. Jedes Dokument wird von seinem Verantwortlichen mindestens alle ${dc.reviewIntervalMonths} Monate
   überprüft, bei einer Änderung der Services, der Prozesse oder der Organisation, die es betrifft, auch
   früher. ${dc.owner.de.Der} ${dc.owner.title} ${dc.owner.de.plural?has_content?then("prüfen", "prüft")} monatlich die Termine der nächsten Überprüfung und ${dc.owner.de.plural?has_content?then("erinnern", "erinnert")}
   die Verantwortlichen der Dokumente, deren Überprüfung in den nächsten zwei Monaten fällig ist.
4. Wird ein Dokument ersetzt oder zurückgezogen, ${dc.owner.de.plural?has_content?then("entfernen", "entfernt")} ${dc.owner.de.der} ${dc.owner.title} es von allen
   Verwendungsorten, ${dc.owner.de.plural?has_content?then("kennzeichnen", "kennzeichnet")} die aufbewahrte Kopie als ersetzt und ${dc.owner.de.plural?has_content?then("bewahren", "bewahrt")} sie für die im
   <@sms.link "documented-information-control"/> festgelegte Frist im Archiv der ${library} auf.
5. Vierteljährlich ${dc.owner.de.plural?has_content?then("prüfen", "prüft")} ${dc.owner.de.der} ${dc.owner.title} eine Stichprobe von mindestens fünf Einträgen anhand der
   Dokumente und Aufzeichnungen selbst: Version und Status stimmen überein, der Link öffnet die aktuelle
   Ausgabe, und die Aufzeichnungen befinden sich am angegebenen Ablageort und werden dort geführt.
   Abweichungen werden korrigiert und, wenn sie ein Versagen der Lenkung zeigen, als Nichtkonformitäten nach
   dem <@sms.link "nonconformity-and-corrective-action"/> erfasst.
6. Ein Eintrag ändert sich, wenn das betroffene Dokument genehmigt wird, und wird mit ihm genehmigt. Das
   Verzeichnis als Ganzes wird durch ${doc.approver.de.den} ${doc.approver.title} genehmigt und bei jeder Managementbewertung
   überprüft.
