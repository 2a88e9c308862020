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
<#if forms.all?has_content>

<@sms.section title="Formulare und die Aufzeichnungen, die sie erzeugen" clauses=["7.5.3"] clauses2011=["4.3.3"]/>

Mehrere Aufzeichnungen entstehen auf einem Formular des Satzes. Das ausgefüllte Formular wird dort
abgelegt, wo seine Aufzeichnung geführt wird, von der für die Aufzeichnung verantwortlichen Rolle und so
lange wie diese; ein Formular, das in einem Prozesstool abgelegt wird, ist die Vorlage, nach der die
Aufzeichnung im Tool eingerichtet ist, und wird nur auf Papier verwendet, wenn das Tool nicht erreichbar ist.

| Formular | Erzeugte Aufzeichnung | Abschnitt | Verantwortlich | Ablageort | Aufbewahrungsfrist |
|---|---|---|---|---|---|
<#list forms.all as f>
| <@sms.link f.doc.id/> | ${f.record} | <#list f.clauses as c>${c}<#sep>, </#list> | ${f.owner.title} | ${f.keptIn?cap_first} | ${f.retention!"—"} |
</#list>
</#if>
