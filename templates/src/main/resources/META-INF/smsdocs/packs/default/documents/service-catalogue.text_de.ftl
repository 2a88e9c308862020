<#-- Die Texte des Servicekatalogs (deutsch); die Struktur steht in service-catalogue.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieser Katalog ist das maßgebliche Verzeichnis der Services, die ${org.name} im Anwendungsbereich des eigenen
Servicemanagementsystems (SMS) erbringt. Für jeden Service ist festgehalten, was der Service leistet, wer
für ihn verantwortlich ist, wer ihn erhält, welche Lieferanten ihn unterstützen, wann er verfügbar ist und
welche Service-Level-Vereinbarung (SLA) für ihn gilt. Kunden, Service Desk und die Teams, die die Services
erbringen, arbeiten alle mit diesem einen Verzeichnis.
@@scopeTitle
Geltungsbereich
@@scope
Der Katalog umfasst jeden Service im Produktivbetrieb, der im Anwendungsbereich des SMS liegt. Services,
die gerade gestaltet oder überführt werden, werden aufgenommen, sobald sie die Abnahme für den
Produktivbetrieb bestanden haben, wie im Dokument <@sms.link "design-build-transition"/> beschrieben.
Entfernte Services werden zum Datum ihrer Entfernung aus dem Katalog gestrichen und bleiben in der
Änderungshistorie dieses Dokuments nachvollziehbar.
@@overviewTitle
Serviceübersicht
@@overview
${org.name} erbringt <#if services?size == 1>einen Service<#else>${services?size} Services</#if> im Anwendungsbereich des SMS.
Die Verfügbarkeitsziele werden über die angegebenen Servicezeiten gemessen; die Kritikalität bestimmt die
Reihenfolge, in der Incidents, Änderungen und Kontinuitätsvorkehrungen behandelt werden, wenn Services um
Ressourcen konkurrieren.

| Service | Beschreibung | Serviceverantwortlich | Kunden | Servicezeiten | Verfügbarkeitsziel | Kritikalität |
|---|---|---|---|---|---|---|
@@noCustomers
keine zugeordnet
@@noServices
Im Anwendungsbereich des SMS sind derzeit keine Services festgelegt. Der erste Service wird in diesen
Katalog aufgenommen, sobald er die Abnahme für den Produktivbetrieb gemäß dem Dokument
<@sms.link "design-build-transition"/> bestanden hat; bis dahin enthält der Katalog keine Einträge.
@@detailsTitle
Servicebeschreibungen
@@serviceDetails s
| Merkmal | Wert |
|---|---|
| Service-ID | ${s.id} |
| Beschreibung | ${s.description} |
| Serviceverantwortlich | <@sms.roleWithPerson s.owner/> |
| Kunden | <@sms.names items=s.customers empty=noCustomers()/> |
| ${t.ExternalSuppliers} | ${s.externalSupplierList} |
| ${t.InternalSuppliers} | ${s.internalSupplierList} |
| Servicezeiten | ${s.hours} |
| Verfügbarkeitsziel | ${sms.pct(s.availabilityTarget)} der Servicezeit, monatlich gemessen |
| Kritikalität | ${s.criticalityWord} |
| Service-Level-Vereinbarung | <@sms.link "sla-" + s.id/> |
| Anforderung des Service | Bestehende Kunden stellen eine Anfrage beim Service Desk (<@sms.link "request-catalogue"/>). Neue Kunden oder Änderungen des Leistungsumfangs wenden sich an ${brm.owner.de.den} ${brm.owner.title} |
@@requestingTitle
Anforderung eines Service
@@requesting
Kunden, die einen Service bereits erhalten, melden Incidents und stellen Service Requests für diesen
Service, etwa für neue Benutzer, zusätzliche Kapazität, Zugriffsrechte oder Konfigurationsänderungen, über
den Service Desk. Jeder Service Request wird ${request.inTool} erfasst und
wie im Dokument <@sms.link "resolution-and-fulfilment"/> beschrieben erfüllt.

Eine Organisation, die einen Service neu beziehen, einen weiteren Service zu den bereits bezogenen
hinzunehmen oder die für sie geltenden Servicezeiten oder Zielwerte ändern möchte, wendet sich an
${brm.owner.de.den} ${brm.owner.title}. <#if brm.owner.de.plural?has_content>Sie erfassen die Anforderung, lassen sich vom
Serviceverantwortlichen bestätigen, dass sie erfüllt werden kann, und veranlassen<#else>${brm.owner.de.Er} erfasst die Anforderung, lässt sich vom
Serviceverantwortlichen bestätigen, dass sie erfüllt werden kann, und veranlasst</#if> eine neue oder geänderte
Service-Level-Vereinbarung, bevor der Service erbracht wird. Eine Anforderung, die mit keinem bestehenden Service erfüllt werden kann, wird
als Vorschlag für einen neuen oder geänderten Service gemäß dem Dokument <@sms.link "service-portfolio"/>
behandelt.
@@requestingNoServices
Anforderungen an Services werden durch ${brm.owner.de.den} ${brm.owner.title} erfasst und als Vorschläge für neue Services
gemäß dem Dokument <@sms.link "service-portfolio"/> bewertet.
@@dependenciesTitle
Abhängigkeiten der Services
@@dependencies
Die für jeden Service aufgeführten unterstützenden Lieferanten sind die Parteien, deren Leistung sich
unmittelbar auf ihn auswirkt. Fällt ein Lieferant aus oder ändert er sein Angebot, sind folgende Services
betroffen:
@@suppliersHeader
| Lieferant | Art | Unterstützt |
|---|---|---|
@@noServiceInCatalogue
keinen Service dieses Katalogs
@@noSuppliers
Es sind keine unterstützenden Lieferanten erfasst: Jeder Service wird vollständig mit eigenem Personal und
eigener Infrastruktur von ${org.name} erbracht.
@@configurationItems
Die technischen Komponenten und Konfigurationselemente hinter jedem Service und ihre Beziehungen
untereinander werden als ${t.configurationInformation} erfasst, wie im Dokument <@sms.link "service-portfolio"/>
festgelegt. Das Tool dafür ist ${sms.toolOf("configuration-management")}.
@@dependenciesNoServices
Abhängigkeiten zwischen Services, Komponenten und Lieferanten werden hier erfasst, sobald Services
festgelegt sind.
@@maintainingTitle
Pflege des Katalogs
@@maintaining
${doc.owner.de.Der} ${doc.owner.title} <#if doc.owner.de.plural?has_content>sind<#else>ist</#if> für diesen Katalog verantwortlich und als einzige Rolle befugt, eine neue
Version herauszugeben. Der Katalog wird wie folgt aktuell gehalten.

1. **Auslöser.** Der Katalog wird aktualisiert, wenn ein neuer Service in Betrieb geht, wenn ein Service
   entfernt oder übertragen wird und wenn sich Verantwortlicher, Kunden, Lieferanten, Servicezeiten,
   Verfügbarkeitsziel oder Kritikalität eines Service ändern.
2. **Änderungssteuerung.** Jede Aktualisierung erfolgt über einen Änderungsantrag gemäß dem Dokument
   <@sms.link "change-management-policy"/>. Das Hinzufügen, Entfernen oder Übertragen eines Service ist
   eine Änderung mit potenziell erheblichen Auswirkungen und durchläuft zusätzlich Design und Überführung
   von Services.
3. **Konsistenzprüfung.** Vor der Herausgabe einer neuen Version <#if slm.owner.id != catalogue.owner.id>gleichen
   ${catalogue.owner.de.der} ${catalogue.owner.title} und ${slm.owner.de.der} ${slm.owner.title} gemeinsam<#elseif catalogue.owner.de.plural?has_content>gleichen
   ${catalogue.owner.de.der} ${catalogue.owner.title}<#else>gleicht ${catalogue.owner.de.der} ${catalogue.owner.title}</#if> den Eintrag mit dem SLA des Service und den Verträgen und
   Vereinbarungen mit seinen Lieferanten ab, sodass Katalog und Vereinbarungen einander niemals
   widersprechen.
4. **Freigabe und Herausgabe.** Die neue Version wird durch ${doc.approver.de.den} ${doc.approver.title} freigegeben und gemäß dem
   Dokument <@sms.link "documented-information-control"/> veröffentlicht; der Service Desk und die
   Kunden des geänderten Service werden über die Änderungen informiert.
5. **Regelmäßige Überprüfung.** Unabhängig von Änderungen wird der gesamte Katalog mindestens alle
   ${sms.documentControl.reviewIntervalMonths} Monate überprüft sowie nach jeder Managementbewertung, die das Serviceportfolio ändert.
@@responsibilities
| Verantwortlichkeit | Rolle |
|---|---|
| Verantwortet den Katalog; gibt neue Versionen heraus | <@sms.roleWithPerson doc.owner/> |
| Hält den Katalog mit den SLAs konsistent | <@sms.roleWithPerson slm.owner/> |
| Schlägt Änderungen auf Grundlage von Kundenbedürfnissen vor | <@sms.roleWithPerson brm.owner/> |
| Genehmigt den Änderungsantrag zu jeder Aktualisierung | <@sms.roleWithPerson change.owner/> |
| Gibt jede neue Version frei | <@sms.roleWithPerson doc.approver/> |
@@serviceOwnersReport
Serviceverantwortliche melden Änderungen an ihrem Service an ${catalogue.owner.de.den} ${catalogue.owner.title}; sie bearbeiten den
Katalog nicht selbst.
