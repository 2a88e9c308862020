<@sms.section title="Zweck" key="purpose"/>

Dieses Verfahren legt fest, wie ${org.name} die Beziehungen zu den Kunden, die die Services erhalten, und
zu den Lieferanten, die an ihrer Erbringung mitwirken, gestaltet und wie die zugesagten Service-Levels
vereinbart, überwacht und überprüft werden. Es stellt sicher, dass die Zusagen von ${org.name} gegenüber
den Kunden durch die Zusagen der Lieferanten gegenüber ${org.name} gedeckt sind.

<@sms.section title="Geltungsbereich" key="scope"/>

Das Verfahren umfasst alle Kunden der Services im <@sms.link "service-catalogue"/>, ihre
Service-Level-Vereinbarungen (SLAs), Servicebeschwerden sowie alle externen und internen Lieferanten, die
zu diesen Services beitragen. Kaufmännische Preisverhandlungen fallen nicht in den Geltungsbereich, wohl
aber die Serviceinhalte jedes Vertrags.

<@sms.section title="Rollen und Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": brm.owner, "duties": "Verantwortet das Business-Relationship-Management; ist benannter Ansprechpartner jedes Kunden; führt Service-Reviews, die Zufriedenheitsumfrage und das Beschwerdeverfahren durch."},
  {"role": slm.owner, "duties": "Verantwortet das Service-Level-Management; vereinbart SLAs mit den Kunden; überwacht die Leistung anhand der SLAs; hält die SLAs mit dem Servicekatalog und den Lieferantenvereinbarungen in Einklang."},
  {"role": supplierManagement.owner, "duties": "Verantwortet das Lieferantenmanagement; führt das Lieferantenregister; steuert Verträge und interne Vereinbarungen; führt die Leistungsbewertungen der Lieferanten und das Verfahren für vertragliche Streitigkeiten durch."},
  {"role": supplierManagement.owner, "duties": "Unterzeichnet oder ändert Lieferantenverträge im Rahmen des genehmigten Budgets."},
  {"role": governance.slaSignatory, "duties": "Unterzeichnet die SLAs für " + org.name + "."},
  {"role": sms.topManagement, "duties": "Unterzeichnet Lieferantenverträge über das genehmigte Budget hinaus; ist letzte Eskalationsstufe für Beschwerden und Streitigkeiten."}
]/>

<@sms.section title="Beziehungen und Vereinbarungen" clauses=["8.3", "8.3.1"]/>

${org.name} steuert eine Kette von Vereinbarungen: Jede Zusage gegenüber Kunden muss durch die internen
Zusagen und die Zusagen der Lieferanten gedeckt sein, von denen sie abhängt.

| Vereinbarung | Zwischen | Legt fest | Verantwortlich |
|---|---|---|---|
| Service-Level-Vereinbarung | ${org.name} und jedem Kunden | Service, Servicezeiten, Ziele, Arbeitslastgrenzen, Ausnahmen, Berichterstattung | ${slm.owner.title} |
| Lieferantenvertrag | ${org.name} und jedem externen Lieferanten | Umfang, Service-Levels, Schnittstellen, Pflichten, Weg zur Beilegung von Streitigkeiten | ${supplierManagement.owner.title} |
| Interne Vereinbarung | dem SMS von ${org.name} und jedem internen Lieferanten | Umfang, Service-Levels, Schnittstellen, Ansprechpartner | ${supplierManagement.owner.title} |

Vor der Unterzeichnung einer neuen oder geänderten Service-Level-Vereinbarung prüf<#if supplierManagement.owner.id == slm.owner.id>t<#else>en</#if> der ${slm.owner.title}<#if supplierManagement.owner.id != slm.owner.id> und der
${supplierManagement.owner.title}</#if>, ob die Lieferantenverträge und internen Vereinbarungen des Service dessen Ziele unterstützen. Ist dies nicht der
Fall, wird entweder das SLA-Ziel angepasst oder zuerst die unterstützende Vereinbarung geändert. Dieselbe
Prüfung erfolgt, bevor eine unterstützende Vereinbarung geändert oder verlängert wird.

<#include "/sections/business-relationship-management.ftl">
<#include "/sections/service-level-management.ftl">
<#include "/sections/supplier-management.ftl">
<@sms.section title="Eingaben und Ergebnisse" key="inputs-and-outputs"/>

| Eingaben | Ergebnisse |
|---|---|
| Kundenanforderungen und Geschäftspläne | Kundenaufzeichnungen und Protokolle der Service-Reviews |
| Serviceberichte und SLA-Leistung | Unterzeichnete SLAs |
| Umfrageergebnisse und Beschwerden | Zufriedenheitsanalyse und Beschwerdeaufzeichnungen |
| Leistungsdaten der Lieferanten | Lieferantenverträge, interne Vereinbarungen und Aufzeichnungen der Leistungsbewertungen |
| Änderungen an Services | Aufzeichnungen zu Streitigkeiten und Verbesserungsmaßnahmen |

<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

<@sms.recordsTable processId="business-relationship-management" rows=[
  {"record": "Kundenaufzeichnungen und Protokolle der Service-Reviews", "owner": brm.owner, "retention": "3 Jahre"},
  {"record": "Ergebnisse zur Kundenzufriedenheit", "owner": brm.owner, "retention": "3 Jahre"},
  {"record": "Servicebeschwerden", "owner": brm.owner, "retention": "3 Jahre nach Abschluss"},
  {"record": "Unterzeichnete SLAs und ihre Versionen", "owner": slm.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Ablauf"},
  {"record": "Lieferantenverträge und interne Vereinbarungen", "owner": supplierManagement.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Ablauf"},
  {"record": "Lieferantenbewertungen und Leistungsbewertungen", "owner": supplierManagement.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Vertragsende"},
  {"record": "Aufzeichnungen zu vertraglichen Streitigkeiten", "owner": supplierManagement.owner, "heldIn": "SMS-Dokumentenbibliothek", "retention": "6 Jahre nach Beilegung oder nach Vertragsende, je nachdem, was später eintritt"}
]/>

<@sms.section title="Kennzahlen" clauses=["9.1"]/>

| Kennzahl | Zielwert |
|---|---|
<#list measures.of["relationship-and-agreement"] as m>
| ${m.name} | ${m.target} |
</#list>
