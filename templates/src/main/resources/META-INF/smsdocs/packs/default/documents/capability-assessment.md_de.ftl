<@sms.section title="Zweck" clauses=["9.1"] clauses2011=["4.5.4.1"]/>

Dieses Register hält fest, wie fähig die Servicemanagementprozesse von ${org.name} derzeit sind, welche
Stufe jeder Prozess erreichen soll und mit welchen Maßnahmen die Differenz geschlossen wird. Es ergänzt die
Konformitätssicht der Gap-Analyse: Ein Prozess kann ${sms.standard} erfüllen und dennoch so betrieben
werden, dass er von einzelnen Personen abhängt; die Fähigkeitsstufen machen dies sichtbar.

<@sms.section title="Methode" key="method"/>

Die Bewertung verwendet das Prozessreferenzmodell von ISO/IEC TR 20000-4 (Zweck und Ergebnisse jedes
Servicemanagementprozesses) und den Messrahmen von ISO/IEC 33020. Es handelt sich um eine Selbstbewertung
durch die Prozessverantwortlichen, moderiert vom ${sms.manager.title}, nicht um ein Konformitätsaudit.

| Stufe | Bezeichnung | Prozessattribute |
|---|---|---|
| 0 | Unvollständig | keine: Der Prozess wird nicht durchgeführt oder erreicht seinen Zweck nicht |
| 1 | Durchgeführt | PA1.1 Prozessdurchführung |
| 2 | Gesteuert | PA2.1 Management der Prozessdurchführung; PA2.2 Management der Arbeitsprodukte |
| 3 | Etabliert | PA3.1 Prozessdefinition; PA3.2 Prozessanwendung |
| 4 | Vorhersagbar | PA4.1 Quantitative Analyse; PA4.2 Quantitative Steuerung |
| 5 | Innovierend | PA5.1 Prozessinnovation; PA5.2 Umsetzung der Prozessinnovation |

Jedes Attribut wird bewertet mit N (nicht erfüllt, bis 15 %), P (teilweise erfüllt, über 15 % bis 50 %),
L (weitgehend erfüllt, über 50 % bis 85 %) oder F (vollständig erfüllt, über 85 %). Ein Prozess erreicht
eine Stufe, wenn die Attribute dieser Stufe mindestens mit L und die Attribute aller niedrigeren Stufen mit
F bewertet sind.

<@sms.section title="Fähigkeitsprofil" clauses=["9.1"] clauses2011=["4.5.4.1"]/>

<#if implementationPlan.capability.processes?has_content>
| Prozess | Aktuelle Stufe | Durch die Bewertungen gestützte Stufe | Zielstufe | Zu erreichende Stufen |
|---|---|---|---|---|
<#list implementationPlan.capability.processes as p>
| ${p.name} | ${p.declared} ${p.declaredTitle} | <#if p.rated??>${p.rated}<#else>nicht bewertet</#if> | ${p.target} ${p.targetTitle} | ${p.gain} |
</#list>

<#if implementationPlan.capability.chart??>
![Balkendiagramm der aktuellen Fähigkeitsstufe und der Zielstufe jedes bewerteten Prozesses](${implementationPlan.capability.chart})

</#if>
<#else>
Es wurde noch kein Prozess selbst bewertet. Die erste Bewertung nehmen die Prozessverantwortlichen nach
Abschluss von Phase 2 des Einführungsprojekts (<@sms.link "implementation-plan"/>) vor; sie wird in den SMS-Stammdaten
erfasst.

</#if>
<#if implementationPlan.capability.rated?has_content>
<@sms.section title="Bewertung der Attribute" key="attribute-ratings"/>

| Prozess | <#list implementationPlan.capability.attributes as a>${a}<#sep> | </#list> |
|---|<#list implementationPlan.capability.attributes as a>---|</#list>
<#list implementationPlan.capability.rated as p>
| ${p.name} | <#list implementationPlan.capability.attributes as a>${p.ratings[a]!"–"}<#sep> | </#list> |
</#list>

</#if>
<#if implementationPlan.capability.findings?has_content>
<@sms.section title="Feststellungen" key="findings"/>

<#list implementationPlan.capability.findings as f>
- ${f}
</#list>

</#if>
<#if implementationPlan.capability.actions?has_content>
<@sms.section title="Maßnahmen zur Schließung der Lücken" key="gap-actions"/>

Jede Stufe, die ein Prozess erreichen muss, ist eine Aktivität im <@sms.link "implementation-plan"/>, für
die der Prozessverantwortliche zuständig ist.

| Prozess | Zu erreichende Stufe | Erforderlich | Aktivität im Plan |
|---|---|---|---|
<#list implementationPlan.capability.actions as a>
| ${a.process} | ${a.level} ${a.levelTitle} | ${a.needs?join("; ")} | ${a.activity} |
</#list>

</#if>
<@sms.section title="Neubewertung" key="reassessment"/>

Die Prozessverantwortlichen bewerten ihre Prozesse einmal jährlich vor der Managementbewertung sowie nach
jeder wesentlichen Änderung eines Prozesses neu. Die Ergebnisse werden der Managementbewertung als Teil der
Leistung des SMS berichtet.
