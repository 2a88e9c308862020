<#--
id: sms-scope
title: SMS Scope Statement
kind: statement
code: STM-01
order: 110
clauses: ["4.3", "4.4"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.1"]}
related: ["service-management-policy", "sms-plan", "service-catalogue", "relationship-and-agreement", "documented-information-control"]
packVersion: 1.0.0
-->
<#-- Harbour Consulting, deutsche Fassung: die eingebaute Erklärung zum Anwendungsbereich, unverändert
     (das Include findet über die lokalisierte Suche die deutsche eingebaute Vorlage), gefolgt von der
     Prüfung, die Harbour mit dem SMS-Verantwortlichen durchführt, bevor der Wortlaut des
     Anwendungsbereichs an die Zertifizierungsstelle geht. -->
<#-- Die eingebaute Vorlage gibt dies direkt vor ihrem Abschnitt "Mitgeltende Dokumente" aus. -->
<#macro beforeRelatedDocuments>
<#assign hcManager = sms.manager>
<#assign hcUnowned = services?filter(s -> s.owner.id == hcManager.id)>
<#assign hcNoCustomer = services?filter(s -> !s.customers?has_content)>
<#assign hcNoContract = externalSuppliers?filter(s -> !s.contractRef?has_content)>
<#assign hcUnused = suppliers?filter(s -> !s.services?has_content)>
<#assign hcOpen = implementation.gaps?filter(g -> g.status != "implemented")>
<#assign hcScopeGap = implementation.gaps?filter(g -> g.clause == "4.3" || g.clause == "4.5.1")>
<#assign hcGroups = (sms.edition == "2011")?then(["4", "5", "6", "7", "8", "9"], ["4", "5", "6", "7", "8", "9", "10"])>
<#assign hcUncovered = hcGroups?filter(c -> !documents?filter(d -> d.clauses?filter(x -> x == c || x?starts_with(c + "."))?has_content)?has_content)>

<@sms.section title="Anwendbarkeitsprüfung durch den Berater" clauses=["4.3", "4.4"] clauses2011=["4.5.1"]/>

Harbour Consulting hat diese Erklärung mit dem <@sms.roleWithPerson hcManager/> geprüft, bevor der Wortlaut
des Anwendungsbereichs der Zertifizierungsstelle<#if certification.body?has_content> (${certification.body})</#if> vorgeschlagen wurde.
Die ISO/IEC 20000-1 lässt keine Ausschlüsse zu; die Prüfung fragt daher nicht, welche Anforderungen gelten:
Es gelten alle. Sie fragt, ob sich die oben gezogene Grenze im Audit der Stufe 1 vertreten lässt und ob
jeder Teil des Anwendungsbereichs durch einen Verantwortlichen, eine Vereinbarung und ein Dokument gestützt
wird.

| Prüffrage | Ergebnis |
|---|---|
| Benennt der Wortlaut des Anwendungsbereichs Services, Organisation und Standorte eindeutig? | Das SMS umfasst ${services?size} Service<#if services?size != 1>s</#if><#if org.address?has_content>, gesteuert vom Standort ${org.address}</#if>. Prüfen Sie, ob der oben zitierte Wortlaut jeden davon und die Standorte nennt: Es ist der Text, den das Zertifikat tragen wird. |
| Hat jeder Service im Anwendungsbereich einen eigenen Serviceverantwortlichen? | <#if hcUnowned?has_content>Zu bestätigen: <@sms.names items=hcUnowned/> <#if hcUnowned?size == 1>wird<#else>werden</#if> vom ${hcManager.title} verantwortet, der auch das SMS verantwortet. Bestätigen Sie, dass dies so beabsichtigt ist, oder benennen Sie einen Serviceverantwortlichen.<#else>Ja: Jeder Service hat einen anderen Verantwortlichen als den SMS-Verantwortlichen.</#if> |
| Hat jeder Service einen Kunden und eine Vereinbarung? | <#if hcNoCustomer?has_content>Noch nicht: <@sms.names items=hcNoCustomer/> <#if hcNoCustomer?size == 1>hat<#else>haben</#if> keinen erfassten Kunden.<#else>Ja: Jeder Service hat mindestens einen Kunden und eine eigene Service-Level-Vereinbarung.</#if> |
| Liegen für ${t.externalSuppliers} durchweg Verträge vor, die das Lieferantenmanagement führt? | <#if !externalSuppliers?has_content>Kein ${t.externalSupplier} trägt zu den Services bei.<#elseif hcNoContract?has_content>Noch nicht: Für <@sms.names items=hcNoContract/> ist keine Vertragsreferenz erfasst.<#else>Ja: ${externalSuppliers?size} <#if externalSuppliers?size != 1>Verträge<#else>Vertrag</#if>, jeweils mit Referenz und einem Lieferantenverantwortlichen.</#if> |
| Unterstützt jeder aufgeführte Lieferant einen Service im Anwendungsbereich? | <#if hcUnused?has_content><@sms.names items=hcUnused/> <#if hcUnused?size == 1>unterstützt<#else>unterstützen</#if> keinen Service im Anwendungsbereich: Entfernen Sie <#if hcUnused?size == 1>ihn<#else>sie</#if> aus dem Anwendungsbereich oder verknüpfen Sie <#if hcUnused?size == 1>ihn<#else>sie</#if> mit einem Service.<#else>Ja: Kein Lieferant ist ohne einen Service aufgeführt, den er unterstützt.</#if> |
| Wird jeder Abschnitt der Norm durch ein Dokument des Satzes abgedeckt? | <#if hcUncovered?has_content>Noch nicht: Die Abschnitte ${sms.andList(hcUncovered)} haben kein Dokument.<#else>Ja: Alle Abschnitte von 4 bis ${hcGroups?last} sind abgedeckt (siehe „Anwendung der ISO/IEC 20000-1“ oben)</#if>; die <@sms.link "traceability-matrix"/> zeigt die Einzelheiten Abschnitt für Abschnitt. |
| Wurde der Anwendungsbereich selbst in der Gap-Analyse bewertet? | <#if hcScopeGap?has_content>Bewertung: ${sms.word(hcScopeGap[0].status)}<#if hcScopeGap[0].note?has_content>; ${hcScopeGap[0].note}</#if>.<#else>Nicht gesondert bewertet; er wird stattdessen hier geprüft.</#if> |
| Wie viele Lücken sind im SMS noch offen? | <#if hcOpen?has_content>${hcOpen?size}, jede im <@sms.link "implementation-plan"/> eingeplant. Keine darf durch Einengen des Anwendungsbereichs geschlossen werden: Eine Lücke wird geschlossen, indem die Anforderung umgesetzt wird.<#else>Keine.</#if> |

Harbour Consulting empfiehlt, den Anwendungsbereich im oben wiedergegebenen Wortlaut einzureichen. Jede
Änderung daran vor dem Audit der Stufe 1 durchläuft dieselbe Prüfung und wird vom ${doc.approver.title} genehmigt.

</#macro>
<#include "/builtin/documents/sms-scope.md.ftl">
