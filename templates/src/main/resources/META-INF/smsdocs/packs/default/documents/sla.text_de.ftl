<#-- Die Texte der Service-Level-Vereinbarung (deutsch); die Struktur steht in sla.md.ftl. -->
@@partiesTitle
Parteien dieser Vereinbarung
@@partiesWithCustomers count
Diese Service-Level-Vereinbarung (SLA) wird zwischen ${org.name} als Erbringer des Service ${service.name}
und <#if count != 1>den nachstehend aufgeführten Kunden
geschlossen, von denen jeder den Service zu den hier festgelegten Bedingungen erhält<#else>dem nachstehend
aufgeführten Kunden geschlossen, der den Service zu den hier festgelegten Bedingungen erhält</#if>.
@@partiesWithInternalUsers
Diese Service-Level-Vereinbarung (SLA) wird zwischen ${org.name} als Erbringer des Service ${service.name}
und den internen
Benutzern des Service${service.customersMark} geschlossen, vertreten durch ${brm.owner.de.den} ${brm.owner.title}.
@@partiesHeader
| Partei | Rolle in dieser Vereinbarung | Vertreten durch |
|---|---|---|
| ${org.name} | Dienstleister | <@sms.roleWithPerson doc.approver/>, ${doc.approver.de.der} diese Vereinbarung <#if doc.approver.de.plural?has_content>unterzeichnen<#else>unterzeichnet</#if> |
@@customer
Kunde
@@authorisedRepresentative
Bevollmächtigter Vertreter
@@internalUsers
Interne Benutzer des Service
@@differentTargets
Hat ein Kunde andere als die nachstehenden Ziele vereinbart, wird die Abweichung in einem von diesem Kunden
unterzeichneten Anhang zu dieser Vereinbarung festgehalten; andernfalls gelten für alle aufgeführten Kunden
dieselben Bedingungen.
@@purposeTitle
Zweck
@@purpose
Diese Vereinbarung legt fest, was ${service.name} leistet, wann der Service verfügbar ist, zu welchen
Service-Levels sich ${org.name} verpflichtet und was jede Partei dazu beiträgt, dass diese Service-Levels
erreicht werden können. Sie ist die Grundlage für den monatlichen Servicebericht und für die
Service-Reviews mit dem Kunden.
@@descriptionTitle
Servicebeschreibung
@@catalogueEntry
Der Service ist im <@sms.link "service-catalogue"/> erfasst, der seinen Umfang verbindlich beschreibt.
Verantwortlich für den Service <#if service.owner.de.plural?has_content>sind<#else>ist</#if> ${service.owner.de.der} <@sms.roleWithPerson service.owner/>;
${service.owner.de.er} <#if service.owner.de.plural?has_content>sind<#else>ist</#if> rechenschaftspflichtig dafür, dass der Service mit den in dieser Vereinbarung festgelegten
Service-Levels erbracht wird. Die Kritikalität des Service ist „${service.criticalityName}“: Sie bestimmt seinen
Vorrang, wenn Incidents, Änderungen und Kontinuitätsvorkehrungen um Ressourcen konkurrieren.
@@hoursTitle
Servicezeiten
@@hoursTable
| Punkt | Vereinbarter Wert |
|---|---|
| Servicezeiten | ${service.hours} |
| Meldung von Incidents und Service Requests | Service Desk, über die dem Kunden bekannt gegebenen Kanäle |
| Geplante Wartung | ${service.maintenance} |
@@roundTheClock
Der Service wird rund um die Uhr unterstützt: Reaktions- und Lösungszeiten laufen durchgehend, auch nachts,
an Wochenenden und an Feiertagen.
@@serviceHoursOnly
Reaktions- und Lösungszeiten zählen nur innerhalb der Servicezeiten. Ein außerhalb der Servicezeiten
gemeldeter Incident wird ab Beginn der nächsten Servicezeit bearbeitet, sofern keine frühere Bearbeitung
vereinbart wurde.
@@availabilityTitle
Verfügbarkeit
@@commitment
${org.name} verpflichtet sich für ${service.name} zu einer Verfügbarkeit von
**${sms.pct(service.availabilityTarget)}**${service.targetMark}, gemessen über die Servicezeiten jedes Kalendermonats.
@@averageMonthAllowance
In einem durchschnittlichen
Monat ist damit ungeplante Nichtverfügbarkeit von höchstens ${service.allowedDowntime} innerhalb der
Servicezeiten zulässig.
@@monthlyAllowance
Damit ist eine ungeplante Nichtverfügbarkeit von höchstens
${service.allowedDowntime} je Monat zulässig.
@@calculation
Die Verfügbarkeit wird wie folgt berechnet:

- vereinbarte Servicezeit im Monat abzüglich der ungeplanten Nichtverfügbarkeit innerhalb dieser Zeit,
- geteilt durch die vereinbarte Servicezeit,
- multipliziert mit 100.
@@unavailable
Der Service ist nicht verfügbar, wenn die Kunden seine Kernfunktion nicht nutzen können, nachgewiesen durch
die Überwachung ${availability.inTool} oder durch einen Incident der höchsten
Priorität<#if priorities?has_content> (${priorities[0].id})</#if>, je nachdem, was zuerst eintritt. Die Nichtverfügbarkeit endet, wenn der Service
wiederhergestellt und der Kunde darüber informiert ist. Nicht als Nichtverfügbarkeit zählen:

- geplante Wartung, die wie oben beschrieben angekündigt und vereinbart wurde;
- Unterbrechungen, die vom Kunden, seinen Benutzern oder für den Kunden handelnden Dritten verursacht
  werden;
- Ausfälle von Geräten oder Verbindungen des Kunden, die nicht von ${org.name} betreut werden;
- Zeiträume, in denen der Kunde die Aussetzung des Service verlangt hat.
@@suppliersCount
Nichtverfügbarkeit, die von Lieferanten von ${org.name} verursacht wird, wird auf das Ziel angerechnet:
${org.name} bleibt für den gesamten Service verantwortlich.
@@incidentsTitle
Reaktion auf und Lösung von Incidents
@@incidentsIntro
Incidents werden nach Auswirkung und Dringlichkeit priorisiert, wie im
<@sms.link "resolution-and-fulfilment"/> festgelegt. Der Service Desk legt die Priorität bei der Erfassung
des Incidents fest und bestätigt sie mit der meldenden Person.
@@prioritiesHeader
| Priorität | Bezeichnung | Typische Situation | Reaktionsziel | Lösungsziel |
|---|---|---|---|---|
@@prioritiesNote
Das Reaktionsziel ist erfüllt, wenn eine qualifizierte Fachkraft mit der Bearbeitung des Incidents begonnen
und die meldende Person darüber informiert hat. Das Lösungsziel ist erfüllt, wenn der Service
wiederhergestellt ist, auch wenn eine dauerhafte Behebung später über das Problem-Management folgt.
${measures.byId["sla-incident-targets"].target?cap_first} der Incidents jeder Priorität müssen in einem Monat beide Ziele erfüllen.
@@noPriorities
Reaktions- und Lösungsziele sind je Priorität im Prioritätenschema für Incidents im
<@sms.link "resolution-and-fulfilment"/> festgelegt. ${measures.byId["sla-incident-targets"].target?cap_first} der Incidents jeder Priorität müssen in
einem Monat beide Ziele erfüllen.
@@requestsTitle
Service Requests
@@requestTargets
Service Requests werden über den Service Desk gestellt und nach den folgenden Zielen erfüllt, gezählt in
Servicezeit ab dem Zeitpunkt, zu dem alle erforderlichen Genehmigungen für den Request vorliegen:

| Art des Requests | Erfüllungsziel |
|---|---|
| ${requests.type.information.name} | ${requests.type.information.target} |
| ${requests.type.access.name} | ${requests.type.access.target} |
| ${requests.type.standard.name} aus dem <@sms.link "request-catalogue"/> | ${requests.type.standard.target} |
| ${requests.type.other.name} | ${requests.type.other.target} |
@@requestsTarget
${measures.byId["sla-request-targets"].target?cap_first} der Requests müssen in einem Monat innerhalb des Ziels erfüllt werden.
@@workloadTitle
Belastungsgrenzen
@@workload
Die Ziele dieser Vereinbarung gelten, solange die Nachfrage nach dem Service innerhalb der Volumina bleibt,
die im letzten Service-Review mit dem Kunden prognostiziert wurden (Anzahl der Benutzer, Geräte,
Systeme oder Transaktionen, je nach Service). Übersteigt die Nachfrage in einem Monat diese Prognose um mehr
als 20 %, informiert ${org.name} den Kunden umgehend; die Parteien vereinbaren dann im nächsten
Service-Review, ob Kapazität erweitert, die Prognose angepasst oder diese Vereinbarung geändert wird.
Ziele, die aufgrund einer Nachfrage oberhalb der vereinbarten Grenze verfehlt werden, werden berichtet,
aber nicht als Verletzungen gezählt.
@@customerTitle
Pflichten des Kunden
@@customerDuties
Der Kunde verpflichtet sich,

- einen Ansprechpartner für den Service und einen Stellvertreter zu benennen und diese Angaben aktuell zu
  halten;
- Incidents und Service Requests über den Service Desk und nicht an einzelne Mitarbeitende zu melden;
- ${org.name} den Zugang, die Informationen und die Genehmigungen bereitzustellen, die zur Lösung von
  Incidents und zur Erfüllung von Service Requests erforderlich sind;
- ${org.name} mindestens einen Monat im Voraus über Veränderungen in seinem Geschäft zu informieren, die
  seine Nachfrage nach dem Service verändern werden;
- an den Service-Reviews und der Kundenzufriedenheitsumfrage teilzunehmen;
- die für den Service geltenden Regeln zur zulässigen Nutzung und zur Informationssicherheit einzuhalten.
@@suppliersTitle
Unterstützende Lieferanten
@@suppliersIntro
${org.name} setzt zur Erbringung dieses Service die folgenden Lieferanten ein. Deren Ziele sind in Verträgen
oder internen Vereinbarungen festgelegt, die die Ziele dieses SLA unterstützen; ${org.name} bleibt gegenüber
dem Kunden für deren Leistung verantwortlich.
@@suppliersHeader
| Lieferant | Art | Leistung | Geregelt durch |
|---|---|---|---|
@@supplierType type
<#if type == "internal">${t.InternalSupplier}<#else>${t.ExternalSupplier}</#if>
@@supportingServices
Unterstützende Services
@@noSuppliers
${org.name} erbringt diesen Service mit eigenem Personal und eigener Infrastruktur; kein Lieferant trägt
unmittelbar dazu bei.
@@reportingTitle
Berichterstattung und Service-Reviews
@@reportingAndReviews
${org.name} übermittelt dem Kunden innerhalb von 10 Arbeitstagen nach Ende jedes Monats einen
Servicebericht. Der Bericht wird ${reporting.withTool} erstellt und zeigt:

- die erreichte Verfügbarkeit im Vergleich zum Ziel von ${sms.pct(service.availabilityTarget)}, mit der
  Ursache jedes Zeitraums der Nichtverfügbarkeit;
- Incidents und Service Requests nach Priorität sowie die Leistung im Vergleich zu jedem Ziel;
- Verletzungen dieser Vereinbarung, ihre Ursachen und die ergriffenen Maßnahmen;
- im Monat umgesetzte und für den Folgemonat geplante Änderungen;
- die Nachfrage im Vergleich zu den vereinbarten Belastungsgrenzen;
- eingegangene Beschwerden und deren Status.

${brm.owner.de.Der} ${brm.owner.title} <#if brm.owner.de.plural?has_content>führen<#else>führt</#if> mit jedem Kunden mindestens <#if service.monthlyReview>einmal im
Monat<#else>einmal im Quartal</#if> ein Service-Review durch; mit einem Kunden, der mehrere Services
bezieht, findet ein gemeinsames Service-Review im kürzesten der jeweils geltenden Abstände statt. Das
Service-Review umfasst den Bericht, die Zufriedenheit des Kunden, Veränderungen seiner geschäftlichen
Anforderungen und der prognostizierten Nachfrage sowie Verbesserungen. Vereinbarte Maßnahmen werden
aufgezeichnet und im nächsten Service-Review nachverfolgt.
@@exceptionsTitle
Ausnahmen
@@exceptions
Über die bereits unter „Verfügbarkeit“ aufgeführten Ausschlüsse hinaus gelten die Ziele nicht:

- während einer Aktivierung des Servicekontinuitätsplans; dann gelten stattdessen die reduzierten Ziele
  gemäß dem <@sms.link "service-continuity-plan"/>;
- für Arbeiten, die ${org.name} auf Wunsch des Kunden zurückstellt oder abweichend vom dokumentierten
  Verfahren ausführt;
- solange der Kunde von ${org.name} angeforderte Informationen oder Zugänge nicht bereitgestellt hat; die
  Wartezeit wird aus der gemessenen Zeit herausgerechnet.
@@complaintsTitle
Beschwerden und Eskalation
@@complaints
Ein Kunde, der mit dem Service unzufrieden ist, kann eine Beschwerde beim Service Desk einreichen oder
direkt an ${brm.owner.de.den} ${brm.owner.title} richten. Beschwerden werden gemäß dem <@sms.link "relationship-and-agreement"/>
bearbeitet: Ihr Eingang wird innerhalb von 1 Arbeitstag bestätigt, und sie werden innerhalb von
10 Arbeitstagen vollständig beantwortet.

Kommt ein Incident oder eine Beschwerde nicht so voran, wie der Kunde es benötigt, kann der Kunde eskalieren:
@@escalationHeader
| Stufe | Kontakt | Anlass |
|---|---|---|
| 1 | Service Desk | Erste Anlaufstelle für alle Incidents, Service Requests und Beschwerden |
@@changeControlTitle
Änderungssteuerung dieser Vereinbarung
@@changeControl
- Diese Vereinbarung wird mindestens alle ${sms.documentControl.reviewIntervalMonths} Monate sowie bei wesentlichen Änderungen des Service, seiner
  Lieferanten oder der Anforderungen des Kunden gemeinsam mit dem Kunden überprüft.
- Änderungen werden von beiden Parteien schriftlich vereinbart. ${org.name} erfasst jede Änderung als
  Änderungsantrag (RFC) gemäß der <@sms.link "change-management-policy"/>, damit ihre Auswirkungen auf den
  Service und auf andere Kunden vor der Vereinbarung bewertet werden.
- ${doc.owner.de.Der} ${doc.owner.title} <#if doc.owner.de.plural?has_content>sind<#else>ist</#if> für diese Vereinbarung verantwortlich, <#if doc.owner.de.plural?has_content>führen<#else>führt</#if> sie unter Versionskontrolle
  gemäß dem <@sms.link "documented-information-control"/> und <#if doc.owner.de.plural?has_content>stellen<#else>stellt</#if> sicher, dass sie mit dem Servicekatalog und den
  oben aufgeführten Lieferantenverträgen übereinstimmt.
- Die Vereinbarung bleibt in Kraft, bis sie durch eine neuere Version ersetzt oder der Service eingestellt
  wird.
@@signaturesTitle
Unterschriften
@@signaturesHeader
| Partei | Name | Funktion | Unterschrift | Datum |
|---|---|---|---|---|
