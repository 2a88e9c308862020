<#-- Die Texte der Eingaben der Managementbewertung (deutsch): jede Eingabe, wer sie bereitstellt, wo das keine
     Rolle der Beschreibung ist, und ihre Quelle; die Struktur steht in management-review-inputs.ftl. -->
@@previousActions
Status der Maßnahmen aus vorangegangenen Managementbewertungen
@@previousActionsSource
Maßnahmenliste der Managementbewertung
@@changes
Veränderungen bei externen und internen Themen, bei den Erfordernissen und Erwartungen interessierter Parteien sowie bei gesetzlichen, behördlichen und vertraglichen Anforderungen, die das SMS betreffen
@@changesSource
Kontext der Organisation, siehe <@sms.link "sms-plan"/>
@@customerSatisfaction
Kundenzufriedenheit, Rückmeldungen und Servicebeschwerden
@@customerSatisfactionSource
Ergebnisse der Kundenumfragen und Beschwerden ${governance.inTool["business-relationship-management"]}
@@objectives
Leistung im Hinblick auf die Servicemanagementziele
@@objectivesBy
Zielverantwortliche
@@objectivesSource
SMS-Leistungsberichte, siehe <@sms.link "monitoring-and-reporting"/>
@@servicePerformance
Serviceleistung im Vergleich zu den Service-Level-Zielen, einschließlich der Verfügbarkeit jedes Service
@@servicePerformanceSource
Serviceberichte ${governance.inTool["service-reporting"]}
@@audits
Ergebnisse interner und externer Audits sowie Fortschritt des Auditprogramms
@@auditsSource
Auditberichte, siehe <@sms.link "internal-audit"/>
@@nonconformities
Nichtkonformitäten und Korrekturmaßnahmen: neue, offene, überfällige und abgeschlossene sowie Trends
@@nonconformitiesSource
Register der Korrekturmaßnahmen
@@monitoring
Ergebnisse der Überwachung und Messung des SMS und jedes Prozesses
@@processOwners
Prozessverantwortliche
@@monitoringSource
Leistungsberichte der Prozesse
@@risks
Risiken und Chancen sowie die Wirksamkeit der zu ihrer Behandlung ergriffenen Maßnahmen
@@risksSource
Register der Risiken und Chancen, siehe <@sms.link "sms-plan"/>
@@supplierPerformance
Leistung der ${t.externalSuppliersInflected}, der ${t.internalSuppliersInflected} und der als Lieferant handelnden Kunden
@@suppliersSource
Lieferantenbewertungen und Vertragsunterlagen
@@resources
Angemessenheit der Ressourcen: Personal, Kompetenzen, Tools, Einrichtungen und Budget
@@resourcesBy budgetOwner
<#if budgetOwner == sms.manager.title>${sms.manager.title}<#else>${sms.manager.title} und ${budgetOwner}</#if>
@@resourcesSource
Personalplan, Schulungsnachweise, Budgetberichte ${governance.inTool["budgeting-and-accounting"]}
@@improvement
Verbesserungsmöglichkeiten für das SMS und die Services
@@improvementSource
Verbesserungsregister, siehe <@sms.link "continual-improvement"/>
@@workload
Arbeitsaufkommen und Kapazität der Servicemanagementprozesse sowie die Feststellungen der Prozessüberprüfungen
@@workloadSource
Prozessüberprüfungen und Kapazitätsberichte
