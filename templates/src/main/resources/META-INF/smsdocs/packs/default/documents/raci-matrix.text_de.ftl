<#-- Die Texte der RACI-Matrix (deutsch); die Struktur steht in raci-matrix.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Diese Matrix zeigt für jeden Prozess des Servicemanagementsystems (SMS) von ${org.name}, welche Rolle
gesamtverantwortlich ist, welche ihn durchführt, wer konsultiert und wer informiert wird. Sie dient
Mitarbeitenden und Auditoren als Kurzübersicht; die Aufgaben im Einzelnen sind in den jeweiligen Verfahren
und in der <@sms.link "service-management-policy"/> beschrieben.
@@lettersTitle
Vergabe der Buchstaben
@@lettersTable
| Buchstabe | Bedeutung | Regel in diesem SMS |
|---|---|---|
| A | Accountable (gesamtverantwortlich): steht für den Prozess und seine Ergebnisse ein; genau eine Rolle je Prozess | Der in den SMS-Stammdaten benannte Prozessverantwortliche |
| R | Responsible (durchführungsverantwortlich): führt die Arbeit aus oder leitet sie an | Der Prozessverantwortliche mit den Mitarbeitenden seines Teams |
| C | Consulted (konsultiert): liefert vor Entscheidungen Beiträge | ${manager.title}, für jeden Prozess, dessen Verantwortlicher eine andere Rolle ist |
| I | Informed (informiert): wird über Ergebnisse und Entscheidungen unterrichtet | ${top.title}, über die Serviceberichte und die Managementbewertung |
@@matrixTitle
Matrix
@@matrixIntro
Je Prozess eine Zeile, damit die Matrix unabhängig von der Zahl der Rollen im SMS auf einer Seite lesbar
bleibt.
@@matrixHeader
| Prozess | Abschnitt | Gesamt- und durchführungsverantwortlich (A/R) | Konsultiert (C) | Informiert (I) |
|---|---|---|---|---|
@@keepingCurrentTitle
Aktualisierung der Matrix
@@keepingCurrent
Die Matrix folgt den in den SMS-Stammdaten erfassten Prozessverantwortlichen. Wechselt ein
Verantwortlicher, ${manager.de.plural?has_content?then("erfassen", "erfasst")} ${manager.de.der} ${manager.title} ihn dort und ${manager.de.plural?has_content?then("geben", "gibt")} die Matrix mit den Dokumenten, die den
Verantwortlichen nennen, neu heraus, und die Änderung wird wie im <@sms.link "competence-awareness-communication"/> beschrieben kommuniziert.
