<#-- Die Texte des Verfahrens zur fortlaufenden Verbesserung (deutsch); die Struktur steht in continual-improvement.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie ${org.name} die Eignung, Angemessenheit und Wirksamkeit des
Servicemanagementsystems (SMS) und der erbrachten Services fortlaufend verbessert. Es enthält die Politik
zur fortlaufenden Verbesserung und beschreibt, woher Verbesserungsmöglichkeiten stammen, wie sie bewertet
und genehmigt werden und wie jede genehmigte Verbesserung über das <@sms.link "improvement-register"/> geplant,
umgesetzt, gemessen und berichtet wird.
@@scopeTitle
Anwendungsbereich
@@scope
Das Verfahren gilt für Verbesserungen aller Bestandteile des SMS: seiner Politik, Ziele, Pläne und
Prozesse, der Services im Anwendungsbereich und ihrer Service-Level-Ziele, der unterstützenden Tools sowie
der Vereinbarungen mit Lieferanten und Kunden. Korrekturmaßnahmen infolge einer Nichtkonformität werden
nach dem <@sms.link "nonconformity-and-corrective-action"/> gesteuert; eine bei einer Ursachenanalyse
erkannte Verbesserung, die über die Beseitigung der Ursache hinausgeht, wird in das Verbesserungsregister
aufgenommen.
@@policyTitle
Politik zur fortlaufenden Verbesserung
@@policy
${sms.topManagement.de.Der} ${sms.topManagement.title} von ${org.name} <#if sms.topManagement.de.plural?has_content>verpflichten<#else>verpflichtet</#if> sich, das SMS und die Services fortlaufend zu
verbessern, nicht nur dann, wenn etwas fehlgeschlagen ist. Zu diesem Zweck wird bei ${org.name}:

- aktiv nach Verbesserungsmöglichkeiten gesucht, die sich aus Rückmeldungen von Kunden, Mitarbeitenden
  und Lieferanten, aus Audits und Bewertungen sowie aus der Messung von Services und Prozessen ergeben;
- jede Möglichkeit in einem einzigen Verbesserungsregister erfasst, damit keine verloren geht und jede
  Entscheidung nachvollziehbar ist;
- jede Möglichkeit anhand der in diesem Verfahren veröffentlichten Kriterien bewertet, damit Entscheidungen
  einheitlich getroffen werden und der Aufwand dort eingesetzt wird, wo der Nutzen am größten ist;
- Verbesserungen Vorrang eingeräumt, die zur Erreichung der Servicemanagementziele und zur Erfüllung der
  gegenüber Kunden eingegangenen Verpflichtungen beitragen;
- über den Servicemanagementplan und die Managementbewertung sichergestellt, dass das Personal, die Zeit
  und das Budget zur Verfügung stehen, die genehmigte Verbesserungen benötigen;
- gemessen, ob jede Verbesserung den erwarteten Nutzen erbracht hat, und über die Ergebnisse berichtet;
- das Personal, das die Arbeit ausführt, in die Ermittlung und Gestaltung von Verbesserungen einbezogen.
@@policySupport
Diese Politik unterstützt die in der <@sms.link "service-management-policy"/> eingegangene Verpflichtung
zur fortlaufenden Verbesserung. Sie wird zusammen mit diesem Verfahren mindestens alle
${sms.documentControl.reviewIntervalMonths} Monate überprüft sowie immer dann, wenn die Managementbewertung
die Servicemanagementziele ändert.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@ownerDuties
Verantwortet dieses Verfahren.
@@topManagerDuties
Legt die Politik zur fortlaufenden Verbesserung fest; ist für das Verbesserungsregister verantwortlich; bewertet und priorisiert Verbesserungsmöglichkeiten; genehmigt Verbesserungen auf allen Ebenen; stellt die Ressourcen bereit; berichtet in der Managementbewertung über Fortschritt und Nutzen.
@@topDuties
Legt die Politik zur fortlaufenden Verbesserung fest; genehmigt Verbesserungen, für die ${sms.manager.de.der} ${sms.manager.title} nicht befugt <#if sms.manager.de.plural?has_content>sind<#else>ist</#if>; stellt die Ressourcen bereit; überprüft in der Managementbewertung Fortschritt und Nutzen.
@@managerDuties
Ist für das Verbesserungsregister verantwortlich; prüft und bewertet neue Einträge gemeinsam mit den Prozessverantwortlichen; genehmigt Verbesserungen im Rahmen der eigenen Befugnisse; verfolgt den Fortschritt und berichtet monatlich sowie in der Managementbewertung.
@@processOwners
Die Prozessverantwortlichen bewerten Verbesserungsmöglichkeiten, die ihre Prozesse betreffen, genehmigen
diejenigen im Rahmen ihrer eigenen Befugnisse und leiten die Umsetzung oder übertragen sie. Alle
Mitarbeitenden können jederzeit eine Verbesserungsmöglichkeit einbringen.
@@sourcesTitle
Quellen von Verbesserungsmöglichkeiten
@@sourcesTable
| Quelle | Erfasst durch | Zeitpunkt |
|---|---|---|
| Verbesserungspotenziale aus internen und externen Audits | Leitender Auditor | Nach jedem Audit, siehe <@sms.link "internal-audit"/> |
| Entscheidungen der Managementbewertung | ${sms.manager.title} | Nach jeder Managementbewertung, siehe <@sms.link "management-review"/> |
| Kundenzufriedenheitsumfragen, Servicebesprechungen mit Kunden, Beschwerden und positive Rückmeldungen | ${brm.owner.title} | Nach jeder Umfrage oder Servicebesprechung |
| Trends in Serviceberichten und bei den Servicemanagementzielen | ${reporting.owner.title} | Monatlich |
| Problemuntersuchungen und bekannte Fehler | ${problem.owner.title} | Bei Abschluss oder Überprüfung eines Problems |
| Nachbetrachtungen von Major Incidents | ${incident.owner.title} | Nach jedem Major Incident |
| Leistungsbewertungen von Lieferanten | ${supplierManagement.owner.title} | Nach jeder Lieferantenbewertung |
| Kapazitäts- und Nachfrageprognosen sowie neue Technologien | ${capacity.owner.title} | Bei jeder Aktualisierung des Kapazitätsplans |
| Ursachenanalysen von Nichtkonformitäten | ${sms.manager.title} | Bei Abschluss einer Korrekturmaßnahme |
| Chancen im Register der Risiken und Chancen | ${sms.manager.title} | Bei jeder Risikoüberprüfung |
| Vorschläge von Mitarbeitenden | Alle Mitarbeitenden | Jederzeit |
@@opportunitiesFromRisks
Jede im <@sms.link "risk-register"/> erfasste Chance ist ein Eintrag im <@sms.link "improvement-register"/>,
verantwortet vom Verantwortlichen der Chance, und wird dort nach diesem Verfahren bewertet.
@@preventiveAction
Zeigt eine Möglichkeit eine wahrscheinlich auftretende Nichtkonformität, wird deren Ursache durch eine
Vorbeugungsmaßnahme nach dem <@sms.link "nonconformity-and-corrective-action"/> beseitigt, bevor sie zur
Nichtkonformität wird; Verbesserungen, die keiner Nichtkonformität vorbeugen, folgen diesem Verfahren.
@@criteriaTitle
Bewertungskriterien
@@criteria
Jede Verbesserungsmöglichkeit wird anhand von fünf Kriterien mit jeweils 1 (am ungünstigsten) bis
5 (am günstigsten) Punkten bewertet:

| Kriterium | Leitfrage | 5 Punkte, wenn | 1 Punkt, wenn |
|---|---|---|---|
| Nutzen | Wie stark verbessert die Maßnahme Servicequalität, Kundenerfahrung oder Effizienz? | Spürbare Verbesserung für Kunden oder große Aufwandseinsparung | Geringer oder unklarer Nutzen |
| Ausrichtung an den Zielen | Trägt die Maßnahme zu einem Servicemanagementziel oder einer Verpflichtung gegenüber Kunden bei? | Verbessert unmittelbar eine Kennzahl eines Ziels oder ein Service-Level-Ziel | Kein Bezug zu einem Ziel oder einer Verpflichtung |
| Risikominderung und Compliance | Verringert die Maßnahme ein erfasstes Risiko oder stärkt sie die Erfüllung einer Anforderung? | Behandelt ein hohes Risiko oder beseitigt eine Compliance-Schwachstelle | Keine Auswirkung auf Risiken oder Compliance |
| Kosten und Aufwand | Wie viel Geld und Arbeitszeit erfordert die Maßnahme? | Bis zu 2 Personentage und keine Ausgaben | Mehr als 40 Personentage oder Ausgaben außerhalb des genehmigten Budgets |
| Umsetzungsrisiko | Wie wahrscheinlich ist es, dass die Maßnahme Services stört oder scheitert? | Einfach, umkehrbar, keine Auswirkung auf produktive Services | Komplex, schwer umkehrbar, betrifft produktive Services |
@@priorityLevels
Die Gesamtpunktzahl (höchstens 25) bestimmt die Priorität:

- **Hoch (20 bis 25):** Planung innerhalb eines Monats und Beginn, sobald die Ressourcen es zulassen.
- **Mittel (14 bis 19):** Planung und Terminierung innerhalb des Quartals.
- **Niedrig (13 oder weniger):** Verbleib im Register und erneute Bewertung bei der nächsten
  Managementbewertung oder Ablehnung unter Angabe des dokumentierten Grundes.

Verbesserungsmöglichkeiten, die aufgrund einer gesetzlichen, behördlichen oder vertraglichen Anforderung
notwendig sind, erhalten unabhängig von ihrer Punktzahl hohe Priorität.
@@objectivesIntro
Die Ausrichtung wird anhand der aktuellen Servicemanagementziele beurteilt:
@@objectivesHeader
| Ziel | Zielwert |
|---|---|
@@approvalTitle
Genehmigung
@@approvalTable
| Genehmigt durch | Wenn die Verbesserung |
|---|---|
| Verantwortlicher des betroffenen Prozesses | auf einen Prozess beschränkt bleibt, höchstens 5 Personentage und keine Ausgaben erfordert und die Services aus Kundensicht nicht verändert |
| ${sms.manager.title} | mehrere Prozesse betrifft oder bis zu 20 Personentage oder Ausgaben im Rahmen des genehmigten SMS-Budgets erfordert |
| ${sms.topManagement.title} | mehr als 20 Personentage oder Ausgaben außerhalb des genehmigten Budgets erfordert oder die Servicemanagementpolitik, die Ziele, den Anwendungsbereich des SMS oder eine Kundenvereinbarung ändert |
@@changeApproval
Eine Verbesserung, die einen Service oder ein Konfigurationselement verändert, unterliegt zusätzlich der
Genehmigung im Änderungsmanagement nach der <@sms.link "change-management-policy"/>. Ein neuer Service oder eine Änderung
mit erheblichen Auswirkungen auf einen Service folgt dem <@sms.link "design-build-transition"/>.
@@lifeCycleTitle
Lebenszyklus einer Verbesserung
@@lifeCycle
1. **Erkennen.** Wer eine Verbesserungsmöglichkeit erkennt, beschreibt sie: was sich ändern würde, was
   dadurch verbessert würde und wie die Verbesserung gemessen werden könnte.
2. **Erfassen.** ${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>tragen<#else>trägt</#if> die Möglichkeit innerhalb von fünf Arbeitstagen in das
   Verbesserungsregister ein, mit Referenz, Datum, Quelle, einbringender Person und betroffenem Prozess
   oder Service, und <#if sms.manager.de.plural?has_content>bestätigen<#else>bestätigt</#if> der einbringenden Person den Eingang. Dubletten werden zusammengeführt.
3. **Bewerten.** Innerhalb von zwanzig Arbeitstagen bewertet der Prozessverantwortliche gemeinsam mit ${sms.manager.de.dem}
   ${sms.manager.title} die Möglichkeit anhand der Bewertungskriterien und schätzt Aufwand, Kosten und
   erwarteten Nutzen.
4. **Genehmigen.** Die in der Genehmigungstabelle genannte Stelle nimmt die Möglichkeit an, stellt sie
   zurück oder lehnt sie ab. Die Entscheidung und ihre Begründung werden dokumentiert und der
   einbringenden Person mitgeteilt.
5. **Priorisieren.** Genehmigte Verbesserungen werden nach Priorität und Punktzahl gereiht. ${sms.manager.de.Der}
   ${sms.manager.title} <#if sms.manager.de.plural?has_content>überprüfen<#else>überprüft</#if> die Reihenfolge monatlich mit den Prozessverantwortlichen und <#if sms.manager.de.plural?has_content>gleichen<#else>gleicht</#if> sie
   mit den verfügbaren Ressourcen ab.
6. **Planen.** Der Verantwortliche der Verbesserung plant Aufgaben, Personal, Termine und gegebenenfalls
   Änderungsanträge und dokumentiert den Ausgangswert der Kennzahl sowie den Zielwert, an dem der Erfolg
   gemessen wird.
7. **Umsetzen.** Der Verantwortliche setzt den Plan um und berichtet monatlich über den Fortschritt.
   Geänderte Dokumente werden nach dem <@sms.link "documented-information-control"/> aktualisiert.
8. **Messen.** Ein bis drei Monate nach der Umsetzung misst der Verantwortliche das Ergebnis gegen
   Ausgangswert und Zielwert. Eine Verbesserung, die ihr Ziel nicht erreicht hat, erhält entweder weitere
   Maßnahmen oder wird unter Dokumentation der gewonnenen Erkenntnisse abgeschlossen.
9. **Berichten.** ${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>berichten<#else>berichtet</#if> monatlich im SMS-Leistungsbericht, der im
   <@sms.link "monitoring-and-reporting"/> beschrieben ist, über den Stand des Registers und <#if sms.manager.de.plural?has_content>legen<#else>legt</#if> jeder
   Managementbewertung die genehmigten, abgeschlossenen, abgelehnten und überfälligen Verbesserungen sowie
   den gemessenen Nutzen vor.
@@registerTitle
Das Verbesserungsregister
@@register
Das <@sms.link "improvement-register"/> wird in der SMS-Dokumentenbibliothek geführt. Jeder Eintrag enthält:

| Feld | Inhalt |
|---|---|
| Referenz und Datum | Eindeutige Referenz und Datum der Erfassung |
| Eingebracht von und Quelle | Person und Quelle gemäß der Tabelle der Quellen |
| Prozess oder Service | Gegenstand der Verbesserung |
| Beschreibung | Vorgeschlagene Änderung und ihre Begründung |
| Bewertung | Punktzahl je Kriterium, Gesamtpunktzahl und Priorität |
| Entscheidung | Genehmigt, zurückgestellt oder abgelehnt, durch wen, wann und warum |
| Verantwortlicher und Plan | Verantwortlicher der Verbesserung, Aufgaben, Termine und zugehörige Änderungsanträge |
| Kennzahl | Ausgangswert, Zielwert und Datum der Ergebnismessung |
| Ergebnis | Erzielter Nutzen und gewonnene Erkenntnisse |
| Status | Vorgeschlagen, bewertet, genehmigt, abgelehnt, zurückgestellt, geplant, in Umsetzung, umgesetzt, abgeschlossen |

Ein Eintrag wird abgeschlossen, sobald sein Ergebnis gemessen und berichtet wurde oder wenn er abgelehnt
wird.
@@recordsTitle
Aufzeichnungen
@@records
| Aufzeichnung | Verantwortlich | Aufbewahrungsfrist |
|---|---|---|
| Verbesserungsregister, einschließlich abgelehnter und zurückgestellter Einträge | ${sms.manager.title} | dauerhaft; Einträge bis 3 Jahre nach Abschluss |
| Bewertungen, Genehmigungen und Verbesserungspläne | ${sms.manager.title} | 3 Jahre nach Abschluss |
| Messung der Ergebnisse von Verbesserungen | Verantwortlicher der Verbesserung | 3 Jahre nach Abschluss |
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
