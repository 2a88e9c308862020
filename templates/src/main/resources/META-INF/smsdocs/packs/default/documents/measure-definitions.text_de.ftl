<#-- Die Texte der Kennzahlendefinitionen (deutsch); die Struktur steht in measure-definitions.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Register definiert jede Kennzahl, die die Dokumente des Servicemanagementsystems (SMS) von ${org.name}
nennen: die SMS-Ziele, die Zusagen der Service-Level-Vereinbarungen sowie die Kennzahlen der Prozesse und des
SMS selbst. Für jede Kennzahl legt es fest, wie sie berechnet wird, woher ihre Daten stammen, wie oft sie
gemessen wird, wer für sie verantwortlich ist, welcher Zielwert gilt und an wen sie berichtet wird. Die
Dokumente, die eine Kennzahl nennen, geben den hier festgelegten Zielwert an; wie Kennzahlen erhoben,
analysiert und berichtet werden, ist im <@sms.link "monitoring-and-reporting"/> festgelegt.
@@usingTitle
Verwendung der Kennzahlen
@@usingMeasures
- **Verantwortlich.** Verantwortlich für eine Kennzahl ist der Verantwortliche ihres Prozesses, bei einer
  Kennzahl des SMS selbst der Verantwortliche des Dokuments, das sie nennt. Er prüft die Daten, erläutert jedes
  Ergebnis, das den Zielwert verfehlt, und schlägt die zu ergreifende Maßnahme vor.
- **Zeiträume.** Eine monatliche Kennzahl bezieht sich auf den Kalendermonat, eine vierteljährliche auf das
  Kalenderquartal. Zeitbezogene Kennzahlen zählen die Servicezeit des betroffenen Service nach den Zählregeln
  seiner Service-Level-Vereinbarung.
- **Daten.** Datenquelle ist das Tool, in dem die Arbeit des Prozesses erfasst wird; eine Kennzahl des SMS
  selbst entnimmt ihre Daten den Aufzeichnungen, die die Tabelle nennt. Ergebnisse, die ein Tool enthält,
  werden nicht manuell erhoben.
- **Status.** Jedes Ergebnis wird nach der Regel, die im <@sms.link "monitoring-and-reporting"/> festgelegt
  ist, als grün, gelb oder rot eingestuft, und ${reporting.owner.de.der} ${reporting.owner.title} ${reporting.owner.de.plural?has_content?then("berichten", "berichtet")} es an die in der Tabelle
  genannten Empfänger.
@@objectivesTitle
SMS-Ziele
@@objectivesIntro
Die Ziele werden im <@sms.link "sms-plan"/> festgelegt. Ein Ziel, das einen Prozess nennt, legt die wichtigste
Kennzahl dieses Prozesses fest; die Dokumente des Prozesses geben daher Kennzahl und Zielwert des Ziels an.
@@objectivesHeader
| ID | Ziel | Kennzahl | Datenquelle | Häufigkeit | Verantwortlich | Zielwert | Berichtet an |
|---|---|---|---|---|---|---|---|
@@noObjectives
Es sind noch keine SMS-Ziele festgelegt; sie werden hier aufgenommen, sobald der <@sms.link "sms-plan"/> sie festlegt.
@@serviceLevelsTitle
Service-Level-Kennzahlen
@@serviceLevelsIntro
Diese Kennzahlen berichten jeden Service im Vergleich zu seiner Service-Level-Vereinbarung. Die Reaktions- und
Lösungsziele jeder Priorität sind die des Prioritätenschemas für Incidents im
<@sms.link "resolution-and-fulfilment"/>; das Erfüllungsziel jeder Art von Request steht im
<@sms.link "request-catalogue"/>.
@@serviceLevelsHeader
| Kennzahl | Formel | Datenquelle | Häufigkeit | Verantwortlich | Zielwert | Berichtet an |
|---|---|---|---|---|---|---|
@@noServices
Es sind noch keine Services erfasst. Die Verfügbarkeit jedes Service und die Zusagen seiner
Service-Level-Vereinbarung werden hier aufgenommen, sobald der Service in Betrieb geht.
@@processesTitle
Prozess- und SMS-Kennzahlen
@@processesIntro
Die wichtigste Kennzahl jedes Prozesses, die das <@sms.link "monitoring-and-reporting"/> für ihn aufführt,
steht unter den Kennzahlen dieses Prozesses an erster Stelle. Die letzte Spalte nennt die Dokumente, die die
Kennzahl angeben.
@@processesHeader
| Kennzahl | Formel | Datenquelle | Häufigkeit | Verantwortlich | Zielwert | Berichtet an | Genannt in |
|---|---|---|---|---|---|---|---|
@@changingTitle
Änderung einer Kennzahl
@@changing
Eine Kennzahl, ihre Formel oder ihr Zielwert ändert sich nur mit einer neuen Fassung dieses Registers, die
${doc.approver.de.der} ${doc.approver.title} gemäß dem Dokument <@sms.link "documented-information-control"/> ${doc.approver.de.plural?has_content?then("freigeben", "freigibt")}.
${doc.owner.de.Der} ${doc.owner.title} ${doc.owner.de.plural?has_content?then("bereiten", "bereitet")} die Änderung mit dem Verantwortlichen der Kennzahl vor; ein Zielwert, den ein SMS-Ziel festlegt, ändert
sich mit dem Ziel, und ein in einer Service-Level-Vereinbarung vereinbarter Zielwert mit der Vereinbarung. Jedes
Dokument, das die Kennzahl angibt, übernimmt den neuen Zielwert mit derselben Ausgabe. ${sms.manager.de.Der} ${sms.manager.title}
${sms.manager.de.plural?has_content?then("überprüfen", "überprüft")} die Kennzahlen einmal jährlich: ob jede noch nützlich und richtig definiert ist und ob eine Kennzahl
fehlt.
