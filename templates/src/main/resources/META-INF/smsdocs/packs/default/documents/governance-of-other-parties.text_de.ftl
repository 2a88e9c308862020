<#-- Die Texte des Verfahrens zur Steuerung von Prozessen, die andere Parteien betreiben (deutsch); die Struktur steht
     in governance-of-other-parties.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
${org.name} ist ${t.provider} für die Services im Anwendungsbereich des Servicemanagementsystems (SMS).
Betreibt eine andere Partei einen Service, eine Servicekomponente oder einen Teil eines
Servicemanagementprozesses, behält ${org.name} die Verantwortung dafür und steuert ihn als Teil des SMS.
Dieses Verfahren legt fest, wie diese Parteien und die von ihnen betriebenen Prozesse identifiziert,
vereinbart, gemessen und gesteuert werden.
@@scopeTitle
Geltungsbereich
@@scope
Das Verfahren gilt für jede andere Partei, die zu den Services beiträgt: Lieferanten auf vertraglicher
Grundlage, interne Gruppen der übergeordneten Organisation auf Grundlage einer dokumentierten Vereinbarung
und Kunden, die einen Teil eines Service selbst erbringen. Die Anforderungen von Abschnitt 4 der
${sms.standard}, also an das SMS selbst, erfüllt ${org.name} selbst; sie werden nie einer anderen Partei
übertragen.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@topManagementDuties
Behält die Verantwortung für jeden von einer anderen Partei betriebenen Prozess; genehmigt die Auswahl und den Austausch von Parteien, die einen Service mit hoher Kritikalität unterstützen.
@@supplierOwnerDuties
Identifiziert die anderen Parteien und die von ihnen betriebenen Prozesse; stellt sicher, dass mit jeder Partei ein Vertrag oder eine Vereinbarung besteht; führt ihre Leistungsbewertungen durch.
@@managerDuties
Nimmt die von anderen Parteien betriebenen Prozesse in das interne Auditprogramm und in die Kennzahlen des SMS auf; berichtet der Managementbewertung über ihre Steuerung.
@@processOwners
Jeder Prozessverantwortliche bleibt für den gesamten Prozess verantwortlich, einschließlich des Teils, den
eine andere Partei ausführt, und legt die Schnittstelle zu dieser Partei fest.
@@demonstratingTitle
Nachweis der Steuerung
@@demonstrating
Für jeden Prozess oder Prozessteil, den eine andere Partei betreibt, kann ${org.name} einem Auditor
Folgendes nachweisen:

| Nachweis von ${org.name} | Beleg |
|---|---|
| Die Verantwortung für den Prozess und die Befugnis, von der Partei seine Einhaltung zu verlangen | Der Vertrag oder die Vereinbarung mit der Prozessschnittstelle und der Pflicht, die Verfahren von ${org.name} einzuhalten |
| Die Festlegung des Prozessteils der Partei | Die Schnittstellenbeschreibung: was die Partei aufzeichnet, in welchem Tool und wann sie übergibt |
| Die Messung der Leistung anhand vereinbarter Ziele | Monatliche Leistungsdaten und die Aufzeichnungen der Lieferantenbewertungen |
| Die Steuerung von Anforderungen und Änderungen | Änderungen der Vereinbarung und der Schnittstelle durchlaufen das Änderungsmanagement |
| Die Auditierung des Prozesses | Die Tätigkeiten der Partei im internen Auditprogramm oder die Ergebnisse der eigenen Audits der Partei |
| Die Korrektur von Mängeln | Maßnahmen aus Bewertungen und Audits, bis zum Abschluss nachverfolgt |
@@operatorsIntro
Die Parteien, die derzeit zu den Services beitragen, die mit ihnen vereinbarten Prozessschnittstellen und
die Häufigkeit der Bewertung ihrer Leistung (${serviceLevels.supplierReviewRule}):
@@operatorsHeader
| Partei | Art | Beitrag | Prozessschnittstellen | Gesteuert durch | Leistungsbewertung |
|---|---|---|---|---|---|
@@supportingServices
Unterstützende Services
@@operatorInterfaces
Incidents und Service Requests zu ihren Komponenten; von ihr umgesetzte Änderungen und Releases; monatliche Leistungsdaten
@@recordsTitle
Aufzeichnungen
@@partiesRecord
Verzeichnis der anderen Parteien und der von ihnen betriebenen Prozesse
@@agreementsRecord
Verträge, interne Vereinbarungen und Schnittstellenbeschreibungen
@@reviewsRecord
Leistungsbewertungen und Maßnahmen
@@documentLibrary
SMS-Dokumentenbibliothek
@@currentVersionRetention
Aktuelle Version; ersetzte Versionen 3 Jahre
@@sixYearsAfterExpiry
6 Jahre nach Ablauf
@@sixYearsAfterContract
6 Jahre nach Vertragsende
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
