<#-- Die Texte der Business-Impact-Analyse (deutsch); die Struktur steht in business-impact-analysis.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Diese Analyse hält für jeden Service im Anwendungsbereich des Servicemanagementsystems (SMS) fest, was ein
Ausfall für ${businessImpact.area} bedeutet, je länger er dauert, wie lange ein Ausfall hingenommen werden
kann, wovon der Service abhängt und welche Wiederherstellungsziele daraus folgen. Der
<@sms.link "service-continuity-plan"/> stellt jeden Service innerhalb dieser Ziele wieder her, und der
<@sms.link "availability-plan"/> legt fest, wie Ausfälle vermieden und kurz gehalten werden.
@@methodTitle
Methode
@@method
${doc.owner.de.Der} ${doc.owner.title} <#if doc.owner.de.plural?has_content>leiten<#else>leitet</#if> die Analyse. Jeder Serviceverantwortliche bewertet seinen Service mit
den Vertretern der Kunden<#if brm.owner.id != doc.owner.id>, die ${brm.owner.de.der} ${brm.owner.title} <#if brm.owner.de.plural?has_content>hinzuziehen<#else>hinzuzieht</#if></#if>,
und ${doc.approver.de.der} ${doc.approver.title} <#if doc.approver.de.plural?has_content>genehmigen<#else>genehmigt</#if> das Ergebnis. Die Kritikalität jedes Service
ist die im <@sms.link "service-catalogue"/> erfasste; wo die Organisation sie nicht festgelegt hat, folgt sie
der im <@sms.link "decision-register"/> beschriebenen Regel.
@@counting
Ausfalldauern werden in Stunden der Servicezeit gezählt: Ein Ausfall, der außerhalb der Servicezeit eines
Service beginnt, wirkt sich erst mit deren Beginn aus, und bei einem Service, der nicht rund um die Uhr
läuft, steht ein Tag Ausfall für die Servicezeit eines durchschnittlichen Tages, eine Woche für die einer
Woche. Die Auswirkung wird nach ${sms.andList(businessImpact.checkpoints)} in drei Bereichen auf dieser Skala bewertet:
@@scaleHeader
| Stufe | Bedeutung für ${businessImpact.area} |
|---|---|
@@areas
- **Betrieb.** Die Kritikalität des Service bestimmt die Auswirkung auf ${businessImpact.area} im
  Zeitverlauf und seine maximal tolerierbare Ausfallzeit: den längsten Ausfall, nach dem die Auswirkung noch
  nicht schwerwiegend ist. Das Wiederherstellungszeitziel jeder Kritikalität liegt deutlich darunter.
- **Verpflichtungen.** Der Ausfall wird mit der ungeplanten Ausfallzeit verglichen, die das
  Verfügbarkeitsziel des Service über seine Servicezeit zulässt: innerhalb der Ausfallzeit eines Monats, Ziel
  des Monats verfehlt (eine Verletzung seiner Service-Level-Vereinbarung) oder mehr, als das ganze Jahr zulässt.
- **Ansehen.** Die Auswirkung entspricht der auf den Betrieb, wenn der Ausfall weithin sichtbar ist, weil
  der Service ${businessImpact.widelySeenCustomers} oder mehr Kunden<#if !provider.inHouse> oder einen externen Kunden</#if> hat; sonst liegt sie eine Stufe niedriger.
@@criticality
Kritikalität
@@afterCheckpoint checkpoint
Nach ${checkpoint}
@@mto
Maximal tolerierbare Ausfallzeit
@@ruleRto
Wiederherstellungszeitziel der Regel
@@overTimeTitle
Auswirkung im Zeitverlauf
@@overTimeIntro
Die Tabelle zeigt die Auswirkung eines Ausfalls jedes Service auf ${businessImpact.area}.
@@serviceColumn
Service
@@serviceHours
Servicezeit
@@noServicesInCatalogue
Im Servicekatalog sind noch keine Services erfasst. Jeder Service wird hier analysiert, bevor er in Betrieb geht.
@@byAreaTitle
Auswirkung nach Bereich
@@byAreaHeader
| Service | Nach | Betrieb | Verpflichtungen | Ansehen |
|---|---|---|---|---|
@@noImpacts
Es sind noch keine Services erfasst; daher wurde noch keine Auswirkung bewertet.
@@dependenciesTitle
Abhängigkeiten
@@dependenciesIntro
Ein Service fällt auch aus, wenn etwas ausfällt, wovon er abhängt: die anderen Services, die er benötigt, und
die Lieferanten, die zu ihm beitragen. Die Services, die ihn benötigen, sind mit ihm betroffen.
@@dependenciesHeader
| Service | Kunden | Hängt ab von Services | Benötigt von Services | Lieferanten und ihr Beitrag |
|---|---|---|---|---|
@@internalUsers
interne Benutzer
@@none
keine
@@internalResourcesOnly
keine; nur interne Ressourcen
@@noDependencies
Es sind noch keine Services erfasst; daher sind keine Abhängigkeiten festgehalten.
@@recoveryTitle
Wiederherstellungsziele
@@recoveryIntro
Die Wiederherstellungsziele jedes Service folgen aus dieser Analyse: Das Wiederherstellungszeitziel (RTO)
liegt innerhalb der maximal tolerierbaren Ausfallzeit, und das Wiederherstellungspunktziel (RPO) begrenzt
den möglichen Datenverlust. Es gelten die Ziele der Kritikalitätsregel, sofern für den Service keine
strengeren eigenen festgelegt sind. Der <@sms.link "service-continuity-plan"/> verwendet genau diese Werte.
@@recoveryHeader
| Service | Maximal tolerierbare Ausfallzeit | RTO | RPO | Ziele festgelegt durch | RTO innerhalb der maximal tolerierbaren Ausfallzeit |
|---|---|---|---|---|---|
@@yes
Ja
@@rtoTooLong
Nein: Das RTO muss verkürzt werden
@@noRecoveryObjectives
Es sind noch keine Services erfasst; daher sind noch keine Wiederherstellungsziele festgelegt.
@@reviewTitle
Überprüfung
@@review
${doc.owner.de.Der} ${doc.owner.title} <#if doc.owner.de.plural?has_content>überprüfen<#else>überprüft</#if> diese Analyse zusammen mit dem Kontinuitätsplan mindestens alle
${sms.documentControl.reviewIntervalMonths} Monate und erneut nach jeder wesentlichen Änderung: wenn ein
Service hinzukommt oder entfällt; wenn sich Servicezeit, Verfügbarkeitsziel, Kunden, Lieferanten oder
Abhängigkeiten eines Service ändern; oder wenn ein Kontinuitätstest oder eine tatsächliche Störung neue
Erkenntnisse bringt. Eine hier festgestellte Änderung der Kritikalität oder der Wiederherstellungsziele wird
im Servicekatalog erfasst und fließt mit derselben Ausgabe in den Kontinuitätsplan, den Verfügbarkeitsplan und
die Service-Level-Vereinbarungen ein.
