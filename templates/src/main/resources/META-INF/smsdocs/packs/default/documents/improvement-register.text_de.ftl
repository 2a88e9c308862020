<#-- Die Texte des Verbesserungsregisters (deutsch); die Struktur steht in improvement-register.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Register erfasst die Möglichkeiten, das Servicemanagementsystem (SMS) und die Services von ${org.name} zu
verbessern: woher jede stammt, wie sie bewertet wurde, was entschieden wurde, wer verantwortlich ist, wann sie
fällig ist und wie der Stand ist. Wie Verbesserungsmöglichkeiten eingebracht, bewertet, genehmigt und
nachverfolgt werden, legt das Dokument <@sms.link "continual-improvement"/> fest; dieses Register ist der Ort, an
dem sie nach diesem Verfahren erfasst werden.
@@purposePreventive
Es erfasst außerdem Vorbeugungsmaßnahmen: Maßnahmen, die die Ursache einer möglichen Nichtkonformität beseitigen,
bevor sie eintritt.
@@howEntriesTitle
Erfassung von Einträgen
@@howEntries y2011
- **Quellen.** Einträge stammen aus internen und externen Audits, Managementbewertungen, Incidents und Problemen,
  Rückmeldungen der Kunden (Service-Reviews, Zufriedenheitsumfragen und Beschwerden), Lieferantenbewertungen, den
  Chancen im <@sms.link "risk-register"/>, der Gap-Analyse in der <@sms.link "traceability-matrix"/> und
  Vorschlägen der Mitarbeitenden.
- **Erfassung.** ${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>tragen<#else>trägt</#if> jede Verbesserungsmöglichkeit<#if y2011> und jede
  Vorbeugungsmaßnahme</#if> innerhalb von fünf Arbeitstagen mit der nächsten Referenz (IMP-nn), ihrer Quelle, einer
  Beschreibung, dem betroffenen Prozess oder Service und der verantwortlichen Person ein. Korrekturmaßnahmen nach
  einer Nichtkonformität werden nach dem <@sms.link "nonconformity-and-corrective-action"/> erfasst; eine
  Verbesserung, die über die Beseitigung der Ursache hinausgeht, wird hier eingetragen.
- **Bewertung.** Die verantwortliche Person bewertet den Eintrag nach den Kriterien des Verfahrens zur
  fortlaufenden Verbesserung (Nutzen, Beitrag zu den Zielen, Risikominderung, Kosten und Aufwand,
  Umsetzungsrisiko); die Gesamtpunktzahl bestimmt seine Priorität, und die Aufwandsschätzung wird mit erfasst.
- **Entscheidung.** Die Stelle, die das Verfahren für seinen Umfang vorsieht, genehmigt, vertagt oder lehnt den
  Eintrag ab; Entscheidung, Begründung und Zieltermin werden erfasst.
- **Status.** Vorgeschlagen, bewertet, genehmigt, abgelehnt, vertagt, geplant, in Umsetzung, umgesetzt,
  abgeschlossen. Ein Eintrag wird abgeschlossen, sobald sein Ergebnis gemessen und berichtet ist oder wenn er
  abgelehnt wird.
@@derivedTitle
Aus dem Risikoregister und der Gap-Analyse abgeleitete Einträge
@@derived y2011
Die SMS-Stammdaten enthalten noch keine Verbesserungsaufzeichnungen. Das Register beginnt daher mit den Einträgen,
die sich aus zwei Quellen nach diesen Regeln ergeben:

- **Chancen des Registers der Risiken und Chancen.** Jede Chance im <@sms.link "risk-register"/> ist ein Eintrag,
  verantwortet von ihrem Verantwortlichen und noch zu bewerten. Bis zur Bewertung ist ihre Priorität die Stufe,
  die das Risikoregister ihr aus Eintrittswahrscheinlichkeit und Nutzen gibt.<#if improvementRegister.risksMark?has_content>
  Das Risikoregister enthält noch seine Anfangsrisiken und -chancen${improvementRegister.risksMark}; diese Einträge
  ändern sich mit ihm.</#if>
- **Offene Lücken der Gap-Analyse.** Jeder Abschnitt, den die Gap-Analyse als nicht umgesetzt oder
  teilweise umgesetzt einstuft, ist ein Eintrag<#if y2011>, erfasst als Vorbeugungsmaßnahme: Seine Umsetzung
  beseitigt, was beim Zertifizierungsaudit sonst eine Nichtkonformität wäre</#if>. Seine Priorität ist hoch, wenn
  der Abschnitt nicht umgesetzt ist, und mittel, wenn er teilweise umgesetzt ist. Geplant wird er durch die
  Aktivitäten im <@sms.link "implementation-plan"/>, die den Abschnitt umsetzen: Sie bestimmen seinen Aufwand,
  seine verantwortliche Person (die verantwortliche Person der Aktivität, die zuletzt endet) und seinen Zieltermin
  (das Ende dieser Aktivität). Ein Abschnitt, den keine Aktivität umsetzt, wird durch ${sms.manager.de.den}
  ${sms.manager.title} verantwortet und ist noch zu bewerten.

Beide Prioritäten sind vorläufig: Sobald ein Eintrag nach den Kriterien des Verfahrens bewertet ist, bestimmt die
Punktzahl seine Priorität.
@@registerTitle
Register
@@registerHeader2011
| Ref. | Art | Quelle | Verbesserungsmöglichkeit | Nutzen | Aufwand | Priorität | Entscheidung | Verantwortlich | Zieltermin | Status |
|---|---|---|---|---|---|---|---|---|---|---|
@@registerHeader
| Ref. | Quelle | Verbesserungsmöglichkeit | Nutzen | Aufwand | Priorität | Entscheidung | Verantwortlich | Zieltermin | Status |
|---|---|---|---|---|---|---|---|---|---|
@@opportunityRow e y2011
| ${e.ref} |<#if y2011> Verbesserung |</#if> Register der Risiken und Chancen, ${e.riskId} | ${e.description}<#if e.action??>. Vorgeschlagene Maßnahme: ${e.action}</#if> | ${sms.word(e.benefit)} | Noch zu schätzen | ${sms.word(sms.riskLevel(e.likelihood, e.benefit)?lower_case)} | Noch zu bewerten | ${e.owner.title} | Bei Genehmigung festzulegen | Vorgeschlagen |
@@gapRow e y2011
| ${e.ref} |<#if y2011> Vorbeugungsmaßnahme |</#if> Gap-Analyse, Abschnitt ${e.clause} | <#if e.status == "missing">Einführen: ${e.clause} ${e.clauseTitle}<#else>Vervollständigen: ${e.clause} ${e.clauseTitle}</#if><#if e.note??> (${e.note})</#if> | Konformität mit Abschnitt ${e.clause} | <#if e.planned>${e.effortDays} Arbeitstage (${e.activities?join(", ")})<#else>Noch zu schätzen</#if> | ${sms.word(e.priority)} | <#if e.planned>Im Einführungsplan geplant<#else>Noch zu bewerten</#if> | ${e.owner.title} | ${e.targetDate!"Bei Genehmigung festzulegen"} | <#if e.planned>Geplant<#else>Vorgeschlagen</#if> |
@@noEntries
Noch kein Eintrag: Das Risikoregister enthält keine Chance und die Gap-Analyse keine offene Lücke. Die ersten
Einträge werden wie oben beschrieben erfasst.
@@reviewTitle
Überprüfung des Registers
@@review
Das Register ist eine laufend geführte Aufzeichnung: Die Verantwortlichen aktualisieren ihre Einträge mit dem
Fortschritt. ${sms.manager.de.Der} ${sms.manager.title} <#if sms.manager.de.plural?has_content>überprüfen es monatlich mit den Prozessverantwortlichen,
ordnen die genehmigten Einträge nach den verfügbaren Ressourcen und legen<#else>überprüft es monatlich mit den Prozessverantwortlichen,
ordnet die genehmigten Einträge nach den verfügbaren Ressourcen und legt</#if> es jeder Managementbewertung vor
(<@sms.link "management-review"/>): die genehmigten, abgeschlossenen, abgelehnten und überfälligen Einträge und den
gemessenen Nutzen.
