<#-- Die Texte der Erklärung zum Anwendungsbereich des SMS (deutsch); die Struktur steht in sms-scope.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Diese Erklärung legt die Grenzen des Servicemanagementsystems (SMS) von ${org.name} fest: welche
Services, Kunden, Standorte, Organisationsteile und Lieferanten es umfasst und wie es mit den Bereichen
außerhalb seiner Grenzen verbunden ist. Sie dient der obersten Leitung, den internen und externen
Auditoren sowie der Zertifizierungsstelle als Grundlage für die Entscheidung, ob eine Tätigkeit in das SMS
fällt.
@@scopeTitle
Anwendungsbereich des SMS
@@scopeStatement
Der Anwendungsbereich des SMS lautet:

> ${sms.scope}

Der Anwendungsbereich wurde unter Berücksichtigung der im <@sms.link "sms-plan"/> beschriebenen Themen und
interessierten Parteien, der von ${org.name} erbrachten Services und der Lieferanten festgelegt, auf die
${org.name} bei der Erbringung dieser Services angewiesen ist. Dieser Wortlaut wird der
Zertifizierungsstelle für das Zertifikat vorgeschlagen.
@@boundariesTitle
Organisatorische und räumliche Grenzen
@@boundariesIntro
Das SMS umfasst die Personen, Prozesse und Technologien von ${org.name}, mit denen die nachfolgend
aufgeführten Services geplant, entworfen, überführt, erbracht und verbessert werden.
@@locationAt
- **Standort:** Die Services werden von den Räumlichkeiten von ${org.name} unter der Anschrift
  ${org.address} aus gesteuert. Arbeiten, die Mitarbeitende im Anwendungsbereich im Homeoffice oder beim
  Kunden ausführen, sind eingeschlossen, soweit sie einen Service im Anwendungsbereich betreffen.
@@location
- **Standort:** Die Services werden von den Räumlichkeiten von ${org.name} aus gesteuert. Arbeiten, die
  Mitarbeitende im Anwendungsbereich im Homeoffice oder beim Kunden ausführen, sind eingeschlossen, soweit
  sie einen Service im Anwendungsbereich betreffen.
@@organisation
- **Organisation:** Alle in der <@sms.link "service-management-policy"/> genannten Rollen gehören zum SMS.
  <#if !governance.topGeneric>${top.de.Der} ${top.title} <#if top.de.plural?has_content>bilden<#else>bildet</#if> die oberste Leitung des SMS; ${manager.de.der}<#else>${manager.de.Der}</#if>
  ${manager.title} <#if manager.de.plural?has_content>sind<#else>ist</#if> für das SMS verantwortlich.
@@widerOrganisation
- **Teile der übergeordneten Organisation außerhalb des SMS:** <@sms.names items=internalSuppliers/>.
  Jeder dieser Bereiche unterstützt die Services als ${t.internalSupplier} auf Grundlage einer
  dokumentierten Vereinbarung (siehe unten) und unterliegt selbst nicht diesem SMS.
@@noWiderOrganisation
- **Teile der übergeordneten Organisation außerhalb des SMS:** Derzeit trägt kein Bereich außerhalb
  des SMS zu den Services im Anwendungsbereich bei. Sollte ein Bereich außerhalb des SMS künftig dazu beitragen, wird er auf
  Grundlage einer dokumentierten Vereinbarung als ${t.internalSupplier} behandelt.
@@externalSites
- **Standorte und Systeme der ${t.externalSuppliersInflected}:** Sie liegen außerhalb der
  organisatorischen Grenze; die von ihnen bereitgestellten Servicekomponenten gehören jedoch zum
  Anwendungsbereich und werden über das Lieferantenmanagement gesteuert.
@@servicesTitle
Services im Anwendungsbereich
@@servicesIntro
Das SMS umfasst die folgenden Services. Ihre vollständigen Beschreibungen, Service-Level-Ziele und
Vereinbarungen sind im <@sms.link "service-catalogue"/> enthalten.

| Service | Beschreibung | Kunden | Servicezeiten | Serviceverantwortlich |
|---|---|---|---|---|
@@internalUsers
Interne Benutzer
@@servicesChanges
Neue Services sowie Services, die entfernt oder wesentlich geändert werden, werden nach dem
<@sms.link "design-build-transition"/> in den Anwendungsbereich aufgenommen oder aus ihm herausgenommen;
diese Erklärung wird zeitgleich aktualisiert.
@@noServices
Bisher wurde noch kein Service in den Anwendungsbereich des SMS aufgenommen. Jeder Service, der in den
Anwendungsbereich aufgenommen wird, durchläuft das <@sms.link "design-build-transition"/>, wird im
<@sms.link "service-catalogue"/> erfasst und zeitgleich in diese Erklärung aufgenommen.
@@customersTitle
Kunden
@@customersHeader
| Kunde | Art | Ansprechpartner | Bezogene Services |
|---|---|---|---|
@@noneAtPresent
Derzeit keine
@@customersManaged
Die Kunden werden über das Business-Relationship-Management und das Service-Level-Management betreut,
für die ${brm.owner.de.der} ${brm.owner.title}<#if slm.owner.id != brm.owner.id> und ${slm.owner.de.der} ${slm.owner.title} verantwortlich sind<#elseif brm.owner.de.plural?has_content> verantwortlich sind<#else> verantwortlich ist</#if>.
@@noCustomers
Für die Services im Anwendungsbereich ist noch kein Kunde erfasst. Kunden werden in diese Erklärung
aufgenommen, sobald ihre erste Service-Level-Vereinbarung unterzeichnet ist.
@@suppliersTitle
Lieferanten und ihre Rolle im Servicelebenszyklus
@@externalSuppliersIntro
${t.ExternalSuppliers} sind eigenständige juristische Personen, die auf vertraglicher Grundlage zu den
Services beitragen.

| Lieferant | Leistung | Unterstützte Services | Vertrag | Gesteuert durch |
|---|---|---|---|---|
@@internalSuppliersIntro
${t.InternalSuppliers} sind Teile der übergeordneten Organisation, die außerhalb des SMS liegen, aber zu
den Services beitragen. Jede Einheit arbeitet auf Grundlage einer dokumentierten Vereinbarung, die ihre
Leistungen, Zielwerte und Ansprechpartner festlegt.

| ${t.InternalSupplier} | Leistung | Unterstützte Services | Vereinbarung | Gesteuert durch |
|---|---|---|---|---|
@@noSuppliers
Derzeit tragen ${t.neitherExternalNorInternalSuppliers} zu den Services im
Anwendungsbereich bei. Ein Lieferant, der künftig dazu beiträgt, wird vor Aufnahme seiner Tätigkeit in
das Lieferantenmanagement einbezogen und in diese Erklärung aufgenommen.
@@supplierRoles
Die Rolle jedes Lieferanten bei Planung, Design, Überführung, Erbringung und Verbesserung der Services
ist in seinem Vertrag oder seiner Vereinbarung festgelegt und wird wie im
<@sms.link "relationship-and-agreement"/> beschrieben überwacht.
@@interfacesTitle
Schnittstellen
@@interfaces
Das SMS tauscht über die folgenden Schnittstellen Informationen und Arbeitsergebnisse mit Parteien und
Funktionen außerhalb seiner Grenzen aus. Für jede Schnittstelle gibt es einen Verantwortlichen innerhalb
des SMS.

| Schnittstelle zu | Ausgetauschte Inhalte | Gesteuert über | Verantwortlich |
|---|---|---|---|
| Kunden | Serviceanforderungen, Vereinbarungen, Serviceberichte, Beschwerden, Rückmeldungen zur Zufriedenheit | Business-Relationship-Management und Service-Level-Management | ${brm.owner.title} |
| Benutzer | Incidents, Service Requests, Statusinformationen | Service Desk, Incident-Management und Service-Request-Management | ${incident.owner.title} |
@@externalSupplierInterface
| ${t.ExternalSuppliers} | Verträge, Leistungsdaten, Incidents, Änderungen, Eskalationen | Lieferantenmanagement | ${supplierManagement.owner.title} |
@@internalSupplierInterface
| ${t.InternalSuppliers} | Interne Vereinbarungen, Leistungsdaten, Incidents, Änderungen | Lieferantenmanagement | ${supplierManagement.owner.title} |
@@otherInterfaces
| Finanzwesen und Unternehmensleitung | Budgets, Kosten, Leistungsverrechnung, Investitionsentscheidungen | Budgetierung und Kostenrechnung für Services | ${budgeting.owner.title} |
| Personalwesen | Personalgewinnung, Stellenbeschreibungen, Schulungsnachweise | Ressourcen und Kompetenz | ${manager.title} |
| Behörden und Aufsichtsstellen | Meldungen von Informationssicherheitsvorfällen und Verletzungen des Schutzes personenbezogener Daten | Informationssicherheitsmanagement | ${security.owner.title} |
| Zertifizierungsstelle | Auditpläne, Auditberichte, Nichtkonformitäten | Internes Audit und Managementbewertung | ${manager.title} |
@@applicationTitle
Anwendung der ISO/IEC 20000-1
@@application
Keine Anforderung der ${sms.standard} ist vom SMS ausgeschlossen. Die Organisation wendet jede
Anforderung der Abschnitte 4 bis ${governance.lastClause} auf die Services im Anwendungsbereich an, unabhängig von deren Art oder Umfang, und weist dies
in den nachfolgend genannten Dokumenten nach.

| Abschnitt | Umgesetzt in |
|---|---|
@@documentsAndAgreements links
<#-- links: die Dokumente, die den Abschnitt umsetzen, „A, B“. -->
${links} sowie die Service-Level-Vereinbarungen
@@agreementsOnly
Die Service-Level-Vereinbarungen
@@notYetDocumented
Noch nicht dokumentiert: siehe Einführungszeitplan im <@sms.link "sms-plan"/>
@@otherPartiesTitle
Von anderen Parteien betriebene Prozesse
@@otherParties
Wenn ein Lieferant oder ein als Lieferant handelnder Kunde einen Teil eines Prozesses betreibt oder eine
Servicekomponente bereitstellt, behält ${org.name} die Verantwortung für diesen Prozess und für den gegenüber
dem Kunden erbrachten Service. Diese Verantwortung wird nicht vertraglich übertragen. Insbesondere gilt:

- der im <@sms.link "sms-plan"/> benannte Prozessverantwortliche bleibt für den gesamten Prozess
  verantwortlich, einschließlich der von der anderen Partei ausgeführten Teile;
- die von der anderen Partei zu erfüllenden Anforderungen, einschließlich Zielwerten, Berichterstattung und
  Eskalation, sind in ihrem Vertrag oder ihrer Vereinbarung festgelegt;
- die Leistung der anderen Partei wird gemessen und mit ihr in einer Häufigkeit überprüft, die sich nach der
  Kritikalität der unterstützten Services richtet (${serviceLevels.supplierReviewRule}), wie im
  <@sms.link "relationship-and-agreement"/> festgelegt; ihre Incidents, Änderungen und Releases durchlaufen
  die Prozesse des SMS;
- die Tätigkeiten der anderen Partei werden in das interne Auditprogramm einbezogen, soweit sie die
  Konformität des SMS beeinflussen.
@@otherPartiesToday
Dies betrifft derzeit <@sms.names items=suppliers/>.
@@smsTitle
Das Servicemanagementsystem
@@smsParts
${org.name} hat das in diesem Dokumentensatz beschriebene SMS eingeführt, wendet es an, erhält es aufrecht
und verbessert es fortlaufend. Es besteht aus:

- der Servicemanagementpolitik und den Servicemanagementzielen;
- dem Servicemanagementplan, der festlegt, wie das SMS betrieben und verbessert wird;
- den Prozessen des SMS, jeweils mit einem Verantwortlichen, dokumentierten Verfahren und Kennzahlen;
- der im <@sms.link "document-register"/> aufgeführten und nach dem
  <@sms.link "documented-information-control"/> gelenkten dokumentierten Information;
- den Personen, Tools und Lieferanten, die die Services unterstützen.

Wie die Prozesse zusammenwirken und wie ihre Leistung gemessen, auditiert, berichtet und verbessert wird,
ist im <@sms.link "sms-plan"/> festgelegt.
@@reviewTitle
Überprüfung des Anwendungsbereichs
@@review
${doc.owner.de.Der} ${doc.owner.title} <#if doc.owner.de.plural?has_content>überprüfen<#else>überprüft</#if> diese Erklärung bei jeder Managementbewertung sowie immer dann, wenn ein
Service, ein Kunde, ein Lieferant oder ein Standort hinzukommt oder wegfällt. ${doc.approver.de.Der}
${doc.approver.title} <#if doc.approver.de.plural?has_content>genehmigen<#else>genehmigt</#if> Änderungen des Anwendungsbereichs, und die Zertifizierungsstelle wird vor ihrem
Inkrafttreten informiert.
