<#-- Die Texte des Abschnitts Lieferantenmanagement (deutsch); die Struktur steht in supplier-management.ftl. -->
@@title
Lieferantenmanagement
@@intro
${supplierManagement.owner.de.Der} ${supplierManagement.owner.title} <#if supplierManagement.owner.de.plural?has_content>führen<#else>führt</#if> ein Lieferantenregister aller ${t.externalAndInternalSuppliersInflected}, die zu den Services beitragen, mit dem
Vertrag oder der Vereinbarung, den unterstützten Services und der für die Steuerung der Beziehung
verantwortlichen Person (<@sms.link "supplier-register"/>). Für jeden Lieferanten ist bei ${org.name} ein Betreuer benannt, der die einzige
Anlaufstelle für Leistung, Änderungen und Streitigkeiten ist.

Wie oft die Leistung eines Lieferanten bewertet wird, richtet sich nach der Kritikalität der Services, die
er unterstützt: ${serviceLevels.supplierReviewRule}. Die Tabellen zeigen die Häufigkeit für jeden Lieferanten.
@@externalHeader
| Lieferant | Leistung | Vertrag | Unterstützte Services | Betreut durch | Leistungsbewertung |
|---|---|---|---|---|---|
@@supportingServices
Unterstützende Services
@@noneInCatalogue
keine im Katalog
@@noExternal
${org.name} hat derzeit keine ${t.externalSuppliersInflected}, die
zu den Services beitragen. Die nachstehenden Schritte gelten, sobald ein solcher Lieferant beauftragt
wird.
@@externalSteps
1. **Auswählen.** Infrage kommende Lieferanten werden anhand dokumentierter Kriterien bewertet: Fähigkeit,
   die Serviceanforderungen zu erfüllen, Informationssicherheit, Servicekontinuität, finanzielle
   Stabilität und Referenzen. Die Bewertung wird aufgezeichnet.
2. **Vertrag schließen.** Es wird ein Vertrag vereinbart, der Folgendes festlegt: den Umfang der
   gelieferten Produkte oder Services, die Service-Levels und ihre Messung, die Schnittstellen zu den
   Prozessen von ${org.name} (Incidents, Änderungen, Releases, Berichterstattung), die Pflichten zu
   Sicherheit und Kontinuität, die Verantwortlichkeiten jeder Partei, Laufzeit, Kündigung und
   Ausstiegsregelungen sowie den Weg zur Beilegung von Streitigkeiten. ${slm.owner.de.Der} ${slm.owner.title} <#if slm.owner.de.plural?has_content>gleichen<#else>gleicht</#if> vor
   der Unterzeichnung die Service-Levels mit den SLAs ab, die sie unterstützen.
3. **Überwachen.** Die Leistungsdaten des Lieferanten werden monatlich erhoben und mit dem Vertrag
   verglichen. Incidents und Zielverletzungen des Lieferanten werden dem Lieferanten zugeordnet
   aufgezeichnet.
4. **Bewerten.** Die Leistungsbewertung findet in der oben genannten Häufigkeit statt. Bewertet werden
   Leistung, Incidents, Änderungen, Risiken, Verbesserungen und die Frage, ob der Vertrag die Bedürfnisse
   von ${org.name} noch erfüllt. Die Bewertung und die vereinbarten Maßnahmen werden aufgezeichnet.
5. **Ändern und verlängern.** Vertragsänderungen werden vor ihrer Vereinbarung auf ihre Auswirkung auf
   die Services bewertet. Spätestens sechs Monate vor Vertragsende wird entschieden, ob der Vertrag
   verlängert, neu verhandelt oder der Lieferant ersetzt wird; der Ersatz des Lieferanten eines Service
   ist eine Änderung mit potenziell erheblichen Auswirkungen.
@@disputesTitle
Vertragsstreitigkeiten
@@disputes
1. Der Betreuer des Lieferanten bei ${org.name} zeichnet die Streitigkeit mit der betroffenen
   Vertragsklausel, dem Sachverhalt und dem angestrebten Ergebnis auf und setzt den Lieferanten schriftlich
   in Kenntnis.
2. Die für die Geschäftsbeziehung Verantwortlichen beider Parteien versuchen, die Streitigkeit innerhalb von 10 Arbeitstagen
   beizulegen.
3. Gelingt dies nicht, <#if supplierManagement.owner.de.plural?has_content>eskalieren<#else>eskaliert</#if> ${supplierManagement.owner.de.der} ${supplierManagement.owner.title} an die Geschäftsleitung des Lieferanten, und
   beide Parteien treffen sich innerhalb weiterer 10 Arbeitstage.
4. Ist die Streitigkeit dann noch nicht beigelegt, <#if sms.topManagement.de.plural?has_content>entscheiden<#else>entscheidet</#if> ${sms.topManagement.de.der} ${sms.topManagement.title}, ob der im
   Vertrag vorgesehene Weg zur Streitbeilegung beschritten wird (Mediation, danach Schiedsverfahren oder
   ordentliche Gerichte).
5. Solange eine Streitigkeit offen ist, hat der Service für die Kunden Vorrang: Die Streitigkeit darf die
   Lösung von Incidents und die Wiederherstellung von Services nicht verzögern.
6. Das Ergebnis wird aufgezeichnet; Erkenntnisse daraus werden als Verbesserung oder als Vertragsänderung
   eingebracht.
@@internalTitle
${t.InternalSuppliers} und als Lieferant handelnde Kunden
@@internalHeader
| ${t.InternalSupplier} | Leistung | Unterstützte Services | Betreut durch | Vereinbarung | Leistungsbewertung |
|---|---|---|---|---|---|
@@noInternal
Derzeit trägt ${t.noInternalSupplier} zu den
Services bei.
@@internalSteps
Teile der übergeordneten Organisation, die außerhalb des SMS liegen, sowie Kunden, die einen Teil des
Service selbst erbringen (zum Beispiel ein Kunde, der seinen eigenen First-Level-Support betreibt oder
eigene Geräte stellt), unterzeichnen keinen kommerziellen Vertrag. ${org.name} dokumentiert dennoch, in
welchen Punkten die Services von ihnen abhängen:

1. Der Betreuer des Lieferanten schließt eine dokumentierte interne Vereinbarung ab, die die erbrachte
   Leistung oder Tätigkeit, die Service-Levels und ihre Messung, die Schnittstellen zu den SMS-Prozessen,
   die Ansprechpartner und den Eskalationsweg festlegt.
2. Handelt ein Kunde als Lieferant, werden seine Pflichten in seinem SLA im Abschnitt zu den
   Verantwortlichkeiten des Kunden festgehalten; Zeiten, die durch Nichterfüllung dieser Pflichten
   verloren gehen, werden bei den SLA-Zielen nicht berücksichtigt.
3. Die Leistung im Vergleich zur Vereinbarung wird monatlich überwacht und in der Häufigkeit aus der
   obigen Tabelle bewertet, die nach derselben Regel wie bei ${t.externalSuppliersInflected} festgelegt ist.
4. Die Vereinbarung wird mindestens einmal jährlich überprüft sowie immer dann, wenn sich die von ihr
   unterstützten Services ändern.
