<#-- Die Texte der Änderungsmanagementpolitik (deutsch); die Struktur steht in change-management-policy.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Diese Politik legt die Regeln für Änderungen an den Services von ${org.name} und an den Komponenten
fest, aus denen diese Services bestehen. Ziel ist, dass jede Änderung den erwarteten Nutzen bringt, ohne
die Kunden ungeplant zu beeinträchtigen, und dass diejenigen, die eine Änderung genehmigen, über die dafür
erforderlichen Informationen und Befugnisse verfügen. Wie Änderungen erfasst, bewertet und umgesetzt
werden, ist im Dokument <@sms.link "design-build-transition"/> beschrieben.
@@scopeTitle
Geltungsbereich: Was der Änderungssteuerung unterliegt
@@controlledIntro
Die folgenden Elemente unterliegen der Änderungssteuerung. Jedes Hinzufügen, Ändern oder Entfernen
eines dieser Elemente erfordert eine genehmigte Änderung:
@@servicesItem
- die Services im Dokument <@sms.link "service-catalogue"/>: <@sms.names items=services/>;
@@allServicesItem
- jeder Service im Dokument <@sms.link "service-catalogue"/>, sobald Services festgelegt sind;
@@controlledItems
- die Konfigurationselemente (CIs) dieser Services aller CI-Typen, die im Dokument
  <@sms.link "service-portfolio"/> festgelegt sind: Server, Netzwerkkomponenten, Standardkonfigurationen
  von Endgeräten, Software, Cloud-Ressourcen und unterstützende Services, einschließlich ihrer
  Konfigurationseinstellungen und Versionen;
- die Service-Level-Vereinbarungen und der Servicekatalog;
- Verträge und interne Vereinbarungen mit Lieferanten, soweit die Änderung ein Service-Level oder eine
  Schnittstelle zu den SMS-Prozessen berührt;
- Überwachungs-, Backup- und Sicherheitsmaßnahmen, die die Services schützen;
- die Tools, die die SMS-Prozesse unterstützen; dazu gehört auch ${sms.toolOf("change-management")}.
@@notChanges
Die folgenden Tätigkeiten sind **keine** Änderungen im Sinne dieser Politik; sie werden im jeweils
genannten Prozess behandelt:

| Tätigkeit | Behandelt durch |
|---|---|
| Erfüllung eines Service Requests eines vorab genehmigten Typs (zum Beispiel Anlegen eines Benutzerkontos) | Service-Request-Management, <@sms.link "resolution-and-fulfilment"/> |
| Aktualisierung von SMS-Dokumenten mit Ausnahme der SLAs und des Servicekatalogs | <@sms.link "documented-information-control"/> |
| Änderung von Benutzerdaten oder Inhalten innerhalb einer Anwendung | Den Kunden, im Rahmen seiner eigenen Kontrollen |
| Wiederherstellung der erfassten Konfiguration eines CI bei der Lösung eines Incidents | Incident-Management, dokumentiert im Incident |
@@supplierChanges
Lieferanten, die CIs der Services verwalten, haben diese Politik oder eine gleichwertige, in ihrem
Vertrag vereinbarte Regelung einzuhalten und ${org.name} über Änderungen zu informieren, die sich auf die
Services auswirken können.
@@statementsTitle
Grundsätze der Politik
@@statements
1. Jede Änderung an einem Element, das der Änderungssteuerung unterliegt, wird vor ihrer Durchführung als
   Änderungsantrag (RFC) erfasst. Ausgenommen sind Notfalländerungen; sie werden
   erfasst, sobald der Service wieder sicher betrieben wird.
2. Keine Änderung wird ohne Genehmigung auf der in dieser Politik festgelegten Ebene umgesetzt.
3. Jede Änderung wird hinsichtlich ihres Risikos und ihrer Auswirkungen auf Services, Kunden, Kapazität,
   Informationssicherheit, Kontinuität und die übrigen geplanten Änderungen bewertet.
4. Für jede normale Änderung und jede Notfalländerung besteht ein getestetes oder dokumentiertes Verfahren
   zur Rücknahme, oder es liegt eine dokumentierte Entscheidung der genehmigenden Stelle vor, das Risiko
   ohne ein solches Verfahren zu tragen.
5. Änderungen werden im Änderungskalender eingeplant, der für den Service Desk und, bei Änderungen, die sie
   betreffen, für die Kunden einsehbar ist.
6. Die ${t.configurationInformation} werden im Rahmen jeder Änderung aktualisiert, nicht erst im Nachhinein.
7. Eine Änderung, die nicht genehmigt wurde oder von der Genehmigung abweicht, ist eine nicht autorisierte
   Änderung. Sie wird als Incident erfasst, durch ${change.owner.de.den} ${change.owner.title} überprüft und als Nichtkonformität
   behandelt.
8. Jede Änderung wird nach ihrer Umsetzung überprüft; fehlgeschlagene Änderungen und Notfalländerungen
   werden stets eingehend überprüft.
@@typesTitle
Änderungsarten und Genehmigung
@@typesTable
| Art | Definition | Genehmigt durch | Vorlaufzeit |
|---|---|---|---|
| Standardänderung | Eine häufige Änderung mit geringem Risiko und einem dokumentierten, getesteten Ablauf, die als Änderungsmodell vorab genehmigt ist (zum Beispiel das Einspielen eines monatlichen Patch-Pakets auf Endgeräten) | Vorab genehmigt durch ${change.owner.de.den} ${change.owner.title} bei der Annahme des Änderungsmodells; jede einzelne Durchführung wird erfasst, aber nicht einzeln genehmigt | Gemäß Änderungsmodell |
| Normale Änderung, geringfügig | Eine Änderung mit geringem Risiko und begrenzter Auswirkung, die einen Service betrifft, nicht aber dessen Nutzung durch die Kunden | ${change.owner.title} | 2 Arbeitstage |
| Normale Änderung, wesentlich | Eine Änderung mit mittlerem oder hohem Risiko oder eine Änderung, die mehr als einen Service oder die Nutzung eines Service durch die Kunden betrifft | Change Advisory Board (CAB) | Einreichung bis zum Stichtag des CAB, mindestens 5 Arbeitstage im Voraus |
| Notfalländerung | Eine Änderung, die dringend erforderlich ist, um einen Service wiederherzustellen oder einen unmittelbar drohenden Major Incident oder Sicherheitsverstoß abzuwenden, und die nicht über den normalen Weg abgewickelt werden kann | Notfall-CAB: ${governance.emergencyCab} | Sofort |
@@typesNotes
Die Änderungsmodelle für Standardänderungen werden jährlich überprüft; verursacht eine Änderung nach einem
Modell einen Incident, wird das Modell bis zu seiner Überprüfung ausgesetzt. Notfalländerungen dürfen
nicht dazu genutzt werden, den normalen Weg zu umgehen: ${change.owner.de.Der} ${change.owner.title} <#if change.owner.de.plural?has_content>berichten<#else>berichtet</#if> in jeder
Managementbewertung über den Anteil der Notfalländerungen.
@@majorImpactTitle
Änderungen mit potenziell erheblichen Auswirkungen
@@majorImpact
Eine Änderung mit potenziell erheblichen Auswirkungen auf Kunden oder Services wird nicht als gewöhnliche
Änderung behandelt. Sie wird nach den Schritten für Design und Überführung von Services im Dokument
<@sms.link "design-build-transition"/> geplant, gestaltet, aufgebaut und überführt; verantwortlich
<#if transition.owner.de.plural?has_content>sind<#else>ist</#if> ${transition.owner.de.der} ${transition.owner.title}. Vor Beginn des Designs wird sie durch ${sms.topManagement.de.den} ${sms.topManagement.title} genehmigt. Eine Änderung fällt in diese Kategorie, wenn einer der folgenden
Punkte zutrifft:
@@majorImpactCriteria
1. Sie führt einen neuen Service ein.
2. Sie **entfernt einen Service** oder beendet seine Erbringung für einen Kunden vor Ablauf der vereinbarten
   Laufzeit.
3. Sie **überträgt einen Service** oder einen wesentlichen Teil davon von ${org.name} auf einen Kunden oder
   eine andere Partei oder von einer anderen Partei auf ${org.name}; dazu zählt auch der Wechsel des
   ${t.externalSupplierInflected}, der einen Service erbringt.
4. Sie ändert die Servicezeiten, das Verfügbarkeitsziel oder ein anderes Service-Level-Ziel einer SLA.
5. Sie erfordert eine Unterbrechung von mehr als einer Stunde bei einem Service mit hoher
   Kritikalität<#if procedures.highServices?has_content> (<@sms.names items=procedures.highServices/>)</#if> oder eine Unterbrechung eines beliebigen Service außerhalb seiner vereinbarten Wartungsfenster.
6. Sie betrifft gleichzeitig alle Kunden eines Service oder mehr als einen Service und kann nicht innerhalb
   der Lösungszeit der höchsten Priorität zurückgenommen werden.
7. Sie ändert die Architektur eines Service, seinen Hosting-Standort oder die Art, wie Kundendaten
   gespeichert oder geschützt werden.
8. Ihre Kosten oder der Aufwand für ihre Umsetzung überschreiten die Grenzen, bis zu denen der
   Serviceverantwortliche gemäß dem Dokument <@sms.link "supply-and-demand"/> genehmigen darf.
@@majorImpactDecision
${change.owner.de.Der} ${change.owner.title} <#if change.owner.de.plural?has_content>entscheiden<#else>entscheidet</#if> bei der ersten Bewertung eines RFC, ob diese Kriterien erfüllt
sind. Im Zweifelsfall wird die Änderung als Änderung mit potenziell erheblichen Auswirkungen behandelt.
@@authorityTitle
Befugnisse des Prozessverantwortlichen und des CAB
@@authority
${change.owner.de.Der} ${change.owner.title} <#if change.owner.de.plural?has_content>sind<#else>ist</#if> für den Änderungsmanagementprozess verantwortlich und befugt,

- Änderungsmodelle für Standardänderungen und geringfügige normale Änderungen zu genehmigen;
- jede Änderung abzulehnen, zurückzustellen oder zurückzuweisen, die nicht ausreichend vorbereitet oder
  bewertet ist oder mit einer anderen Änderung in Konflikt steht;
- die Kategorie und den Genehmigungsweg jedes RFC festzulegen;
- eine laufende Änderung abzubrechen, die einen Incident verursacht oder zu verursachen droht;
- für geschäftskritische Zeiträume der Kunden oder von ${org.name} einen Änderungsstopp anzuordnen.
@@cabMeets
Das Change Advisory Board (CAB) tagt wöchentlich; den Vorsitz <#if change.owner.de.plural?has_content>führen<#else>führt</#if> ${change.owner.de.der} ${change.owner.title}.
@@cabMembers members
Weitere ständige Mitglieder sind ${sms.andList(members?map(r -> r.de.der + " " + r.title))}.
@@cabDecisions
Die Verantwortlichen der Services, die von den Änderungen auf der Tagesordnung
betroffen sind, nehmen teil; Lieferanten werden eingeladen, wenn ihre CIs betroffen sind. Das CAB
genehmigt wesentliche normale Änderungen oder lehnt sie ab; eine Entscheidung erfordert die Zustimmung des
Vorsitzes und der Verantwortlichen aller betroffenen Services. Besteht keine Einigkeit, <#if sms.topManagement.de.plural?has_content>entscheiden<#else>entscheidet</#if>
${sms.topManagement.de.der} ${sms.topManagement.title}.
@@windowsTitle
Änderungsfenster und Änderungsstopps
@@windows
- Änderungen, die einen Service unterbrechen können, werden außerhalb seiner Servicezeiten oder in einem
  in seiner SLA vereinbarten Wartungsfenster umgesetzt.
- Während eines mit den Kunden vereinbarten Änderungsstopps werden an einem Service keine Änderungen
  umgesetzt; ausgenommen sind Notfalländerungen.
- Änderungen an zwei CIs desselben Service im selben Zeitfenster werden über den Änderungskalender
  abgestimmt, sodass sich ein Fehler einer einzelnen Änderung zuordnen lässt.
@@responsibilitiesTitle
Verantwortlichkeiten
@@approverDuties
Genehmigt diese Politik.
@@topManagementDuties
Genehmigt Änderungen mit potenziell erheblichen Auswirkungen; entscheidet bei Uneinigkeit im CAB.
@@ownerDuties
Verantwortet diese Politik.
@@changeOwnerDuties
Verantwortet den Änderungsmanagementprozess; verfügt über die oben festgelegten Befugnisse; berichtet über die Leistung des Änderungsmanagements.
@@transitionOwnerDuties
Steuert Design und Überführung von Services bei Änderungen mit potenziell erheblichen Auswirkungen.
@@releaseOwnerDuties
Plant und verteilt die Releases, mit denen genehmigte Änderungen umgesetzt werden.
@@configurationOwnerDuties
Stellt sicher, dass ${t.theConfigurationInformation?no_esc} bei jeder Änderung aktualisiert ${t.configurationInformationIs?no_esc}.
@@serviceOwnersAndStaff
Serviceverantwortliche bewerten und genehmigen Änderungen an ihren Services und nehmen am CAB teil, wenn
ihre Services betroffen sind. Beschäftigte und Lieferanten nehmen an Elementen, die der
Änderungssteuerung unterliegen, keine Änderung ohne genehmigten Änderungsantrag vor.
@@complianceTitle
Einhaltung und Überprüfung
@@compliance
Die Einhaltung dieser Politik wird durch einen monatlichen Abgleich der Konfigurationsänderungen mit
den genehmigten Änderungen, durch interne Audits gemäß dem Dokument <@sms.link "internal-audit"/> sowie bei
jedem Konfigurationsaudit geprüft. Vorsätzliche oder wiederholte nicht autorisierte Änderungen werden
nach dem Disziplinarverfahren oder, bei einem Lieferanten, nach dessen Vertrag behandelt.

${doc.owner.de.Der} ${doc.owner.title} <#if doc.owner.de.plural?has_content>überprüfen<#else>überprüft</#if> diese Politik mindestens alle ${sms.documentControl.reviewIntervalMonths} Monate sowie nach
jedem Major Incident, der durch eine Änderung verursacht wurde. Änderungen an der Politik werden durch
${doc.approver.de.den} ${doc.approver.title} genehmigt.
