<#-- Die Texte des Lieferanten- und Vertragsregisters (deutsch); die Struktur steht in supplier-register.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Register führt alle ${t.externalAndInternalSuppliersInflected}, die zu den Services von ${org.name}
beitragen: was sie liefern, welche Services von ihnen abhängen und wie kritisch diese sind, welcher Vertrag oder
welche Vereinbarung gilt, wer bei ${org.name} die Beziehung betreut, wie oft ihre Leistung bewertet wird und wann
die nächste Bewertung fällig ist. Es ist das Lieferantenregister, das das Lieferantenmanagement führt, wie im
<@sms.link "relationship-and-agreement"/> beschrieben.
@@inHouse
${org.name} erbringt die Services für die eigene Organisation: Produkte und Services werden von
${t.externalSuppliersInflected} auf Grundlage von Verträgen bezogen, und andere Bereiche der eigenen Organisation,
die ${t.internalSuppliers}, tragen auf Grundlage interner Vereinbarungen statt Verträgen bei.
@@keepingTitle
Führung des Registers
@@keeping
- ${doc.owner.de.Der} ${doc.owner.title} <#if doc.owner.de.plural?has_content>führen<#else>führt</#if> dieses Register. Es wird aktualisiert, sobald ein Vertrag oder eine
  Vereinbarung unterzeichnet, geändert, verlängert oder beendet wird, sobald ein Lieferant beginnt oder aufhört,
  einen Service zu unterstützen, und nach jeder Leistungsbewertung.
- Wie oft ein Lieferant bewertet wird, richtet sich nach der Kritikalität der Services, die er unterstützt, wie
  sie im <@sms.link "service-catalogue"/> festgelegt ist: ${serviceLevels.supplierReviewRule}. Ein Lieferant, der
  keinen Service des Katalogs unterstützt, wird wie bei einem Service mit niedriger Kritikalität bewertet:
  ${serviceLevels.low.supplierReview}.
@@nextReviewDated
- Die nächste Bewertung in den Tabellen ist die erste nach dem Inkrafttreten dieses Registers am
  ${doc.effectiveDate}: dieses Datum zuzüglich des Bewertungsintervalls des Lieferanten. Jede Bewertung legt dann
  den Termin der nächsten fest.
@@nextReviewUndated
- Bis dieses Register freigegeben ist, ist die erste Bewertung jedes Lieferanten innerhalb seines
  Bewertungsintervalls nach der Freigabe fällig. Jede Bewertung legt dann den Termin der nächsten fest.
@@openReference
- Ist die Referenz eines Vertrags oder einer Vereinbarung nicht erfasst, ist dies eine offene Entscheidung, die mit
  ihrer Nummer im <@sms.link "decision-register"/> geführt wird, bis die Referenz hier eingetragen ist.
@@externalHeader
| Lieferant | Leistung | Unterstützte Services (Kritikalität) | Vertrag | Betreut durch | Bewertung | Nächste Bewertung |
|---|---|---|---|---|---|---|
@@noExternal
Derzeit tragen keine ${t.externalSuppliersInflected} zu den Services bei. Ein Lieferant wird hier eingetragen,
bevor sein Vertrag unterzeichnet wird.
@@internalIntro
Alle ${t.internalSuppliersInflected} arbeiten auf Grundlage einer internen Vereinbarung. Die Vereinbarungen sind gelenkte
Dokumente dieses Dokumentensatzes und in der Tabelle verlinkt.
@@internalHeader
| ${t.InternalSupplier} | Leistung | Unterstützte Services (Kritikalität) | Vereinbarung | Betreut durch | Bewertung | Nächste Bewertung |
|---|---|---|---|---|---|---|
@@noInternal
Derzeit tragen keine ${t.internalSuppliersInflected} zu den Services bei. Sobald ein anderer Bereich der
Organisation beiträgt, wird er hier mit seiner internen Vereinbarung eingetragen.
@@contractTitle
Inhalt eines Vertrags
@@contract
Bevor ein Vertrag mit ${t.anExternalSupplierDative} unterzeichnet oder verlängert wird,
prüft der Betreuer, dass er jeden der folgenden Punkte abdeckt; ${slm.owner.de.der} ${slm.owner.title} <#if slm.owner.de.plural?has_content>gleichen<#else>gleicht</#if>
die Service-Levels mit den Service-Level-Vereinbarungen ab, die sie unterstützen:

- **Umfang:** die gelieferten Produkte und Services und die Services von ${org.name}, die sie unterstützen.
- **Service-Levels:** Ziele, mit denen jeder unterstützte Service seine eigenen erreichen kann: Verfügbarkeit
  über die Servicezeiten, Reaktions- und Lösungszeiten sowie Wiederherstellung innerhalb des
  Wiederherstellungszeitziels (RTO) des Service; und wie jedes Ziel gemessen wird.
- **Verantwortlichkeiten:** was der Lieferant und was ${org.name} tut, einschließlich der Pflichten zu
  Informationssicherheit und Kontinuität.
- **Schnittstellen:** wie der Lieferant am Incident-, Problem-, Änderungs-, Release- und Konfigurationsmanagement
  mitwirkt.
- **Berichterstattung:** die Leistungsberichte, die der Lieferant liefert, und die Bewertungen in der
  Häufigkeit dieses Registers.
- **Kaufmännische Bedingungen:** Entgelte und etwaige Gutschriften für nicht erreichte Service-Levels.
- **Änderung der Bedingungen:** wie Änderungen des Vertrags oder der Lieferung beantragt, bewertet und
  vereinbart werden.
- **Ende und Ausstieg:** Laufzeit, Verlängerung und Kündigung sowie die Übergabe von Daten, Wissen und Services
  bei Vertragsende.
@@agreementTitle
Inhalt einer internen Vereinbarung
@@agreement
Eine interne Vereinbarung wird zwischen dem Betreuer und dem jeweiligen Bereich der Organisation abgestimmt und
von beiden unterzeichnet. Sie regelt:

- **Umfang:** was geliefert wird und für welche Services.
- **Service-Levels:** die zugesagten Service-Levels, abgeleitet aus den Zielen der unterstützten Services, und
  wie jedes gemessen wird.
- **Verantwortlichkeiten:** was jede Seite tut, einschließlich der Mitwirkung an Incidents, Änderungen und
  Wiederherstellungstests.
- **Schnittstellen, Ansprechpartner und Eskalation:** wie die Arbeit zwischen dem Bereich und den SMS-Prozessen
  übergeben wird, wer die Ansprechpartner sind und wie eskaliert wird.
- **Berichterstattung und Bewertung:** die gelieferten Leistungsdaten und die Bewertungen in der Häufigkeit
  dieses Registers.
- **Änderung der Bedingungen:** wie die Vereinbarung geändert wird, und dass Änderungen im Änderungsmanagement
  bewertet werden.
- **Ende:** wie die Vereinbarung beendet oder ersetzt wird, wenn sich die Services oder die Organisation ändern,
  und wie die Arbeit übergeben wird.
@@agreementShortfalls
Ein nicht erreichtes Service-Level wird in der nächsten Bewertung besprochen und, wenn es ein Serviceziel
gefährdet, so eskaliert, wie die Vereinbarung es festlegt; wiederkehrende Abweichungen werden als Verbesserungen
eingebracht.
@@reviewTitle
Überprüfung des Registers
@@review
${doc.owner.de.Der} ${doc.owner.title} <#if doc.owner.de.plural?has_content>überprüfen<#else>überprüft</#if> das Register als Ganzes vor jeder Managementbewertung: Jeder
Lieferant, der für einen Service des Katalogs genannt ist, ist aufgeführt, für jeden ist ein Vertrag oder eine
Vereinbarung erfasst, und keine Bewertung ist überfällig. Lieferanten, die keinen Service mehr unterstützen,
werden nach dem Ende ihres Vertrags oder ihrer Vereinbarung entfernt; das Register wird mit dem Dokumentensatz neu
herausgegeben.
