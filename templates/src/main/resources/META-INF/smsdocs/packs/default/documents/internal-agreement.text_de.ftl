<#-- Die Texte der internen Vereinbarung (deutsch); die Struktur steht in internal-agreement.md.ftl. -->
@@partiesTitle
Parteien dieser Vereinbarung
@@partiesIntro
Diese Vereinbarung wird zwischen ${org.name} als Erbringer der nachstehend aufgeführten Services und
${supplier.name} geschlossen. ${supplier.name} trägt als ${t.internalSupplier} von ${org.name} zu diesen Services
bei.
@@partiesTable
| Partei | Rolle in dieser Vereinbarung | Vertreten durch |
|---|---|---|
| ${org.name} | Dienstleister | <@sms.roleWithPerson supplier.manager/>, Betreuer der Beziehung |
| ${supplier.name} | ${t.InternalSupplier} | Bevollmächtigter Vertreter |
@@recorded
Die Vereinbarung ist unter der Referenz ${supplier.contractRef} im <@sms.link "supplier-register"/> erfasst.
@@notRecorded openMark
<#-- openMark: die Markierung der offenen Entscheidung zur Referenz (" (offene Entscheidung D-2)") oder nichts. -->
Für diese Vereinbarung ist noch keine Referenz erfasst${openMark}: Sie
tritt in Kraft, wenn beide Parteien sie unterzeichnet haben und ihre Referenz im <@sms.link "supplier-register"/>
eingetragen ist.
@@purposeTitle
Zweck
@@purpose
Diese Vereinbarung legt fest, was ${supplier.name} für ${org.name} liefert, zu welchen Service-Levels sich
${supplier.name} verpflichtet, damit die unterstützten Services ihre eigenen Ziele erreichen können, was jede
Partei tut und wie die Leistung berichtet und bewertet wird. Sie unterstützt die Service-Level-Vereinbarungen
dieser Services; gegenüber den Kunden bleibt ${org.name} für sie verantwortlich.
@@providedTitle
Leistungsumfang
@@provides
${supplier.name} liefert: ${supplier.provides}.
@@providesUndescribed
Die SMS-Stammdaten beschreiben noch nicht, was ${supplier.name} liefert; die Parteien beschreiben es hier, bevor
sie unterzeichnen.
@@servicesIntro
Unterstützt werden diese Services:

| Service | Kritikalität | Servicezeiten | Verfügbarkeitsziel | Maximal tolerierbare Wiederherstellungszeit (RTO) | Service-Level-Vereinbarung |
|---|---|---|---|---|---|
@@noServices
Derzeit wird kein Service des Servicekatalogs unterstützt. Bevor ein Service unterstützt wird, werden in dieser
Vereinbarung Service-Levels festgelegt.
@@levelsTitle
Service-Levels
@@levelsIntro
Die folgenden Service-Levels sind aus den unterstützten Services abgeleitet, sodass der Anteil von
${supplier.name} nie mehr vom zulässigen Ausfall eines Service beansprucht, als dessen eigenes Ziel übrig lässt.
Ist ein Wert eines Service noch eine offene Entscheidung, folgt das Service-Level dieser Entscheidung.
@@levelsTable terms
| Service-Level | Zusage von ${supplier.name} | Abgeleitet aus |
|---|---|---|
| Abdeckung | <#if terms.roundTheClock>Rund um die Uhr, an jedem Tag des Jahres<#else>Während der Servicezeiten jedes oben genannten Service</#if> | <#if terms.roundTheClock>Mindestens einer der Services läuft rund um die Uhr<#else>Den Servicezeiten der oben genannten Services</#if> |
| Verfügbarkeit der Leistung | Mindestens ${sms.pct(terms.availability.target)}${terms.availability.mark} über die Servicezeiten jedes Service | Dem höchsten Verfügbarkeitsziel der unterstützten Services (${terms.availability.service}): Ein weniger verfügbarer Anteil würde den zulässigen Ausfall des Service allein aufbrauchen |
| Wiederherstellung nach einem schweren Ausfall | Der eigene Anteil ist innerhalb von ${terms.restoration.rto} nach Aktivierung des Servicekontinuitätsplans wiederhergestellt | Der kürzesten maximal tolerierbaren Wiederherstellungszeit der unterstützten Services (${terms.restoration.service}), damit jeder Service innerhalb seiner eigenen wiederhergestellt werden kann |
@@incidentLevels terms responseTargets resolutionTargets
<#-- responseTargets, resolutionTargets: die Zeiten je Priorität, „P1: 15 Minuten; P2: 1 Stunde“. -->
| Reaktion auf Incidents | Beginn der Bearbeitung innerhalb der Reaktionszeit der Priorität des Incidents: ${responseTargets} | Dem Prioritätenschema für Incidents der Service-Level-Vereinbarungen${terms.prioritiesMark} |
| Wiederherstellung des eigenen Anteils nach einem Incident | Innerhalb der Lösungszeit der Priorität des Incidents: ${resolutionTargets} | Demselben Schema: Der Service ist erst wiederhergestellt, wenn es auch dieser Anteil ist |
@@plannedWorkLevel
| Geplante Arbeiten | Mindestens 5 Arbeitstage im Voraus angekündigt, über das Änderungsmanagement abgestimmt und in den Wartungsfenstern der Services durchgeführt | Den Wartungsregelungen der Service-Level-Vereinbarungen |
@@levelsMeasured
Die Leistung gegenüber diesen Service-Levels wird aus den Incident-, Änderungs- und Überwachungsaufzeichnungen von
${org.name} gemessen.
@@noLevels
Service-Levels gelten erst, wenn ${supplier.name} einen Service des Katalogs unterstützt.
@@responsibilitiesTitle
Verantwortlichkeiten
@@responsibilities
${supplier.name}:

- liefert die oben beschriebene Leistung zu den Service-Levels dieser Vereinbarung;
- übernimmt die Incidents und Anfragen, die der Service Desk von ${org.name} zuweist, und hält deren
  Aufzeichnungen ${incident.inTool} aktuell;
- bringt jede Änderung der eigenen Leistung, die sich auf die Services auswirken kann, als Änderungsantrag nach
  der <@sms.link "change-management-policy"/> ein und wirkt an der Bewertung der eigenen Änderungen mit;
- wirkt an der Bearbeitung schwerwiegender Incidents, an Problemanalysen und an den Wiederherstellungstests der
  unterstützten Services mit;
- informiert ${supplier.manager.de.den} ${supplier.manager.title} umgehend über Risiken für die eigene Leistung und über Änderungen der
  eigenen Abläufe, die sich auf die Services auswirken können;
- hält die Regeln zur Informationssicherheit ein, die für die Services gelten, an denen gearbeitet wird.

${org.name}:

- informiert ${supplier.name} rechtzeitig über die Ziele und Servicezeiten der unterstützten Services und über
  deren Änderungen;
- leitet Incidents und Anfragen über den Service Desk weiter, mit ihrer Priorität und den Informationen, die zur
  Bearbeitung nötig sind;
- kündigt erwartete Änderungen der Nachfrage an, die die Leistung betreffen;
- bezieht ${supplier.name} in die Planung der Änderungen und Wiederherstellungstests ein, die die Leistung betreffen;
- berichtet ${supplier.name} über die erbrachte Leistung und führt die nachstehenden Bewertungen durch.
@@escalationTitle
Ansprechpartner und Eskalation
@@escalationIntro
Der tägliche Kontakt läuft über den Service Desk von ${org.name}. Kommt ein Incident oder eine Anfrage nicht so
voran, wie die Services es erfordern, oder wird ein Service-Level dieser Vereinbarung nicht erreicht, kann jede
Partei eskalieren:
@@escalationHeader
| Stufe | Ansprechpartner bei ${org.name} | Wann |
|---|---|---|
| 1 | Service Desk | Erste Anlaufstelle für Incidents und Anfragen, die ${supplier.name} zugewiesen sind |
@@escalationContacts
${supplier.name} benennt bei der Unterzeichnung dieser Vereinbarung einen Ansprechpartner für jede Stufe; die
Namen werden mit dem unterzeichneten Exemplar aufbewahrt.
@@reviewTitle
Berichterstattung und Bewertung
@@review
Die Leistung gegenüber dieser Vereinbarung wird monatlich erhoben und ${supplier.name} berichtet. ${supplier.manager.de.Der}
${supplier.manager.title} <#if supplier.manager.de.plural?has_content>bewerten<#else>bewertet</#if> sie mit ${supplier.name} ${supplier.reviewFrequency}, wie es die Kritikalität
der unterstützten Services erfordert (${serviceLevels.supplierReviewRule}). Die Bewertung umfasst die erreichten
Service-Levels, Incidents und Änderungen, an denen ${supplier.name} beteiligt war, Risiken, geplante Änderungen der
Nachfrage und Verbesserungen; Maßnahmen werden aufgezeichnet und in der nächsten Bewertung nachverfolgt. Ein nicht
erreichtes Service-Level gefährdet die Services: Es wird wie oben beschrieben eskaliert, und wiederkehrende
Abweichungen werden in das <@sms.link "improvement-register"/> eingetragen.
@@changesTitle
Änderungen dieser Vereinbarung
@@changes
- Diese Vereinbarung wird mindestens alle ${sms.documentControl.reviewIntervalMonths} Monate überprüft sowie immer
  dann, wenn sich die unterstützten Services, ihre Ziele oder die Leistung von ${supplier.name} ändern.
- Änderungen werden von beiden Parteien schriftlich vereinbart. Eine Änderung, die einen Service betrifft, wird
  vor der Vereinbarung als Änderungsantrag nach der <@sms.link "change-management-policy"/> bewertet.
- ${doc.owner.de.Der} ${doc.owner.title} <#if doc.owner.de.plural?has_content>halten<#else>hält</#if> diese Vereinbarung gemäß dem <@sms.link "documented-information-control"/> unter
  Versionskontrolle; der Betreuer der Beziehung hält sie im Einklang mit den unterstützten
  Service-Level-Vereinbarungen und dem <@sms.link "supplier-register"/>.
- Die Vereinbarung bleibt in Kraft, bis sie durch eine neuere Fassung ersetzt wird oder ${supplier.name} nicht mehr
  zu den Services beiträgt; die Parteien vereinbaren dann, wie die Arbeit übergeben wird.
@@signaturesTitle
Unterschriften
@@signatures
| Partei | Name | Funktion | Unterschrift | Datum |
|---|---|---|---|---|
| ${org.name} | ${doc.approver.person!""} | ${doc.approver.title} | | |
| ${supplier.name} | | Bevollmächtigter Vertreter | | |
