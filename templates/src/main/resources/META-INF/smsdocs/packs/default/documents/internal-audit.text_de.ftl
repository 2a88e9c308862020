<#-- Die Texte des Verfahrens für interne Audits (deutsch); die Struktur steht in internal-audit.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie ${org.name} interne Audits des Servicemanagementsystems (SMS) plant und
durchführt. Interne Audits liefern der obersten Leitung einen unabhängigen Nachweis darüber, ob das SMS
die Anforderungen der ${sms.standard} sowie die eigenen Politiken, Verfahren und Vereinbarungen der
Organisation erfüllt und ob es im Alltag wie vorgesehen funktioniert. Das Verfahren umfasst das
Auditprogramm, die Auswahl der Auditoren, jedes Audit von der Planung bis zur Nachverfolgung, die
Einstufung der Feststellungen und die zu führenden Aufzeichnungen.
@@scopeTitle
Geltungsbereich
@@scope
Das Verfahren gilt für jeden Abschnitt der ${sms.standard} und jeden Servicemanagementprozess im
Anwendungsbereich des SMS, wie in der <@sms.link "sms-scope"/> beschrieben. Es gilt für Tätigkeiten, die
${org.name} selbst ausführt, sowie für Prozesse oder Teilprozesse, die andere Parteien für ${org.name} betreiben<#if externalSuppliers?has_content> (${sms.andList(externalSuppliers?map(s -> s.name))})</#if>; diese
werden über die Steuerungsmaßnahmen auditiert, die ${org.name} auf sie anwendet. Audits durch die Zertifizierungsstelle<#if certification.body?has_content> (${certification.body})</#if>,
durch Kunden und durch andere externe Parteien sind nicht Gegenstand dieses Verfahrens; ihre Feststellungen
werden jedoch wie interne Feststellungen behandelt (siehe Schritt 7 unten).
@@rolesTitle
Rollen und Verantwortlichkeiten
@@approverDuties
Genehmigt das Auditprogramm und jeden Jahresauditplan.
@@topManagementAsManagerDuties
Steuert das Programm, benennt die Auditoren und führt die Auditaufzeichnungen; nimmt die Auditergebnisse entgegen und stellt sicher, dass die Ressourcen für Audits und für die Behebung von Feststellungen verfügbar sind.
@@topManagementDuties
Nimmt die Auditergebnisse in der Managementbewertung entgegen; stellt sicher, dass die Ressourcen für Audits und für die Behebung von Feststellungen verfügbar sind.
@@managerDuties
Steuert das Auditprogramm; benennt die Auditoren jedes Audits; führt die Liste der qualifizierten Auditoren und die Auditaufzeichnungen; berichtet monatlich und in der Managementbewertung über den Stand des Programms.
@@auditGroups
An jedem Audit wirken zwei weitere Gruppen mit:

- **Leitender Auditor und Auditoren.** Sie planen und führen das Audit durch, stufen die Feststellungen
  ein, erstellen den Bericht und verifizieren den Abschluss der Korrekturmaßnahmen. Sie werden aus der Liste qualifizierter Auditoren ausgewählt, die ${sms.manager.de.der}
  ${sms.manager.title} ${sms.manager.de.plural?has_content?then("führen", "führt")}, oder bei einem externen Anbieter beauftragt.
- **Auditierte.** Der Verantwortliche des auditierten Prozesses (im nachfolgenden Programm benannt) stellt
  Personal, Aufzeichnungen und Tools zur Verfügung, stimmt den Feststellungen in der Abschlussbesprechung
  zu und ist für Korrektur und Korrekturmaßnahme jeder Nichtkonformität verantwortlich.
@@principlesTitle
Grundsätze
@@principles
- Audits werden geplant, vorab angekündigt und stützen sich auf Nachweise: Eine Feststellung wird nur
  dokumentiert, wenn sie auf eine Aufzeichnung, eine Beobachtung oder eine vom Auditierten bestätigte
  Aussage zurückgeführt werden kann.
- Niemand auditiert die eigene Arbeit. Der Verantwortliche eines Prozesses auditiert diesen Prozess nie,
  und das Audit des internen Auditprozesses selbst wird von einem Auditor durchgeführt, der von
  ${sms.manager.de.dem} ${sms.manager.title} unabhängig ist.
- Auditkriterien sind die ${sms.standard}, die Dokumente dieses SMS, die Service-Level-Vereinbarungen,
  die Verträge mit Lieferanten sowie die geltenden gesetzlichen und behördlichen Anforderungen.
- Audits untersuchen, wie der Prozess in der Praxis funktioniert und ob er seine Ergebnisse erzielt, und
  nicht nur, ob ein Dokument vorhanden ist.
- Feststellungen werden ohne Schuldzuweisung berichtet. Sie dienen der Verbesserung des SMS, nicht der
  Beurteilung einzelner Personen.
@@programmeTitle
Auditprogramm
@@programme
Das Auditprogramm umfasst den dreijährigen Zertifizierungszyklus: die beiden Überwachungsjahre und das
Rezertifizierungsjahr. Jeder Bereich des SMS wird in jedem Zyklus mindestens einmal auditiert. Bereiche mit
erhöhtem Risiko werden jedes Jahr auditiert. Ein Bereich wird mit erhöhtem Risiko eingestuft, wenn eine der
folgenden Bedingungen zutrifft:

- er steuert das SMS als Ganzes oder ist die interne Überprüfung des SMS selbst (<#if sms.edition == "2011">Abschnitte 4.1, 4.2, 4.5.4 und 4.5.5<#else>Abschnitte 4 bis 6, 9.1 bis 9.3 und 10</#if>);
- ein Versagen des Prozesses unterbricht unmittelbar Services oder legt Informationen offen
  (Service-Level-Management, Änderungsmanagement, Incident-Management, Informationssicherheitsmanagement,
  Servicekontinuitätsmanagement);
- der Prozess unterstützt Services, die im <@sms.link "service-catalogue"/> mit hoher Kritikalität
  eingestuft sind (${availability.name});
- die Gap-Analyse der SMS-Einführung, ein früheres Audit oder eine Managementbewertung hat ergeben, dass
  die Anforderungen nicht oder nur teilweise erfüllt sind.

Ein Bereich, der aufgrund einer Feststellung mit erhöhtem Risiko eingestuft wurde, kehrt zur normalen
Einstufung zurück, sobald zwei aufeinanderfolgende Audits keine Nichtkonformität in diesem Bereich ergeben
haben. ${sms.manager.de.Der} ${sms.manager.title} ${sms.manager.de.plural?has_content?then("überprüfen", "überprüft")} die Einstufungen vor der Erstellung jedes Jahresauditplans sowie
nach jeder wesentlichen Änderung an Services, Prozessen, Lieferanten oder der Organisation und ${sms.manager.de.plural?has_content?then("legen", "legt")}
Änderungen der nächsten Managementbewertung vor.
@@programmeCounts
Daraus ergeben sich ${auditProgramme.yearCount[0]} Audits im Jahr 1, ${auditProgramme.yearCount[1]} im Jahr 2 und ${auditProgramme.yearCount[2]} im Jahr 3, davon
${auditProgramme.higherCount} in Bereichen mit erhöhtem Risiko, die jedes Jahr auditiert werden. Ein Prozessaudit dauert in der Regel einen halben Tag; die Audits
<#if sms.edition == "2011">der Verantwortung der Leitung sowie der Überwachung, Überprüfung und Verbesserung des SMS<#else>der Abschnitte 4 bis 6 und der Abschnitte 9.1 bis 10</#if> dauern jeweils einen Tag.
@@firstRound
Jahr 1 des Zyklus beginnt mit dem Datum der Zertifizierungsentscheidung. Vor dem Erstzertifizierungsaudit<#if certification.stage1?has_content> (Stufe 1 geplant für ${certification.stage1}<#if certification.stage2?has_content>, Stufe 2 für ${certification.stage2}</#if>)</#if>
deckt eine vollständige Runde interner Audits jede Zeile des Programms unabhängig von ihrer Einstufung
einmal ab, damit die Zertifizierungsstelle mindestens einen vollständigen Auditzyklus sieht, dessen
Feststellungen nachverfolgt und von der obersten Leitung bewertet wurden.
@@yearlySchedule approver
Bis zum Ende des Monats vor jedem Programmjahr ${sms.manager.de.plural?has_content?then("überführen", "überführt")} ${sms.manager.de.der} ${sms.manager.title} das Programm in einen
Jahresauditplan, der jedes Audit einem Quartal zuordnet und seinen leitenden Auditor benennt. ${approver.de.Der}
${approver.title} ${approver.de.plural?has_content?then("genehmigen", "genehmigt")} den Plan. Audits werden nur verschoben, wenn ${sms.manager.de.der} ${sms.manager.title}
${sms.manager.de.plural?has_content?then("zustimmen", "zustimmt")}, und niemals über das Ende des Programmjahres hinaus; ein abgesagtes Audit wird innerhalb
desselben Jahres neu angesetzt und der Grund dokumentiert.
@@auditorsTitle
Auswahl, Objektivität und Kompetenz der Auditoren
@@auditors
Ein interner Auditor gilt als qualifiziert, wenn alle folgenden Bedingungen erfüllt sind:

- abgeschlossene Schulung von mindestens zwei Tagen zur Auditierung von Managementsystemen auf Grundlage
  der ISO 19011 sowie eine Schulung zur ${sms.standard};
- Teilnahme an mindestens zwei Audits als Beobachter oder Co-Auditor unter der Leitung eines qualifizierten
  leitenden Auditors;
- ausreichendes Verständnis der Servicemanagementpraxis und der Services von ${org.name}, um die Nachweise
  beurteilen zu können.

Ein leitender Auditor hat darüber hinaus mindestens zwei Audits unter Beobachtung eines erfahrenen
leitenden Auditors geleitet. ${sms.manager.de.Der} ${sms.manager.title} ${sms.manager.de.plural?has_content?then("führen", "führt")} die Liste der qualifizierten Auditoren mit den
Nachweisen ihrer Qualifikation und ${sms.manager.de.plural?has_content?then("überprüfen", "überprüft")} sie jährlich. Auditoren, die zwei Jahre lang nicht auditiert
haben, wiederholen ein beobachtetes Audit, bevor sie erneut ein Audit leiten.

Für jedes Audit ${sms.manager.de.plural?has_content?then("benennen", "benennt")} ${sms.manager.de.der} ${sms.manager.title} einen leitenden Auditor und, bei umfangreichen Bereichen,
ein oder zwei weitere Auditoren und ${sms.manager.de.plural?has_content?then("stellen", "stellt")} dabei sicher, dass keiner von ihnen in den letzten zwölf
Monaten im auditierten Bereich tätig war oder für ihn verantwortlich ist. Ist kein qualifizierter interner
Auditor von einem Bereich unabhängig, wird das Audit an einen qualifizierten externen Auditor vergeben.
Auditoren legen bei ihrer Benennung etwaige Interessenkonflikte offen.
@@conductingTitle
Durchführung eines Audits
@@conducting
1. **Planen.** Mindestens zehn Arbeitstage vor dem Audit übermittelt der leitende Auditor dem Auditierten
   einen Auditplan mit Ziel, Umfang (Prozess, Services, Standorte und betrachteter Zeitraum), Kriterien,
   Terminen und Uhrzeiten, den zu befragenden Personen und den bereitzustellenden Aufzeichnungen. Der
   Auditierte bestätigt den Plan oder schlägt innerhalb von drei Arbeitstagen Änderungen vor.
2. **Vorbereiten.** Der leitende Auditor sichtet die Prozessdokumente, die Ergebnisse früherer Audits,
   offene Nichtkonformitäten, die relevanten Ziele und die aktuellen Serviceberichte und erstellt eine
   Checkliste der Anforderungen und der zu ziehenden Stichproben.
3. **Eröffnen.** In einer Eröffnungsbesprechung mit dem Auditierten werden Umfang, Zeitplan, Vorgehensweise
   und die Einstufung der Feststellungen bestätigt.
4. **Nachweise erheben.** Die Auditoren befragen die Personen, die den Prozess ausführen, beobachten die
   Arbeit und prüfen Aufzeichnungen. Stichproben werden aus dem auditierten Zeitraum gezogen: in der Regel
   zehn bis fünfzehn Aufzeichnungen je Art oder alle Aufzeichnungen, wenn weniger vorhanden sind. Jede
   Feststellung wird mit den zugehörigen Nachweisen dokumentiert und vor Ort mit dem Auditierten
   abgestimmt.
5. **Abschließen.** In der Abschlussbesprechung stellt der leitende Auditor die Feststellungen und ihre
   Einstufung vor. Der Auditierte kann eine Feststellung mit weiteren Nachweisen anfechten; über eine
   Einstufung, bei der keine Einigung erzielt wird, ${sms.manager.de.plural?has_content?then("entscheiden", "entscheidet")} ${sms.manager.de.der} ${sms.manager.title} oder, wenn ${sms.manager.de.der}
   ${sms.manager.title} selbst auditiert ${sms.manager.de.plural?has_content?then("werden", "wird")}, ${sms.topManagement.de.der} ${sms.topManagement.title}.
6. **Berichten.** Der leitende Auditor erstellt den Auditbericht innerhalb von fünf Arbeitstagen nach der
   Abschlussbesprechung (siehe Berichterstattung unten).
7. **Nachverfolgen.** Jede Nichtkonformität wird im Register der Korrekturmaßnahmen erfasst und wie im
   <@sms.link "nonconformity-and-corrective-action"/> beschrieben behandelt. Beobachtungen werden an den
   Prozessverantwortlichen weitergegeben, und Verbesserungspotenziale werden in das Verbesserungsregister
   aufgenommen (siehe <@sms.link "continual-improvement"/>). Feststellungen externer Audits werden auf
   dieselbe Weise erfasst und nachverfolgt.
8. **Verifizieren und abschließen.** Meldet der Prozessverantwortliche eine Korrekturmaßnahme als
   abgeschlossen, prüft der leitende Auditor (oder ein anderer qualifizierter Auditor) die Nachweise, dass
   sie umgesetzt und wirksam ist, und schließt die Feststellung. Sind die Nachweise nicht überzeugend,
   bleibt die Feststellung offen und wird beim nächsten Audit des Bereichs weiterverfolgt.
@@gradingTitle
Einstufung von Feststellungen
@@reportingTitle
Berichterstattung
@@auditReporting
Der Auditbericht enthält Umfang, Kriterien, Termine, Auditoren und Auditierte, die gezogenen Stichproben,
eine Zusammenfassung der Funktionsfähigkeit des Bereichs, jede Feststellung mit ihrer Einstufung, der
betroffenen Anforderung und den Nachweisen sowie alle Bereiche, die nicht auditiert werden konnten, mit
Begründung. Er geht an den Prozessverantwortlichen und an ${sms.manager.de.den} ${sms.manager.title}.
Eine Zusammenfassung aller Audits des Zeitraums, der Stand aller offenen Feststellungen und der Fortschritt
des Programms sind Eingaben für die Managementbewertung, die im <@sms.link "management-review"/>
beschrieben ist. Jede Hauptabweichung wird innerhalb von zwei Arbeitstagen nach der Abschlussbesprechung an
${sms.topManagement.de.den} ${sms.topManagement.title} gemeldet, ohne die Managementbewertung abzuwarten.
@@recordsTitle
Aufzeichnungen
@@records
Auditaufzeichnungen werden in der SMS-Dokumentenbibliothek geführt und nach dem
<@sms.link "documented-information-control"/> gelenkt.

| Aufzeichnung | Verantwortlich | Aufbewahrungsfrist |
|---|---|---|
| Auditprogramm und Jahresauditpläne mit ihren Genehmigungen | ${sms.manager.title} | 6 Jahre (zwei Zertifizierungszyklen) |
| Liste der qualifizierten Auditoren mit Nachweisen zu Schulung und Erfahrung | ${sms.manager.title} | 6 Jahre nach Streichung des Auditors aus der Liste |
| Auditpläne, Checklisten und Arbeitsnotizen | ${sms.manager.title} | 6 Jahre |
| Auditberichte | ${sms.manager.title} | 6 Jahre |
| Feststellungen, Korrekturmaßnahmen und Verifizierung ihrer Wirksamkeit | ${sms.manager.title} | 6 Jahre nach Abschluss |
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
@@measuresReport
${sms.manager.de.Der} ${sms.manager.title} ${sms.manager.de.plural?has_content?then("berichten", "berichtet")} über diese Kennzahlen monatlich im SMS-Leistungsbericht, der im
<@sms.link "monitoring-and-reporting"/> beschrieben ist, sowie in jeder Managementbewertung.
