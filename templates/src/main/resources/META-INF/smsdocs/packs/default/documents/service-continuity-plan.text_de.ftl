<#-- Die Texte des Servicekontinuitätsplans (deutsch); die Struktur steht in service-continuity-plan.md.ftl.
     Die Aufgaben werden als reiner Text verwendet und erst bei der Ausgabe maskiert, daher wird ein Wert darin als ${x?no_esc} geschrieben. -->
@@purposeTitle
Zweck
@@purpose
Dieser Plan legt fest, wie ${org.name} die Services aufrechterhält oder innerhalb vereinbarter Zeiten
wiederherstellt, wenn eine schwerwiegende Störung den Normalbetrieb unmöglich macht. Er legt fest, was wie
schnell wiederhergestellt werden muss, wer über die Aktivierung des Plans entscheidet, wie jeder Service
wiederhergestellt wird, welchen Service die Kunden erwarten können, solange der Plan aktiviert ist, und wie
die Rückkehr zum Normalbetrieb erfolgt. Er betrifft die Kontinuität der für Kunden erbrachten Services; das
umfassende Business Continuity Management von ${org.name} liegt außerhalb seines Geltungsbereichs.
@@scopeTitle
Geltungsbereich
@@scopeServices
Der Plan umfasst alle Services im Anwendungsbereich des Servicemanagementsystems:
@@scopeItem s
- ${s.name} (Kritikalität: ${s.criticalityName})
@@noServicesInScope
Im Servicekatalog sind noch keine Services erfasst. Jeder Service wird mit seinen Wiederherstellungszielen
und seinem Wiederherstellungsverfahren in diesen Plan aufgenommen, bevor er in Betrieb geht.
@@disruptions
Er gilt für Störungen, die das reguläre Incident-Management nicht innerhalb der vereinbarten Ziele beheben
kann, zum Beispiel:

- Verlust des Betriebszentrums oder Büros oder fehlender Zugang dazu;
- Verlust eines Rechenzentrums, einer Hosting-Plattform oder anderer von einem Lieferanten bereitgestellter
  Infrastruktur;
- ein Cyberangriff, etwa mit Ransomware, der Systeme oder Daten unbrauchbar macht;
- Ausfall von Netzwerk- oder Telekommunikationsverbindungen;
- Ausfall oder Insolvenz eines wichtigen Lieferanten;
- Ausfall von Schlüsselpersonal, zum Beispiel während einer Pandemie.
@@objectivesTitle
Ziele
@@objectives
- Jeder Service wird innerhalb seiner maximal tolerierbaren Wiederherstellungszeit (Recovery Time
  Objective, RTO) und ohne höheren Datenverlust als seinen maximal tolerierbaren Datenverlust (Recovery
  Point Objective, RPO) wiederhergestellt.
- Die Kunden werden ab der Aktivierung des Plans bis zur Wiederaufnahme des Normalbetriebs laufend
  informiert.
- Vertraulichkeit und Integrität der Informationen werden auch während der Wiederherstellung geschützt,
  insbesondere wenn die Arbeit an Ausweichstandorte oder auf Ersatzsysteme verlagert wird.
- Die Rückkehr zum Normalbetrieb erfolgt kontrolliert und ohne eine zweite Störung.
- Regelmäßige Tests weisen nach, dass der Plan funktioniert; er wird nach jedem Test und jeder Aktivierung
  verbessert.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@topDuties
Aktivierungsbefugnis: entscheidet über die Aktivierung des Plans und die Rückkehr zum Normalbetrieb; gibt den Plan frei.
@@continuityOwnerDuties
Verantwortlich für den Plan und den Prozess Servicekontinuitätsmanagement; leitet das Wiederherstellungsteam während der Aktivierung; führt das Testprogramm durch.
@@managerDuties
Führt das Aktivierungsprotokoll; prüft, dass Testergebnisse und Maßnahmen aufgezeichnet und verfolgt werden; berichtet an die Managementbewertung.
@@availabilityOwnerDuties
Hält den Verfügbarkeitsplan und die Wiederherstellungsziele dieses Plans konsistent; überwacht die Verfügbarkeit, solange der Plan aktiviert ist.
@@supplierOwnerDuties
Stellt sicher, dass Kontinuitätspflichten der Lieferanten in den Verträgen verankert sind; eskaliert während der Aktivierung an die Lieferanten.
@@securityOwnerDuties
Bewertet die Sicherheit der Wiederherstellungsvorkehrungen; leitet die Reaktion, wenn die Störung ein Informationssicherheitsvorfall ist.
@@serviceOwners
Jeder Serviceverantwortliche ist Wiederherstellungsverantwortlicher für seinen Service, hält dessen
Wiederherstellungsverfahren und technische Runbooks aktuell und nimmt an dessen Tests teil.
@@requirementsTitle
Kontinuitätsanforderungen
@@requirementsIntro
Die Kontinuitätsanforderungen ergeben sich aus den Service-Level-Vereinbarungen, aus der Kritikalität jedes
Service für seine Kunden und aus der Risikobeurteilung, die gemäß dem <@sms.link "sms-plan"/> und dem
<@sms.link "service-assurance"/> geführt wird. Die Wiederherstellungsziele folgen einer einheitlichen, nach
Kritikalität festgelegten Regel:
@@rulesHeader
| Kritikalität | Maximal tolerierbare Wiederherstellungszeit (RTO) | Maximal tolerierbarer Datenverlust (RPO) | Verfügbarkeitsziel während der Aktivierung | Mindesttest |
|---|---|---|---|---|
@@objectivesExplained
Die RTO ist die längste Zeitspanne von der Aktivierung bis zur erneuten Nutzbarkeit des Service; der RPO
ist das größte zulässige Alter der Daten des Service nach ihrer Wiederherstellung. Die Kritikalität jedes
Service ist die im <@sms.link "service-catalogue"/> angegebene. Ein Service kann eigene, mit seinen Kunden
vereinbarte Ziele haben; sie ersetzen für diesen Service die Regel und sind nie schwächer als sie. Die letzte
Spalte zeigt, was gilt.
@@servicesHeader
| Service | Kritikalität | Kunden | RTO | RPO | Wiederherstellungsverantwortlich | Ziele festgelegt durch |
|---|---|---|---|---|---|---|
@@internalUsers
Interne Benutzer
@@noObjectives
Da noch keine Services erfasst sind, wurden noch keine Wiederherstellungsziele festgelegt.
@@impactAnalysis
Was ein Ausfall jedes Service im Zeitverlauf bewirkt, seine maximal tolerierbare Ausfallzeit und seine Abhängigkeiten, aus denen diese Ziele folgen, analysiert die <@sms.link "business-impact-analysis"/>.
@@invocationTitle
Aktivierung
@@invocationIntro
Die Aktivierung des Plans ist eine formelle Entscheidung: Sie setzt die regulären Service-Level-Ziele der
betroffenen Services außer Kraft und bindet Personal und finanzielle Mittel für die Wiederherstellung.
Kriterien, Befugnis und erste Schritte sind deshalb im Voraus festgelegt.
@@criteriaTitle
Aktivierungskriterien
@@criteriaList
Die Aktivierung des Plans wird geprüft, sobald eines der folgenden Ereignisse eintritt; die Entscheidung
wird im Aktivierungsprotokoll festgehalten:

1. ein Service mit hoher Kritikalität ist länger als die Hälfte seiner RTO nicht verfügbar oder wird
   voraussichtlich so lange nicht verfügbar sein;
2. mehrere Services sind aufgrund einer gemeinsamen Ursache gleichzeitig nicht verfügbar;
3. das Betriebszentrum oder ein Hosting-Standort eines Lieferanten kann nicht genutzt werden;
4. ein Informationssicherheitsvorfall mit kritischem Schweregrad macht Systeme oder Daten
   unzuverlässig;
5. ein wichtiger Lieferant erklärt, dass er nicht liefern kann, oder aktiviert seinen eigenen
   Kontinuitätsplan.
@@authorityTitle
Aktivierungsbefugnis
@@authority
Nur ${top.de.der} <@sms.roleWithPerson top/> ${top.de.plural?has_content?then("dürfen", "darf")} den Plan aktivieren
@@deputyInvokes
${top.de.plural?has_content?then("Sind", "Ist")} ${top.de.er} nicht
innerhalb von 30 Minuten erreichbar, ${continuityPlan.deputy.de.plural?has_content?then("aktivieren", "aktiviert")} ${continuityPlan.deputy.de.der} <@sms.roleWithPerson continuityPlan.deputy/> den Plan und ${continuityPlan.deputy.de.plural?has_content?then("informieren", "informiert")}
${top.de.ihn} so bald wie möglich
@@requestInvocation
Jede Person kann die Aktivierung über ${incident.owner.de.den} ${incident.owner.title}
anfordern, ${incident.owner.de.der} die Störung bis zur Entscheidung als Major Incident gemäß dem
<@sms.link "resolution-and-fulfilment"/> ${incident.owner.de.plural?has_content?then("behandeln", "behandelt")}.
@@stepsTitle
Schritte der Aktivierung
@@invocationSteps
1. **Entscheiden.** Die zur Aktivierung befugte Person, ${continuity.owner.de.der} ${continuity.owner.title}
   und die Verantwortlichen der betroffenen Services bewerten gemeinsam die Lage; die befugte Person
   entscheidet über die Aktivierung und hält die Entscheidung mit Uhrzeit fest.
2. **Wiederherstellungsteam zusammenstellen.** ${continuity.owner.de.Der} ${continuity.owner.title} ${continuity.owner.de.plural?has_content?then("rufen", "ruft")} anhand der Kontaktliste
   dieses Plans die Wiederherstellungsverantwortlichen der betroffenen Services und die benötigten
   Ansprechpartner der Lieferanten hinzu und ${continuity.owner.de.plural?has_content?then("eröffnen", "eröffnet")} eine Telefonkonferenz.
3. **Benachrichtigen.** Innerhalb einer Stunde nach der Aktivierung ${brm.owner.de.plural?has_content?then("informieren", "informiert")}
   ${brm.owner.de.der} ${brm.owner.title} die Ansprechpartner der betroffenen Kunden; ${incident.owner.de.der} ${incident.owner.title}
   ${incident.owner.de.plural?has_content?then("veröffentlichen", "veröffentlicht")} eine Mitteilung an die Benutzer. Aktualisierungen folgen bei Services mit hoher
   Kritikalität mindestens alle zwei Stunden, bei den übrigen zweimal täglich.
4. **Wiederherstellen.** Jeder Wiederherstellungsverantwortliche folgt dem nachstehenden
   Wiederherstellungsverfahren des Service und meldet den Fortschritt an ${continuity.owner.de.den} ${continuity.owner.title}.
5. **Protokollieren.** ${sms.manager.de.Der} ${sms.manager.title} ${sms.manager.de.plural?has_content?then("führen", "führt")} das Aktivierungsprotokoll: Entscheidungen,
   Maßnahmen, Zeitpunkte und informierte Personen.
@@orderTitle
Wiederherstellungsreihenfolge
@@orderIntro
Sind mehrere Services gestört, werden sie in der nachstehenden Reihenfolge wiederhergestellt. Ein Service
wird nach den Services wiederhergestellt, von denen er abhängt. Unter den Services, die als Nächstes
wiederhergestellt werden können, kommt zuerst derjenige, den der kritischste Service benötigt, dann der
kritischere, dann die Reihenfolge des Servicekatalogs. Die Arbeit an einem späteren Service kann parallel
beginnen, wenn sie einem früheren kein Personal entzieht.
@@orderHeader
| Reihenfolge | Service | Kritikalität | RTO | Hängt ab von |
|---|---|---|---|---|
@@noOtherService
keinem anderen Service
@@noOrder
Da noch keine Services erfasst sind, gibt es noch keine Wiederherstellungsreihenfolge.
@@proceduresTitle
Wiederherstellungsverfahren
@@proceduresIntro
Für jeden Service ist nachstehend in der Wiederherstellungsreihenfolge ein Wiederherstellungsverfahren
festgelegt. Detaillierte technische Runbooks (Aufbauschritte, Befehle zur Rücksicherung,
Konfigurationseinstellungen) werden vom Wiederherstellungsverantwortlichen in der SMS-Dokumentenbibliothek
geführt; ${t.theConfigurationInformation} <#if sms.edition == "2011">verweist<#else>verweisen</#if> auf sie. Eine
gedruckte Ausfertigung dieses Plans und der Runbooks wird an einem externen Standort aufbewahrt, eine
elektronische Kopie auf Geräten, die nicht von den wiederherzustellenden Systemen abhängen.
@@procedureHeader
| Merkmal | Wert |
|---|---|
@@recoveryLeadLabel
Wiederherstellungsverantwortlich
@@placeLabel
Platz in der Wiederherstellungsreihenfolge
@@positionOf position total
${position} von ${total}
@@rtoLabel
Maximal tolerierbare Wiederherstellungszeit (RTO)
@@rpoLabel
Maximal tolerierbarer Datenverlust (RPO)
@@dependsOnLabel
Hängt ab von den Services
@@recoveredFirst
(zuerst wiederhergestellt)
@@noneListed
keine
@@neededByLabel
Services, die von ihm abhängen
@@suppliersLabel
Lieferanten
@@internalResourcesOnly
keine; ausschließlich interne Ressourcen
@@alternateLabel
Ausweichlösung
@@alternateUndecided
Offene Entscheidung: noch keine festgelegt
@@recoveryTestLabel
Wiederherstellungstest
@@openDecision s
**Offene Entscheidung.** Für den Service ${s.name} ist noch keine Ausweichlösung festgelegt: Es ist weder ein
Ausweichstandort noch ein Replikat noch ein manuelles Notverfahren benannt, auf das bei Verlust des
primären Standorts oder Systems umgeschaltet werden kann. Bis zur Entscheidung kann der Service nur durch
Reparatur oder Neuaufbau vor Ort wiederhergestellt werden, was länger dauern kann als seine RTO.
@@ownSteps s
${s.owner.de.Der} ${s.owner.title} ${s.owner.de.plural?has_content?then("leiten", "leitet")} die folgenden Wiederherstellungsschritte in dieser Reihenfolge:
@@ownStepsDone s
Nach dem letzten Schritt ${s.owner.de.plural?has_content?then("bestätigen", "bestätigt")} ${s.owner.de.der} ${s.owner.title} mit <@sms.names items=s.customers empty="den internen Benutzern"/>,
dass der Service nutzbar ist, und ${s.owner.de.plural?has_content?then("zeichnen", "zeichnet")} den Zeitpunkt der Wiederherstellung und etwaige Datenverluste auf.
@@assessStep s
**Bewerten.** ${s.owner.de.Der} ${s.owner.title} ${s.owner.de.plural?has_content?then("stellen", "stellt")} anhand ${t.theConfigurationInformationGenitive} fest, welche
   Komponenten des Service betroffen sind, und ${s.owner.de.plural?has_content?then("wählen", "wählt")} die Wiederherstellungsoption: Reparatur vor Ort,
   <#if s.alternateOpen>Umschalten auf redundante Komponenten (Failover), soweit vorhanden<#else>Umschalten auf die Ausweichlösung</#if>,
   oder Neuaufbau mit Rücksicherung.
@@dependenciesStep s several
**Abhängigkeiten prüfen.** Es wird bestätigt, dass <@sms.names items=s.dependsOn/> wieder
   <#if several>laufen; sie werden<#else>läuft; er wird</#if> zuerst wiederhergestellt. Bis dahin wird die
   Wiederherstellung dieses Service vorbereitet, ohne ihn wieder in Betrieb zu nehmen.
@@suppliersStep s several
**Lieferanten einbinden.** <@sms.names items=s.suppliers/> <#if several>werden<#else>wird</#if> über den
   Eskalationsweg <#if several>ihrer Verträge oder Vereinbarungen<#else>des Vertrags oder der Vereinbarung</#if> kontaktiert, und es wird
   vereinbart, bis wann der jeweils beigestellte Teil des Service wiederhergestellt ist.
@@staffStep
**Personal mobilisieren.** Das für die Wiederherstellung benötigte Personal wird hinzugezogen; der
   Service stützt sich ausschließlich auf interne Ressourcen.
@@restoreStep s
**Wiederherstellen.** Zuerst wird die unterstützende Infrastruktur wiederhergestellt, dann werden die
   Daten aus der letzten einwandfreien Sicherung zurückgesichert, die nicht älter als der RPO von ${s.rpo} ist,
   anschließend die Anwendungs- oder Servicefunktionen.
@@verifyStep
**Verifizieren.** Die Überwachungsprüfungen des Service und ein Funktionstest seiner Kernfunktionen
   werden durchgeführt; ${security.owner.de.der} ${security.owner.title} ${security.owner.de.plural?has_content?then("bestätigen", "bestätigt")}, dass die wiederhergestellten Systeme sicher
   sind.
@@handBackStep s
**Übergeben.** Mit <@sms.names items=s.customers empty="den internen Benutzern"/> wird bestätigt,
   dass der Service nutzbar ist; der Zeitpunkt der Wiederherstellung und etwaige Datenverluste werden
   aufgezeichnet.
@@noProcedures
Da noch keine Services erfasst sind, sind noch keine Wiederherstellungsverfahren festgelegt.
@@invokedAvailabilityTitle
Verfügbarkeit während der Aktivierung
@@firstPriority
1
@@invokedAvailability priority
Ab der Aktivierung des Plans bis zur Wiederherstellung gilt anstelle des regulären Verfügbarkeitsziels die
RTO. Von der Wiederherstellung bis zur Rückkehr zum Normalbetrieb läuft jeder Service im
Wiederherstellungsmodus, gegebenenfalls mit reduzierter Kapazität oder eingeschränkten Funktionen, und wird
am nachstehenden Ziel gemessen. Reaktions- und Lösungsziele für Incidents sind für die betroffenen Services
ausgesetzt; Incidents der Priorität ${priority} werden vom
Wiederherstellungsteam bearbeitet.
@@invokedHeader
| Service | Reguläres Verfügbarkeitsziel | Ziel während der Aktivierung | Funktionen, die eingeschränkt werden dürfen |
|---|---|---|---|
@@noServices
Es sind noch keine Services erfasst.
@@returnTitle
Rückkehr zum Normalbetrieb
@@returnSteps
1. **Bereitschaft prüfen.** ${continuity.owner.de.Der} ${continuity.owner.title} ${continuity.owner.de.plural?has_content?then("bestätigen", "bestätigt")}, dass der ursprüngliche Standort, die
   ursprüngliche Plattform oder der Lieferant wieder vollständig verfügbar ist oder dass die
   Ausweichlösung geeignet ist, zum Normalbetrieb zu werden.
2. **Rückkehr planen.** Die Rückverlagerung wird als Änderung gemäß dem <@sms.link "design-build-transition"/>
   geplant, einschließlich der Synchronisierung der während der Wiederherstellung geänderten Daten, eines
   Rückfallplans und eines mit den Kunden vereinbarten Zeitpunkts.
3. **Freigeben.** ${top.de.Der} <@sms.roleWithPerson top/> ${top.de.plural?has_content?then("geben", "gibt")} die Rückkehr zum Normalbetrieb frei und ${top.de.plural?has_content?then("lösen", "löst")} das
   Wiederherstellungsteam auf.
4. **Informieren.** Kunden und Benutzer werden darüber informiert, dass wieder die regulären Service-Levels
   gelten.
5. **Auswerten.** Innerhalb von zehn Arbeitstagen ${continuity.owner.de.plural?has_content?then("leiten", "leitet")} ${continuity.owner.de.der} ${continuity.owner.title} eine Auswertung der
   Aktivierung: zeitlicher Ablauf, erreichte RTO und erreichter RPO, was funktioniert hat, was nicht, und
   Maßnahmen. Der Plan wird aktualisiert und, wenn die Auswertung Lücken im Plan aufzeigt, innerhalb von
   drei Monaten erneut getestet.
@@contactsTitle
Kontaktliste
@@contactsIntro
Telefonnummern für die Erreichbarkeit außerhalb der Geschäftszeiten werden in der externen Ausfertigung
dieses Plans und im Rufbereitschafts-Tool geführt, nicht in diesem gelenkten Dokument, und vierteljährlich
durch ${continuity.owner.de.den} ${continuity.owner.title} überprüft.
@@testingTitle
Testprogramm
@@testingIntro
Der Plan wird getestet, damit ${org.name} weiß und nicht nur annimmt, dass jeder Service innerhalb seiner
Ziele wiederhergestellt werden kann.

- Jeder Service wird mindestens einmal jährlich getestet; die Testart richtet sich nach seiner
  Kritikalität gemäß den obigen Kontinuitätsanforderungen.
- Der gesamte Plan wird einmal jährlich in einer Szenarioübung mit der zur Aktivierung befugten Person,
  den Wiederherstellungsverantwortlichen und den wichtigsten Lieferanten geübt; die Übung umfasst
  Aktivierung, Kommunikation und Rückkehr zum Normalbetrieb.
- Ein Service wird innerhalb eines Monats nach Inbetriebnahme einer größeren Änderung am Service selbst,
  an seiner Infrastruktur oder an einem Lieferanten, von dem er abhängt, erneut getestet; die
  <@sms.link "change-management-policy"/> legt fest, welche Änderungen dies sind.
- Nach jeder tatsächlichen Aktivierung, deren Auswertung Lücken im Plan aufgezeigt hat, wird der Plan
  erneut getestet.
- Wiederherstellungstests von Lieferanten werden als Nachweis anerkannt, wenn ${org.name} daran teilnimmt
  oder deren Ergebnisse erhält.
@@testTable
Die Tabelle legt das Programm für jeden Service fest; Services mit hoher Kritikalität werden zuerst
getestet.
@@firstTestNote
Der erste Test nach dieser Version des Plans fällt in das angegebene Quartal;
weitere Tests folgen in der angegebenen Häufigkeit.
@@testColumns
Service | Kritikalität | Test | Häufigkeit
@@firstTestColumn
Erster Test
@@testPlans
Für jeden Test gibt es einen schriftlichen Testplan, der durch ${continuity.owner.de.den} ${continuity.owner.title} freigegeben wird und
Umfang, Szenario, Erfolgskriterien (mindestens RTO und RPO) sowie ein Rückfallverfahren für den Fall
enthält, dass der Test selbst den Produktivbetrieb stört. Tests, die den Produktivbetrieb berühren, werden als
Änderungen eingeplant.
@@testRecordsTitle
Testaufzeichnungen
@@testReport
Nach jedem Test ${continuity.owner.de.plural?has_content?then("erstellen", "erstellt")} ${continuity.owner.de.der} ${continuity.owner.title} innerhalb von zehn Arbeitstagen einen Testbericht.
Er enthält:

- Datum, Umfang, Szenario und Teilnehmende;
- die erreichte RTO und den erreichten RPO im Vergleich zu den Zielen;
- was funktioniert hat und was nicht, sowie etwaige Auswirkungen auf den Produktivbetrieb;
- die vereinbarten Maßnahmen mit Verantwortlichen und Fälligkeitsdaten;
- ob dieser Plan, der Verfügbarkeitsplan oder ein Runbook geändert werden muss.

Die Maßnahmen werden bis zum Abschluss verfolgt, und die Testergebnisse werden an die Managementbewertung
berichtet.
@@recordsTitle
Aufzeichnungen
@@testRecordsRecord
Testpläne und Testberichte
@@invocationRecords
Aktivierungsprotokolle und Auswertungen nach Aktivierungen
@@majorIncidentRecords
Aufzeichnungen zu Major Incidents einer Störung, für die der Plan aktiviert wurde
@@actionRecords
Kontinuitätsmaßnahmen und ihre Nachverfolgung
@@documentLibrary
SMS-Dokumentenbibliothek
@@threeYears
3 Jahre
@@sixYears
6 Jahre
@@majorIncidentRetention
6 Jahre nach Abschluss, anstelle der 3 Jahre für andere Incident-Aufzeichnungen
@@threeYearsAfterClosure
3 Jahre nach Abschluss
@@maintenanceTitle
Pflege des Plans
@@maintenance
${continuity.owner.de.Der} ${continuity.owner.title} ${continuity.owner.de.plural?has_content?then("überprüfen", "überprüft")} diesen Plan mindestens alle ${sms.documentControl.reviewIntervalMonths}
Monate, nach jedem Test und jeder Aktivierung sowie bei Änderungen eines Service, eines Lieferanten oder
einer Schlüsselrolle. Der überprüfte Plan wird durch ${top.de.den} ${top.title} freigegeben und erneut verteilt, und die
externen Ausfertigungen werden ersetzt.
