<@sms.section title="Zweck" key="purpose"/>

Diese Matrix zeigt für jeden Prozess des Servicemanagementsystems (SMS) von ${org.name}, welche Rolle
gesamtverantwortlich ist, welche ihn durchführt, wer konsultiert und wer informiert wird. Sie dient
Mitarbeitenden und Auditoren als Kurzübersicht; die Aufgaben im Einzelnen sind in den jeweiligen Verfahren
und in der <@sms.link "service-management-policy"/> beschrieben.

<@sms.section title="Vergabe der Buchstaben" clauses=["5.3"]/>

| Buchstabe | Bedeutung | Regel in diesem SMS |
|---|---|---|
| A | Accountable (gesamtverantwortlich): steht für den Prozess und seine Ergebnisse ein; genau eine Rolle je Prozess | Der in den SMS-Stammdaten benannte Prozessverantwortliche |
| R | Responsible (durchführungsverantwortlich): führt die Arbeit aus oder leitet sie an | Der Prozessverantwortliche mit den Mitarbeitenden seines Teams |
| C | Consulted (konsultiert): liefert vor Entscheidungen Beiträge | Der ${manager.title} für jeden Prozess, dessen Verantwortlicher eine andere Rolle ist |
| I | Informed (informiert): wird über Ergebnisse und Entscheidungen unterrichtet | ${top.title}, über die Serviceberichte und die Managementbewertung |

<@sms.section title="Matrix" clauses=["5.3"]/>

Je Prozess eine Zeile, damit die Matrix unabhängig von der Zahl der Rollen im SMS auf einer Seite lesbar
bleibt.

| Prozess | Abschnitt | Gesamt- und durchführungsverantwortlich (A/R) | Konsultiert (C) | Informiert (I) |
|---|---|---|---|---|
<#list raciMatrix as p>
| ${p.name} | ${p.clause} | <@sms.roleWithPerson p.owner/> | ${(p.consulted.title)!"—"} | ${(p.informed.title)!"—"} |
</#list>

<@sms.section title="Aktualisierung der Matrix" key="keeping-the-matrix-current"/>

Die Matrix folgt den in den SMS-Stammdaten erfassten Prozessverantwortlichen. Wechselt ein
Verantwortlicher, erfasst der ${manager.title} ihn dort und gibt die Matrix mit den Dokumenten, die den
Verantwortlichen nennen, neu heraus, und die Änderung wird wie im <@sms.link "competence-awareness-communication"/> beschrieben kommuniziert.
