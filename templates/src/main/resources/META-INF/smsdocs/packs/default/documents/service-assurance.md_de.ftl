<@sms.section title="Zweck" key="purpose"/>

Dieses Verfahren legt fest, wie ${org.name} den Kunden die Sicherheit gibt, dass die Services verfügbar
sind, wenn sie benötigt werden, und dass die ihnen anvertrauten Informationen geschützt sind. Es umfasst
das Serviceverfügbarkeitsmanagement und das Informationssicherheitsmanagement. Die Servicekontinuität als
dritter Bestandteil der Servicesicherung ist im <@sms.link "service-continuity-plan"/> geregelt; die
Verpflichtungen der obersten Leitung zur Informationssicherheit sind in der
<@sms.link "information-security-policy"/> festgelegt.

<@sms.section title="Geltungsbereich" key="scope"/>

<#if services?has_content>
Das Verfahren gilt für alle Services im Anwendungsbereich des Servicemanagementsystems (SMS), für die
Konfigurationselemente, auf denen sie beruhen, sowie für die externen und internen Lieferanten, die zu
ihnen beitragen. Es handelt sich um folgende Services:

<#list services as s>
- ${s.name} (verantwortlich: ${s.owner.title})
</#list>
<#else>
Das Verfahren gilt für alle Services im Anwendungsbereich des Servicemanagementsystems (SMS), für die
Konfigurationselemente, auf denen sie beruhen, sowie für die externen und internen Lieferanten, die zu
ihnen beitragen. Im Servicekatalog sind noch keine Services erfasst; jeder Service fällt unter dieses
Verfahren, sobald er in den Katalog aufgenommen wird, und sein Verfügbarkeitsziel wird vor der
Inbetriebnahme festgelegt.
</#if>

Es umfasst geplante und ungeplante Verfügbarkeitsverluste, Informationssicherheitsrisiken für die Services
und für das SMS, die Maßnahmen zur Behandlung dieser Risiken sowie alle Informationssicherheitsvorfälle,
unabhängig davon, ob sie von einem Benutzer gemeldet, durch die Überwachung erkannt oder von einem
Lieferanten mitgeteilt werden.

<@sms.section title="Rollen und Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": availability.owner, "duties": "Verantwortet den Prozess Serviceverfügbarkeitsmanagement; pflegt den Verfügbarkeitsplan; richtet die Überwachung ein; untersucht ungeplante Nichtverfügbarkeiten; berichtet monatlich über die Verfügbarkeit."},
  {"role": security.owner, "duties": (security.owner.title?lower_case?contains("security"))?then("Verantwortet", "Handelt als Informationssicherheitsbeauftragter: verantwortet") + " den Prozess Informationssicherheitsmanagement; führt die Beurteilung der Sicherheitsrisiken durch; pflegt das Maßnahmenregister; steuert Informationssicherheitsvorfälle."},
  {"role": continuity.owner, "duties": "Verantwortet das Servicekontinuitätsmanagement und hält den Kontinuitätsplan mit dem Verfügbarkeitsplan und der Beurteilung der Sicherheitsrisiken in Einklang."},
  {"role": supplierManagement.owner, "duties": "Verankert Sicherheits- und Verfügbarkeitspflichten in den Lieferantenverträgen und verfolgt die Leistung der Lieferanten anhand dieser Pflichten."},
  {"role": sms.manager, "duties": "Überprüft die Einhaltung dieses Verfahrens; bringt seine Ergebnisse in die Managementbewertung ein; stößt Verbesserungen an."}
]/>

Jeder Serviceverantwortliche vereinbart das Verfügbarkeitsziel seines Service mit den Kunden, genehmigt die
Maßnahmen zum Schutz des Service und wirkt an der Untersuchung jedes schwerwiegenden Ausfalls und jedes
Sicherheitsvorfalls mit, der den Service betrifft.

<@sms.section title="Überblick über die Servicesicherung" clauses=["8.7"]/>

Die Servicesicherung verbindet drei Prozesse, die dieselben Risiken, Daten und Personen betreffen:

| Prozess | Verantwortlich | Beantwortete Frage | Maßgebliches Dokument |
|---|---|---|---|
| Serviceverfügbarkeitsmanagement | ${availability.owner.title} | Ist jeder Service verfügbar, wenn der Kunde ihn benötigt? | Dieses Verfahren und der Verfügbarkeitsplan |
| Servicekontinuitätsmanagement | ${continuity.owner.title} | Kann jeder Service nach einer schwerwiegenden Störung wiederhergestellt werden? | <@sms.link "service-continuity-plan"/> |
| Informationssicherheitsmanagement | ${security.owner.title} | Sind Vertraulichkeit, Integrität und Verfügbarkeit der Informationen geschützt? | <@sms.link "information-security-policy"/> und dieses Verfahren |

Die drei Prozesse arbeiten mit einem gemeinsamen Zyklus der Risikobeurteilung. Ein Verfügbarkeitsrisiko,
das einer der Prozesse feststellt, wird nur einmal im Risikoregister erfasst, das gemäß
<@sms.link "sms-plan"/> geführt wird, und von dem Prozess behandelt, der dafür am besten geeignet ist.
Jeder Änderungsantrag wird vor der Genehmigung auf seine Auswirkungen auf Verfügbarkeit, Kontinuität und
Sicherheit bewertet, wie im <@sms.link "design-build-transition"/> beschrieben.

<#include "/sections/service-availability.ftl">
<#include "/sections/information-security.ftl">
<@sms.section title="Eingaben und Ergebnisse" key="inputs-and-outputs"/>

| Eingaben | Ergebnisse |
|---|---|
| Verfügbarkeitsanforderungen aus den Service-Level-Vereinbarungen | Verfügbarkeitsplan und Verfügbarkeitsziele |
| Überwachungsereignisse und Alarme | Verfügbarkeitsberichte je Service |
| Incident- und Problem-Aufzeichnungen | Untersuchungen ungeplanter Nichtverfügbarkeit |
| Asset- und Konfigurationsinformationen | Beurteilung der Sicherheitsrisiken und Einträge im Risikoregister |
| Lieferantenverträge und Leistungsdaten | Maßnahmenregister und Überprüfungen der Maßnahmen |
| Meldungen von Sicherheitsvorfällen | Aufzeichnungen zu Sicherheitsvorfällen und Erkenntnisse daraus |

<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

<@sms.recordsTable processId="service-availability-management" rows=[
  {"record": "Überwachungsdaten zur Verfügbarkeit", "owner": availability.owner, "retention": "13 Monate"},
  {"record": "Monatliche Verfügbarkeitsergebnisse und Untersuchungen", "owner": availability.owner, "heldIn": sms.toolOf("service-reporting")?cap_first, "retention": "3 Jahre"},
  {"record": "Verfügbarkeitsplan mit den zugehörigen Risikobeurteilungen", "owner": availability.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "3 Jahre nach Ersetzung"},
  {"record": "Beurteilungen der Informationssicherheitsrisiken", "owner": security.owner, "heldIn": sms.toolOf("information-security-management")?cap_first, "retention": "3 Jahre nach Ersetzung"},
  {"record": "Maßnahmenregister und Überprüfungen der Maßnahmen", "owner": security.owner, "heldIn": sms.toolOf("information-security-management")?cap_first, "retention": "3 Jahre"},
  {"record": "Aufzeichnungen zu Informationssicherheitsvorfällen und Auswertungen der Erkenntnisse", "owner": security.owner, "heldIn": sms.toolOf("incident-management")?cap_first, "retention": "6 Jahre nach Abschluss"},
  {"record": "Sicherheitsüberprüfungen der Lieferanten im Rahmen der Leistungsbewertungen", "owner": supplierManagement.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Vertragsende"}
]/>

<@sms.section title="Kennzahlen" clauses=["9.1"]/>

| Kennzahl | Zielwert |
|---|---|
<#list measures.of["service-assurance"] as m>
| ${m.name} | ${m.target} |
</#list>

Die Ergebnisse werden monatlich in den Serviceberichten ausgewiesen, die im
<@sms.link "monitoring-and-reporting"/> beschrieben sind, und vom ${reporting.owner.title} mit den
Serviceverantwortlichen bewertet.
