<@sms.section title="Zweck" clauses=["7.5.3"] clauses2011=["4.3.3"]/>

Diese Matrix führt jede Aufzeichnung auf, die ${org.name} nach ${sms.standard} aufbewahren muss, mit dem
System, in dem sie geführt wird, der verantwortlichen Rolle und der Aufbewahrungsfrist. Ein Auditor oder
ein neuer Mitarbeitender findet damit die Nachweise für jede Anforderung in einem Schritt. Wie
Aufzeichnungen geschützt, wiederaufgefunden und entsorgt werden, ist im
<@sms.link "documented-information-control"/> festgelegt.

<@sms.section title="Aufzeichnungen" clauses=["7.5.3"] clauses2011=["4.3.3"]/>

| Aufzeichnung | Abschnitt | Verantwortlich | Ablageort | Aufbewahrungsfrist |
|---|---|---|---|---|
<#list requiredRecords as r>
| ${r.record} | ${sms.clauseRef(r.clause, r.clause2011!"")} | ${r.owner.title} | ${r.where?cap_first} | ${r.retention} |
</#list>

Jede Prozessaufzeichnung wird in dem für ihren Prozess benannten Tool geführt; ist noch keines benannt,
wird sie in folgendem System geführt: ${defaultTool}.
