<#-- Die Texte des Abschnitts Serviceberichterstattung (deutsch); die Struktur steht in service-reporting.ftl. -->
@@title
Serviceberichterstattung
@@intro
Serviceberichte werden ${reporting.inTool} aus den Aufzeichnungen der Servicemanagementprozesse
erstellt. Jeder Bericht hat eine Kennung, einen festgelegten Zweck, einen definierten
Empfängerkreis, eine Häufigkeit, eine Datenquelle und einen Verantwortlichen, wie nachstehend aufgeführt.
Ein neuer Bericht oder eine Änderung an einem bestehenden Bericht wird mit dem Empfängerkreis abgestimmt
und in dieser Tabelle erfasst.
@@reportsHeader
| ID | Bericht | Zweck | Empfänger | Häufigkeit | Datenquelle | Verantwortlich |
|---|---|---|---|---|---|---|
@@customerReportRow cu number
| RPT-C${number} | Monatlicher Servicebericht: ${cu.name} | Leistung von <@sms.names items=cu.services empty="den vertraglich vereinbarten Services"/> gemessen an den vereinbarten Zielen | ${cu.contact!"In der Vereinbarung benannter Ansprechpartner des Kunden"}, ${cu.name}; ${brm.owner.title} | Monatlich, bis zum 10. Arbeitstag | ${sms.toolsOf(["incident-management", "service-request-management", "service-availability-management"])} | ${reporting.owner.title} |
@@standardReports
| RPT-01 | Unterlagen zum Service-Review | Trends, Zufriedenheit, Beschwerden, Verbesserungen und Planungen je Kunde | Ansprechpartner der Kunden; ${brm.owner.title} | Vor jedem Service-Review: monatlich oder vierteljährlich | ${sms.toolsOf(["service-reporting", "business-relationship-management"])} | ${brm.owner.title} |
| RPT-02 | SMS-Leistungsbericht | SMS-Ziele, Service-Levels und Prozesskennzahlen mit Status und Maßnahmen | ${top.title}; ${sms.manager.title}; Prozessverantwortliche | Monatlich | ${sms.toolOf("service-reporting")} | ${sms.manager.title} |
| RPT-03 | Verfügbarkeitsbericht | Verfügbarkeit je Service im Vergleich zum Ziel, Ausfälle und deren Ursachen | Serviceverantwortliche; ${sms.manager.title} | Monatlich | ${sms.toolOf("service-availability-management")} | ${availability.owner.title} |
| RPT-04 | Bericht zum Major Incident | Zeitlicher Ablauf, Auswirkung, Ursache und Maßnahmen jedes Major Incident | Betroffene Kunden; ${top.title} | Innerhalb von 5 Arbeitstagen nach jedem Major Incident | ${sms.toolOf("incident-management")} | ${incident.owner.title} |
| RPT-05 | Bericht zur Lieferantenleistung | Leistung jedes Lieferanten gemessen an seinen vertraglichen Zielen | ${supplierManagement.owner.title}; Serviceverantwortliche | Vierteljährlich | ${sms.toolsOf(["supplier-management", "incident-management"])} | ${supplierManagement.owner.title} |
| RPT-06 | Kapazitäts- und Nachfragebericht | Auslastung im Vergleich zu den Kapazitätsschwellenwerten, Trends und ergriffene Maßnahmen; vierteljährlich zusätzlich die Nachfrage im Vergleich zur Prognose | Serviceverantwortliche; ${sms.manager.title} | Monatlich; Nachfrage vierteljährlich | ${sms.toolOf("capacity-management")} | ${capacity.owner.title} |
| RPT-07 | Informationssicherheitsbericht | Informationssicherheitsvorfälle, Überprüfungen der Maßnahmen, Einhaltung der Vorgaben zu Patches und Zugriffsüberprüfungen | ${top.title}; ${sms.manager.title} | Monatlich | ${sms.toolsOf(["information-security-management", "incident-management"])} | ${security.owner.title} |
| RPT-08 | Bericht zu den Servicekosten | Kosten jedes Service im Vergleich zum Budget | Serviceverantwortliche; ${top.title} | Monatlich an die Serviceverantwortlichen, bis zum 10. Arbeitstag; vierteljährliche Zusammenfassung für die oberste Leitung | ${sms.toolOf("budgeting-and-accounting")} | ${budgeting.owner.title} |
@@noCustomers
Derzeit sind keine Kunden erfasst. Für jeden Kunden wird ein monatlicher Servicebericht eingerichtet,
sobald seine erste Service-Level-Vereinbarung unterzeichnet ist.
@@contentTitle
Inhalt der Serviceberichte für Kunden
@@content
Jeder monatliche Servicebericht für einen Kunden enthält für die Services, die dieser Kunde bezieht:

- die Verfügbarkeit jedes Service im Vergleich zum Ziel sowie jeden Ausfall mit Dauer und Ursache;
- Incidents und Service Requests nach Priorität sowie den Anteil, der innerhalb des Ziels gelöst bzw.
  erfüllt wurde;
- Major Incidents und die dazu eröffneten Probleme;
- Änderungen und Releases, die sich auf die Services des Kunden ausgewirkt haben;
- Informationssicherheitsvorfälle, die die Informationen des Kunden betroffen haben;
- Arbeitsaufkommen und Trends im Vergleich zu den Vormonaten;
- Beschwerden, Zufriedenheitsergebnisse und die ergriffenen Maßnahmen;
- Probleme mit Lieferanten, die sich auf die Services ausgewirkt haben;
- jedes verfehlte Ziel mit seiner Ursache und der Korrekturmaßnahme.
@@producingTitle
Erstellung und Herausgabe der Berichte
@@producing
1. **Daten extrahieren.** Bis zum 5. Arbeitstag des Monats <#if reporting.owner.de.plural?has_content>aktualisieren<#else>aktualisiert</#if> ${reporting.owner.de.der} ${reporting.owner.title}
   die Daten für den vorangegangenen Kalendermonat ${reporting.inTool}.
2. **Prüfen.** Die unter „Methoden“ beschriebenen Prüfungen der Datenqualität werden durchgeführt; für
   jedes gelbe oder rote Ergebnis wird die Erläuterung des Verantwortlichen der Kennzahl eingeholt.
3. **Überprüfen.** Der Verantwortliche jedes Service überprüft den Entwurf für seinen Service;
   ${brm.owner.de.der} ${brm.owner.title} <#if brm.owner.de.plural?has_content>prüfen<#else>prüft</#if> jeden Kundenbericht auf Richtigkeit und Tonfall.
4. **Freigeben und herausgeben.** ${reporting.owner.de.Der} ${reporting.owner.title} <#if reporting.owner.de.plural?has_content>geben<#else>gibt</#if> die Berichte frei und <#if reporting.owner.de.plural?has_content>geben<#else>gibt</#if> sie bis zum
   10. Arbeitstag heraus, in dem mit jedem Kunden vereinbarten Format und an die vereinbarten Empfänger.
5. **Besprechen.** Kundenberichte werden beim nächsten Service-Review mit dem Kunden besprochen, bei
   einem verfehlten Ziel auch früher. Entscheidungen und Maßnahmen werden protokolliert und bis zum
   Abschluss verfolgt.
6. **Ablegen.** Der herausgegebene Bericht, sein Datenauszug und das Protokoll seiner Besprechung werden
   als Aufzeichnungen aufbewahrt.
