<@sms.section title="Zweck" clauses=["8.7.2"] clauses2011=["6.3.1"]/>

Diese Analyse hält für jeden Service im Anwendungsbereich des Servicemanagementsystems (SMS) fest, was ein
Ausfall für ${businessImpact.area} bedeutet, je länger er dauert, wie lange ein Ausfall hingenommen werden
kann, wovon der Service abhängt und welche Wiederherstellungsziele daraus folgen. Der
<@sms.link "service-continuity-plan"/> stellt jeden Service innerhalb dieser Ziele wieder her, und der
<@sms.link "availability-plan"/> legt fest, wie Ausfälle vermieden und kurz gehalten werden.

<@sms.section title="Methode" clauses=["8.7.2"] clauses2011=["6.3.1"]/>

Der ${doc.owner.title} leitet die Analyse. Jeder Serviceverantwortliche bewertet seinen Service mit
den Vertretern der Kunden<#if brm.owner.id != doc.owner.id>, die der ${brm.owner.title} hinzuzieht</#if>,
und der ${doc.approver.title} genehmigt das Ergebnis. Die Kritikalität jedes Service
ist die im <@sms.link "service-catalogue"/> erfasste; wo die Organisation sie nicht festgelegt hat, folgt sie
der im <@sms.link "decision-register"/> beschriebenen Regel.

Ausfalldauern werden in Stunden der Servicezeit gezählt: Ein Ausfall, der außerhalb der Servicezeit eines
Service beginnt, wirkt sich erst mit deren Beginn aus, und bei einem Service, der nicht rund um die Uhr
läuft, steht ein Tag Ausfall für die Servicezeit eines durchschnittlichen Tages, eine Woche für die einer
Woche. Die Auswirkung wird nach ${sms.andList(businessImpact.checkpoints)} in drei Bereichen auf dieser Skala bewertet:

| Stufe | Bedeutung für ${businessImpact.area} |
|---|---|
<#list businessImpact.scale as level>
| ${level.level} | ${level.meaning} |
</#list>

- **Betrieb.** Die Kritikalität des Service bestimmt die Auswirkung auf ${businessImpact.area} im
  Zeitverlauf und seine maximal tolerierbare Ausfallzeit: den längsten Ausfall, nach dem die Auswirkung noch
  nicht schwerwiegend ist. Das Wiederherstellungszeitziel jeder Kritikalität liegt deutlich darunter.
- **Verpflichtungen.** Der Ausfall wird mit der ungeplanten Ausfallzeit verglichen, die das
  Verfügbarkeitsziel des Service über seine Servicezeit zulässt: innerhalb der Ausfallzeit eines Monats, Ziel
  des Monats verfehlt (eine Verletzung seiner Service-Level-Vereinbarung) oder mehr, als das ganze Jahr zulässt.
- **Ansehen.** Die Auswirkung entspricht der auf den Betrieb, wenn der Ausfall weithin sichtbar ist, weil
  der Service ${businessImpact.widelySeenCustomers} oder mehr Kunden<#if !provider.inHouse> oder einen externen Kunden</#if> hat; sonst liegt sie eine Stufe niedriger.

| Kritikalität | <#list businessImpact.checkpoints as after>Nach ${after} | </#list>Maximal tolerierbare Ausfallzeit | Wiederherstellungszeitziel der Regel |
|---|<#list businessImpact.checkpoints as after>---|</#list>---|---|
<#list businessImpact.rules as rule>
| ${rule.criticalityWord} | <#list rule.levels as level>${level} | </#list>${rule.mto} | ${serviceLevels[rule.criticalityLevel].rto} |
</#list>

<@sms.section title="Auswirkung im Zeitverlauf" clauses=["8.7.2"] clauses2011=["6.3.1"]/>

<#if services?has_content>
Die Tabelle zeigt die Auswirkung eines Ausfalls jedes Service auf ${businessImpact.area}.

| Service | Kritikalität | Servicezeit | <#list businessImpact.checkpoints as after>Nach ${after} | </#list>Maximal tolerierbare Ausfallzeit |
|---|---|---|<#list businessImpact.checkpoints as after>---|</#list>---|
<#list businessImpact.services as b>
| ${b.service.name} | ${b.service.criticalityWord} | ${b.service.hours} | <#list b.levels as level>${level} | </#list>${b.mto} |
</#list>
<#else>
Im Servicekatalog sind noch keine Services erfasst. Jeder Service wird hier analysiert, bevor er in Betrieb geht.
</#if>

<@sms.section title="Auswirkung nach Bereich" clauses=["8.7.2"] clauses2011=["6.3.1"]/>

<#if services?has_content>
| Service | Nach | Betrieb | Verpflichtungen | Ansehen |
|---|---|---|---|---|
<#list businessImpact.services as b>
<#list b.impacts as impact>
| ${b.service.name} | ${impact.after} | ${impact.operations} | ${impact.obligations} | ${impact.reputation} |
</#list>
</#list>
<#else>
Es sind noch keine Services erfasst; daher wurde noch keine Auswirkung bewertet.
</#if>

<@sms.section title="Abhängigkeiten" clauses=["8.7.2"] clauses2011=["6.3.1"]/>

<#if services?has_content>
Ein Service fällt auch aus, wenn etwas ausfällt, wovon er abhängt: die anderen Services, die er benötigt, und
die Lieferanten, die zu ihm beitragen. Die Services, die ihn benötigen, sind mit ihm betroffen.

| Service | Kunden | Hängt ab von Services | Benötigt von Services | Lieferanten und ihr Beitrag |
|---|---|---|---|---|
<#list services as s>
| ${s.name} | <@sms.names items=s.customers empty="interne Anwender"/>${s.customersMark} | <#list s.dependsOn as d>${d.name}<#sep>; </#list><#if !s.dependsOn?has_content>keine</#if> | <#list s.neededBy as d>${d.name}<#sep>; </#list><#if !s.neededBy?has_content>keine</#if> | <#list s.suppliers as x>${x.name}<#if x.provides?has_content> (${x.provides})</#if><#sep>; </#list><#if !s.suppliers?has_content>keine; nur interne Ressourcen</#if> |
</#list>
<#else>
Es sind noch keine Services erfasst; daher sind keine Abhängigkeiten festgehalten.
</#if>

<@sms.section title="Wiederherstellungsziele" clauses=["8.7.2"] clauses2011=["6.3.1"]/>

<#if services?has_content>
Die Wiederherstellungsziele jedes Service folgen aus dieser Analyse: Das Wiederherstellungszeitziel (RTO)
liegt innerhalb der maximal tolerierbaren Ausfallzeit, und das Wiederherstellungspunktziel (RPO) begrenzt
den möglichen Datenverlust. Es gelten die Ziele der Kritikalitätsregel, sofern für den Service keine
strengeren eigenen festgelegt sind. Der <@sms.link "service-continuity-plan"/> verwendet genau diese Werte.

| Service | Maximal tolerierbare Ausfallzeit | RTO | RPO | Ziele festgelegt durch | RTO innerhalb der maximal tolerierbaren Ausfallzeit |
|---|---|---|---|---|---|
<#list businessImpact.services as b>
| ${b.service.name} | ${b.mto} | ${b.service.rto} | ${b.service.rpo} | ${b.service.recoveryBasis} | <#if b.rtoWithinMto>Ja<#else>Nein: Das RTO muss verkürzt werden</#if> |
</#list>
<#else>
Es sind noch keine Services erfasst; daher sind noch keine Wiederherstellungsziele festgelegt.
</#if>

<@sms.section title="Überprüfung" key="review"/>

Der ${doc.owner.title} überprüft diese Analyse zusammen mit dem Kontinuitätsplan mindestens alle
${sms.documentControl.reviewIntervalMonths} Monate und erneut nach jeder wesentlichen Änderung: wenn ein
Service hinzukommt oder entfällt; wenn sich Servicezeit, Verfügbarkeitsziel, Kunden, Lieferanten oder
Abhängigkeiten eines Service ändern; oder wenn ein Kontinuitätstest oder eine tatsächliche Störung neue
Erkenntnisse bringt. Eine hier festgestellte Änderung der Kritikalität oder der Wiederherstellungsziele wird
im Servicekatalog erfasst und fließt mit derselben Ausgabe in den Kontinuitätsplan, den Verfügbarkeitsplan und
die Service-Level-Vereinbarungen ein.
