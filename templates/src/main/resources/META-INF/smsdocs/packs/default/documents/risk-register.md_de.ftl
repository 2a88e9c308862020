<@sms.section title="Zweck" clauses=["6.1"] clauses2011=["4.5.2"]/>

Dieses Register erfasst die Risiken und Chancen des Servicemanagementsystems (SMS) von ${org.name}: was das
SMS oder die Services daran hindern könnte, ihre beabsichtigten Ergebnisse zu erzielen, was sie dabei
unterstützen könnte, wie jedes Risiko und jede Chance bewertet und behandelt wird und wer dafür
verantwortlich ist. Wie Risiken identifiziert und überprüft werden, ist im <@sms.link "sms-plan"/>
festgelegt; Informationssicherheitsrisiken werden im Rahmen des Informationssicherheitsmanagements im
Einzelnen beurteilt<#if sms.edition == "2011"> (<@sms.link "service-delivery-processes"/>)<#else> (<@sms.link "service-assurance"/>)</#if>.

<@sms.section title="Bewertungsmethode" clauses=["6.1"] clauses2011=["4.5.2"]/>

Jedes Risiko wird unter Berücksichtigung der bestehenden Maßnahmen nach Eintrittswahrscheinlichkeit und
Auswirkung bewertet; die Matrix ergibt seine Risikostufe, und die Stufe bestimmt die Reaktion.

<#include "/sections/risk-criteria.ftl">
<@sms.section title="Register" clauses=["6.1"] clauses2011=["4.5.2"]/>

<#if sms.risks?has_content>
<#include "/sections/risk-register.ftl">
<#else>
Es sind noch keine Risiken oder Chancen erfasst. Sie werden im jährlichen Planungsworkshop, bei jeder
Überprüfung des Registers und bei jeder Veränderung der Services, der Lieferanten oder der Organisation
identifiziert.

</#if>
<@sms.section title="Überprüfung" key="review"/>

Die Risikoverantwortlichen überprüfen ihre Risiken ${cadence.riskReview.every} sowie nach jedem Incident, jeder
Auditfeststellung und jeder Änderung, die sie betrifft. Der ${sms.manager.title} überprüft das gesamte
Register ${cadence.riskReview.every} und vor jeder Managementbewertung; diese erhält die hohen Risiken und die
Wirksamkeit der Behandlungsmaßnahmen zur Bewertung.
