<#-- Die Texte des Verfahrens für Nichtkonformitäten und Korrekturmaßnahmen (deutsch); die Struktur steht in nonconformity-and-corrective-action.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Verfahren legt fest, wie ${org.name} mit Nichtkonformitäten im Servicemanagementsystem (SMS)
umgeht: wie sie erkannt und erfasst werden, wie ihre Auswirkungen eingedämmt und korrigiert werden, wie
ihre Ursachen ermittelt und beseitigt werden, damit sie nicht erneut auftreten, und wie die Wirksamkeit der
Maßnahmen überprüft wird. Außerdem wird erläutert, wie sich Nichtkonformitäten von Incidents und Problemen
unterscheiden, die in eigenen Prozessen behandelt werden.
@@scopeTitle
Anwendungsbereich
@@scope
Das Verfahren gilt für jede Nichtkonformität gegenüber den Anforderungen der ${sms.standard}, gegenüber
den Politiken, Plänen, Verfahren und Vereinbarungen des SMS sowie gegenüber gesetzlichen, behördlichen
und vertraglichen Anforderungen an die Services im Anwendungsbereich, unabhängig davon, wer sie feststellt
und wo sie auftritt, auch in Prozessen, die andere Parteien für ${org.name} betreiben.
@@principlesTitle
Grundsätze der Verbesserung
@@principles
Für ${org.name} sind Nichtkonformitäten und Korrekturmaßnahmen neben den geplanten Verbesserungen
(siehe <@sms.link "continual-improvement"/>) einer der beiden Wege, auf denen sich das SMS verbessert. Es
gelten folgende Grundsätze:

- Von allen Mitarbeitenden wird erwartet, dass sie Nichtkonformitäten melden; eine Meldung ist nie Anlass
  für Schuldzuweisungen.
- Jede Nichtkonformität wird erfasst, unabhängig davon, wie sie festgestellt und wie schnell sie
  korrigiert wurde.
- Die Korrektur der Auswirkung reicht nicht aus: Die Ursache wird ermittelt und behoben, es sei denn, die
  Bewertung zeigt, dass die Nichtkonformität nicht erneut auftreten kann und keine vergleichbaren Fälle
  bestehen.
- Der Aufwand für eine Korrekturmaßnahme steht im Verhältnis zu den Auswirkungen der Nichtkonformität und
  zur Wahrscheinlichkeit ihres erneuten Auftretens.
- Eine Korrekturmaßnahme wird erst abgeschlossen, wenn ihre Wirksamkeit nachgewiesen ist.
@@definitionsTitle
Begriffe
@@definitions
- **Nichtkonformität:** Nichterfüllung einer Anforderung. Die Anforderung kann aus der ${sms.standard},
  aus einem Dokument des SMS, aus einer Service-Level-Vereinbarung oder einem Lieferantenvertrag oder aus
  Gesetzen oder Vorschriften stammen.
- **Korrektur:** Maßnahme zur Beseitigung der Nichtkonformität selbst, zum Beispiel das Nachholen einer
  fehlenden Genehmigung oder die Wiederherstellung einer Aufzeichnung.
- **Korrekturmaßnahme:** Maßnahme zur Beseitigung der Ursache einer Nichtkonformität, um deren erneutes
  Auftreten zu verhindern.
- **Grundursache:** die grundlegendste Ursache, deren Beseitigung das erneute Auftreten der
  Nichtkonformität verhindert.
@@preventiveActionDefinition
- **Vorbeugungsmaßnahme:** Maßnahme zur Beseitigung der Ursache einer möglichen Nichtkonformität, bevor
  diese auftritt.
@@comparisonTitle
Nichtkonformitäten, Incidents und Probleme
@@comparison
Nichtkonformitäten, Incidents und Probleme hängen zusammen, werden aber in unterschiedlichen Prozessen
behandelt. Ein einzelnes Ereignis kann mehrere davon auslösen.

| Aspekt | Incident | Problem | Nichtkonformität |
|---|---|---|---|
| Definition | Eine ungeplante Unterbrechung oder Qualitätsminderung eines Service | Die zugrunde liegende Ursache eines oder mehrerer tatsächlicher oder potenzieller Incidents | Die Nichterfüllung einer Anforderung des SMS, einer Servicevereinbarung oder des Gesetzes |
| Zielsetzung | Wiederherstellung des Service | Beseitigung der Ursache von Serviceausfällen | Funktionieren des Managementsystems wie vorgesehen |
| Beispiel | Ein gehosteter Server ist nicht verfügbar | Ein Firmwarefehler im Speichersystem verursacht wiederholte Ausfälle | Änderungen wurden ohne die von der Änderungsmanagementpolitik geforderte Genehmigung umgesetzt |
| Regelung | <@sms.link "resolution-and-fulfilment"/> | <@sms.link "resolution-and-fulfilment"/> | Dieses Verfahren |
| Erfasst in | ${sms.toolOf("incident-management")} | ${sms.toolOf("problem-management")} | Register der Korrekturmaßnahmen |
| Verantwortlich | ${incident.owner.title} | ${problem.owner.title} | Verantwortlicher des betroffenen Prozesses |

Ein Incident ist zugleich eine Nichtkonformität, wenn bei seiner Behandlung eine Anforderung verletzt
wurde, zum Beispiel wenn ein Major Incident nicht nachbetrachtet oder ein Service-Level-Ziel ohne
Eskalation verfehlt wurde. Ein wiederkehrendes Muster von Nichtkonformitäten bei der Behandlung von
Incidents oder Problemen ist eine Nichtkonformität dieser Prozesse und keine Problemaufzeichnung.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@ownerDuties
Verantwortet dieses Verfahren.
@@topManagerDuties
Ist für das Register der Korrekturmaßnahmen verantwortlich; weist jede Nichtkonformität einem Verantwortlichen zu; genehmigt Korrekturmaßnahmen; stellt Ressourcen bereit; verifiziert den Abschluss von Hauptabweichungen; berichtet in der Managementbewertung über Trends.
@@topDuties
Genehmigt Korrekturmaßnahmen für Hauptabweichungen sowie jede Maßnahme, die Ressourcen über die Befugnisse des Prozessverantwortlichen hinaus erfordert; entscheidet über überfällige Maßnahmen, die an die oberste Leitung eskaliert werden.
@@managerDuties
Ist für das Register der Korrekturmaßnahmen verantwortlich; stuft jede Nichtkonformität ein und weist sie zu; genehmigt Korrekturmaßnahmen für Nebenabweichungen; bestätigt vor dem Abschluss die Wirksamkeit; berichtet monatlich und in der Managementbewertung über Stand und Trends.
@@processOwners
Jeder Prozessverantwortliche ist für die Nichtkonformitäten seines Prozesses verantwortlich: Er führt die
Korrektur durch, leitet die Ursachenanalyse, schlägt die Korrekturmaßnahme vor, setzt sie um und weist
ihre Wirksamkeit nach. Interne Auditoren erfassen in Audits festgestellte Nichtkonformitäten und
verifizieren die ergriffenen Maßnahmen, wie im <@sms.link "internal-audit"/> beschrieben. Alle
Mitarbeitenden melden bemerkte Nichtkonformitäten an ${sms.manager.de.den} ${sms.manager.title} oder an den
Prozessverantwortlichen.
@@sourcesTitle
Quellen von Nichtkonformitäten
@@sources
Nichtkonformitäten werden festgestellt durch:

- interne Audits und Audits durch die Zertifizierungsstelle, Kunden oder Aufsichtsbehörden;
- Servicebeschwerden und Rückmeldungen von Kunden, bearbeitet durch ${brm.owner.de.den} ${brm.owner.title};
- Serviceberichte, aus denen hervorgeht, dass Service-Level-Ziele oder SMS-Ziele verfehlt wurden, ohne
  dass die vom Prozess geforderten Maßnahmen ergriffen wurden, berichtet durch ${reporting.owner.de.den} ${reporting.owner.title};
- Prozessüberprüfungen und die Überwachung der Prozesskennzahlen durch die Prozessverantwortlichen;
- Managementbewertungen;
- Überprüfungen ${t.ofExternalAndInternalSuppliers}, die zeigen, dass ein Vertrag oder eine
  Vereinbarung nicht eingehalten wurde, berichtet durch ${supplierManagement.owner.de.den} ${supplierManagement.owner.title};
- Nachbetrachtungen von Major Incidents, Problemuntersuchungen, fehlgeschlagene Änderungen und
  Informationssicherheitsvorfälle, die zeigen, dass ein Verfahren nicht eingehalten wurde oder nicht
  angemessen ist;
- Tests der Servicekontinuitätspläne und Abgleiche ${t.theConfigurationInformationGenitive} mit der tatsächlichen Umgebung;
- Meldungen von Mitarbeitenden, einschließlich Beinahe-Vorfällen.
@@gradingTitle
Einstufung und Fristen
@@grading
Nichtkonformitäten werden wie Auditfeststellungen eingestuft. Für Nichtkonformitäten, die nicht in einem
Audit festgestellt wurden, <#if sms.manager.de.plural?has_content>legen<#else>legt</#if> ${sms.manager.de.der} ${sms.manager.title} die Einstufung bei der Erfassung fest.

| Einstufung | Beispiel | Korrektur | Plan für die Korrekturmaßnahme | Abschluss der Maßnahme | Wirksamkeitsprüfung |
|---|---|---|---|---|---|
| Hauptabweichung | Ein Prozess wird überhaupt nicht betrieben; eine gesetzliche oder vertragliche Anforderung wird verletzt; dieselbe Nebenabweichung tritt nach einer Korrekturmaßnahme erneut auf | Beginn innerhalb von 1 Arbeitstag | innerhalb von 10 Arbeitstagen | innerhalb von 30 Tagen | 1 bis 3 Monate nach Abschluss |
| Nebenabweichung | Ein einzelnes Versäumnis, etwa eine Änderung, die ohne dokumentierte Genehmigung umgesetzt wurde | innerhalb von 10 Arbeitstagen | innerhalb von 20 Arbeitstagen | innerhalb von 90 Tagen | beim nächsten Audit oder bei der nächsten Prozessüberprüfung, spätestens nach 6 Monaten |

Einen Termin <#if sms.manager.de.plural?has_content>können<#else>kann</#if> ${sms.manager.de.der} ${sms.manager.title} einmal unter Angabe eines dokumentierten Grundes
verlängern. Jede weitere Verlängerung sowie jede Verlängerung bei einer Hauptabweichung bedarf der Genehmigung
durch ${sms.topManagement.de.den} ${sms.topManagement.title}.
@@activitiesTitle
Tätigkeiten
@@activitySteps
1. **Erfassen.** Wer die Nichtkonformität feststellt, erfasst sie innerhalb von zwei Arbeitstagen im
   Register der Korrekturmaßnahmen oder bittet ${sms.manager.de.den} ${sms.manager.title}, sie zu erfassen. Die Aufzeichnung
   nennt die nicht erfüllte Anforderung, die Nachweise, wo und wann die Nichtkonformität festgestellt wurde
   und von wem. ${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>vergeben<#else>vergibt</#if> eine Referenz, eine Einstufung und einen Verantwortlichen,
   in der Regel den Verantwortlichen des betroffenen Prozesses.
2. **Reagieren.** Der Verantwortliche ergreift Sofortmaßnahmen, um die Nichtkonformität unter Kontrolle zu
   bringen und zu korrigieren, und befasst sich mit ihren Folgen: zum Beispiel durch Wiederholung einer
   ausgefallenen Datensicherung, Nachholen einer überfälligen Genehmigung, Information eines Kunden, dessen
   Service-Level-Vereinbarung betroffen war, oder Erfassung eines Incidents, wenn ein Service beeinträchtigt
   ist. Muss ein Service oder ein Konfigurationselement geändert werden, wird ein Änderungsantrag gemäß der
   <@sms.link "change-management-policy"/> gestellt.
3. **Ursache analysieren.** Der Verantwortliche bewertet die Nichtkonformität gemeinsam mit den beteiligten
   Personen und ermittelt ihre Grundursache mit einer der Komplexität angemessenen Methode: die
   Fünf-Warum-Methode bei einem einfachen Versäumnis, ein Ursache-Wirkungs-Diagramm (Ishikawa) oder eine
   Zeitablaufanalyse bei allem, was mehrere Teams oder einen Lieferanten betrifft. Die Analyse untersucht,
   ob Personen, die Prozessgestaltung, die Tools, die verfügbaren Informationen oder ein Lieferant
   beigetragen haben, und wird innerhalb der Frist für den Plan abgeschlossen.
4. **Nach vergleichbaren Fällen suchen.** Der Verantwortliche prüft, ob dieselbe Nichtkonformität in
   anderen Prozessen, Services, Teams oder bei anderen Lieferanten besteht oder auftreten könnte, und
   weitet die Maßnahme gegebenenfalls auf diese aus.
5. **Über die Maßnahme entscheiden.** Der Verantwortliche schlägt eine Korrekturmaßnahme vor, die die
   Grundursache beseitigt, mit Aufgaben, Verantwortlichen, Termin und den Nachweisen, an denen ihre
   Wirksamkeit erkennbar sein wird. Die Maßnahme muss den Auswirkungen der Nichtkonformität angemessen
   sein. ${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>genehmigen<#else>genehmigt</#if> den Plan bei einer Nebenabweichung; ${sms.topManagement.de.der}
   ${sms.topManagement.title} <#if sms.topManagement.de.plural?has_content>genehmigen<#else>genehmigt</#if> ihn bei einer Hauptabweichung oder wenn Budget, Personal oder eine
   Änderung der Politik erforderlich sind. Kommt die Bewertung zu dem Ergebnis, dass keine
   Korrekturmaßnahme erforderlich ist, weil die Ursache nicht erneut auftreten kann und keine
   vergleichbaren Fälle bestehen, wird die Begründung dokumentiert und auf dieselbe Weise genehmigt.
6. **Umsetzen.** Der Verantwortliche setzt die Maßnahme um und dokumentiert, was wann getan wurde.
   Änderungen an Dokumenten erfolgen nach dem <@sms.link "documented-information-control"/>; Änderungen an
   Services und Konfigurationselementen durchlaufen das Änderungsmanagement.
7. **Wirksamkeit prüfen.** Nachdem die Maßnahme für den in der Einstufungstabelle genannten Zeitraum
   angewendet wurde, <#if sms.manager.de.plural?has_content>prüfen<#else>prüft</#if> ${sms.manager.de.der} ${sms.manager.title} (oder der Auditor, der die Feststellung getroffen hat)
   die Nachweise: Aufzeichnungen des Prozesses seit der Änderung, eine erneute Stichprobe oder ein
   Folgeaudit. Ist die Nichtkonformität oder eine vergleichbare erneut aufgetreten, ist die Maßnahme nicht
   wirksam: Die Aufzeichnung wird wieder geöffnet und die Analyse ab Schritt 3 wiederholt.
8. **Risiken und SMS aktualisieren.** Der Verantwortliche und ${sms.manager.de.der} ${sms.manager.title} aktualisieren die
   Risiken und Chancen im <@sms.link "sms-plan"/>, wenn die Nichtkonformität ein neues Risiko oder eine
   falsche Einstufung aufgedeckt hat, und nehmen alle weiteren erforderlichen Änderungen am SMS vor, etwa an
   Zielen, Schulungen oder Steuerungsmaßnahmen für Lieferanten.
9. **Abschließen und berichten.** ${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>schließen<#else>schließt</#if> die Aufzeichnung, sobald die
   Wirksamkeit bestätigt ist. Offene, überfällige und abgeschlossene Nichtkonformitäten, ihre Quellen und
   die Trends werden monatlich im SMS-Leistungsbericht, der im <@sms.link "monitoring-and-reporting"/>
   beschrieben ist, sowie in jeder Managementbewertung berichtet, wie im
   <@sms.link "management-review"/> beschrieben.
@@preventiveActionTitle
Vorbeugungsmaßnahmen
@@preventiveAction
Eine Nichtkonformität, die noch nicht aufgetreten ist, aber wahrscheinlich auftreten wird, wird als
Vorbeugungsmaßnahme behandelt. Mögliche Nichtkonformitäten werden in den Trends von Incidents, Problemen
und Beschwerden, in der Risikobeurteilung (<@sms.link "sms-plan"/>), in Auditbeobachtungen und in
ähnlichen Fällen erkannt, die bei der Analyse einer Nichtkonformität gefunden werden (Schritt 3). Jede wird
im Register der Korrekturmaßnahmen als Vorbeugungsmaßnahme erfasst, wie eine Nebenabweichung
eingestuft und durch die Schritte 3 bis 9 geführt: Ihre Ursache wird analysiert, eine Maßnahme wird
festgelegt, genehmigt, umgesetzt und auf Wirksamkeit geprüft, und die Aufzeichnung wird auf dieselbe Weise
abgeschlossen und berichtet.
@@inputsOutputsTitle
Eingaben und Ergebnisse
@@inputsOutputs
| Eingaben | Ergebnisse |
|---|---|
| Auditberichte und Feststellungen | Einträge im Register der Korrekturmaßnahmen |
| Servicebeschwerden und Rückmeldungen von Kunden | Korrekturen und Korrekturmaßnahmen |
| Serviceberichte und Prozesskennzahlen | Ursachenanalysen |
| Ergebnisse von Lieferantenbewertungen | Änderungsanträge und Dokumentänderungen |
| Nachbetrachtungen von Major Incidents und Problemen | Aktualisierte Risiken und Chancen |
| Entscheidungen der Managementbewertung | Berichte zu Stand und Trends der Nichtkonformitäten |
@@recordsTitle
Aufzeichnungen
@@records
Das Register der Korrekturmaßnahmen wird in der SMS-Dokumentenbibliothek geführt und nach dem
<@sms.link "documented-information-control"/> gelenkt. Es enthält für jede Nichtkonformität die Art der
Nichtkonformität, die Nachweise, die Einstufung, die Korrektur, die Ursachenanalyse, die ergriffene
Korrekturmaßnahme, die Genehmigungen und das Ergebnis der Wirksamkeitsprüfung.

| Aufzeichnung | Verantwortlich | Aufbewahrungsfrist |
|---|---|---|
| Register der Korrekturmaßnahmen | ${sms.manager.title} | dauerhaft; Einträge bis 6 Jahre nach Abschluss |
| Ursachenanalysen und zugehörige Nachweise | Prozessverantwortlicher | 6 Jahre nach Abschluss |
| Nachweise der Wirksamkeitsprüfungen | ${sms.manager.title} | 6 Jahre nach Abschluss |
@@measuresTitle
Kennzahlen
@@measuresHeader
| Kennzahl | Zielwert |
|---|---|
