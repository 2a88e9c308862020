<#-- Die Texte des Request-Katalogs (deutsch); die Struktur steht in request-catalogue.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieser Katalog führt die Requests auf, die Benutzer für die Services von ${org.name} stellen können: für
jede Art von Request, wer ihn stellen darf, welche Genehmigung er benötigt und wie schnell er erfüllt wird,
und für jeden Service die Standard-Requests, die er anbietet. Die Erfüllungsziele sind die, zu denen sich die
Service-Level-Vereinbarungen verpflichten. Wie Requests erfasst, genehmigt und erfüllt werden, ist im
<@sms.link "resolution-and-fulfilment"/> festgelegt; die Services selbst beschreibt der
<@sms.link "service-catalogue"/>.
@@raisingTitle
Stellen eines Requests
@@raising
Requests werden über die den Kunden bekannt gegebenen Kanäle beim Service Desk gestellt und
${request.inTool} erfasst. Ein Erfüllungsziel zählt in Servicezeit ab dem Zeitpunkt, zu dem alle
erforderlichen Genehmigungen für den Request vorliegen. Stellt sich heraus, dass ein Request eine nicht vorab
genehmigte Änderung erfordert, wird er als Änderungsantrag nach der <@sms.link "change-management-policy"/>
gestellt, und sein Termin wird mit dem Anfordernden vereinbart.
@@typesTitle
Arten von Requests
@@typesHeader
| Art des Requests | Wer ihn stellen darf | Genehmigung | Erfüllungsziel |
|---|---|---|---|
@@typesTarget
${measures.byId["sla-request-targets"].target?cap_first} der Requests für jeden Service sind in jedem Monat innerhalb dieser Ziele
zu erfüllen, wie es die Service-Level-Vereinbarungen zusagen. Das Ergebnis wird in den Serviceberichten
ausgewiesen, die im <@sms.link "monitoring-and-reporting"/> beschrieben sind; die Kennzahl ist in den
<@sms.link "measure-definitions"/> definiert.
@@standardRequestsTitle
Standard-Requests je Service
@@standardRequestsHeader
| Service | Request | Art | Wer ihn stellen darf | Genehmigung | Erfüllungsziel |
|---|---|---|---|---|---|
@@withoutRequests one
Für <@sms.names items=requests.withoutRequests/> sind noch keine Standard-Requests festgelegt. Bis
die Verantwortlichen sie festlegen, werden Requests für <#if one>diesen Service<#else>diese Services</#if>
als Auskunft oder Beratung, als Zugriffsrechte oder als sonstige Requests gestellt.
@@noServices
Im Servicekatalog sind noch keine Services erfasst; daher werden noch keine Standard-Requests angeboten.
@@maintainingTitle
Pflege des Katalogs
@@maintaining
1. **Vorschlagen.** Ein Serviceverantwortlicher richtet an ${doc.owner.de.den} ${doc.owner.title} den Vorschlag für einen
   neuen Standard-Request oder für die Änderung eines bestehenden, zusammen mit der Arbeitsanweisung, nach der
   er erfüllt wird.
2. **Vorab genehmigen.** Ein Request, der ein Konfigurationselement ändert, wird erst dann zum
   Standard-Request, wenn das Änderungsmanagement ihn als Standardänderung genehmigt hat; ein Request, der
   Zugriff auf Informationen eröffnet, behält die Genehmigung für Zugriffsrechte.
3. **Veröffentlichen.** ${doc.owner.de.Der} ${doc.owner.title} ${doc.owner.de.plural?has_content?then("nehmen", "nimmt")} den Request gemäß dem Dokument
   <@sms.link "documented-information-control"/> in diesen Katalog auf, ${doc.owner.de.plural?has_content?then("richten", "richtet")} ihn ${request.inTool} ein
   und ${doc.owner.de.plural?has_content?then("informieren", "informiert")} den Service Desk und die Kunden des Service.
4. **Überprüfen.** ${doc.owner.de.Der} ${doc.owner.title} ${doc.owner.de.plural?has_content?then("überprüfen", "überprüft")} den Katalog mit den Serviceverantwortlichen mindestens
   alle ${sms.documentControl.reviewIntervalMonths} Monate und immer dann, wenn ein Service hinzukommt, geändert
   wird oder entfällt, und ${doc.owner.de.plural?has_content?then("entfernen", "entfernt")} Requests, die nicht mehr gestellt werden.
