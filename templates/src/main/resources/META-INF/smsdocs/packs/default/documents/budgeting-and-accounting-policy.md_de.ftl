<@sms.section title="Zweck" clauses2011=["6.4"] key="purpose"/>

Diese Richtlinie legt fest, wie ${org.name} als ${t.provider} die Kosten der Services budgetiert und
erfasst, damit die Kosten jedes Service bekannt sind, die Ausgaben gesteuert werden und Entscheidungen über
die Services, ihre Änderungen und ihre Verbesserung in Kenntnis ihrer Kosten getroffen werden.

<@sms.section title="Geltungsbereich" key="scope"/>

Die Richtlinie umfasst alle Kosten für Planung, Erbringung, Unterstützung und Verbesserung der Services im
<@sms.link "service-catalogue"/>: Assets und Lizenzen, gemeinsam genutzte Ressourcen, Gemeinkosten,
Investitions- und Betriebskosten, von Lieferanten bezogene Services, Personal und Räumlichkeiten.
Preisgestaltungs- und Verrechnungsentscheidungen nutzen, soweit vorhanden, die von ihr bereitgestellten
Kosteninformationen, fallen aber nicht in ihren Geltungsbereich.

<@sms.section title="Rollen und Verantwortlichkeiten" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": doc.owner, "duties": "Verantwortet diese Richtlinie."},
  {"role": budgeting.owner, "duties": "Verantwortet den Prozess Budgetierung und Kostenrechnung; pflegt das Kostenmodell; berichtet monatlich die Kosten je Service."},
  {"role": doc.approver, "duties": "Genehmigt diese Richtlinie."},
  {"role": sms.topManagement, "duties": "Genehmigt das Jahresbudget, Überarbeitungen, die es erhöhen, und nicht budgetierte Ausgaben oberhalb der nachstehenden Grenzen."}
]/>

Jeder Serviceverantwortliche ist für das Budget seines Service verantwortlich und erläutert Abweichungen
davon.

<#include "/sections/budgeting-and-accounting.ftl">
<@sms.section title="Aufzeichnungen" clauses=["7.5.3"]/>

<@sms.recordsTable processId="budgeting-and-accounting" rows=[
  {"record": "Genehmigte Budgets und ihre Überarbeitungen", "owner": budgeting.owner, "retention": "7 Jahre oder die gesetzliche Frist, falls diese länger ist"},
  {"record": "Monatliche Kostenberichte je Service und Erläuterungen der Abweichungen", "owner": budgeting.owner, "retention": "7 Jahre oder die gesetzliche Frist, falls diese länger ist"},
  {"record": "Genehmigungen nicht budgetierter Ausgaben", "owner": budgeting.owner, "retention": "7 Jahre oder die gesetzliche Frist, falls diese länger ist"}
]/>

<@sms.section title="Überprüfung der Richtlinie" key="policy-review"/>

Der ${doc.owner.title} überprüft diese Richtlinie mindestens alle ${sms.documentControl.reviewIntervalMonths} Monate vor dem Budgetzyklus sowie immer
dann, wenn ein Service hinzukommt oder entfällt. Die überprüfte Richtlinie wird vom ${doc.approver.title}
genehmigt.
