<#--
  Die Eingaben einer Managementbewertung (2018 9.3; 2011 4.5.4.3) in der Reihenfolge, in der die Bewertung sie
  behandelt, mit dem, der sie bereitstellt, und ihrer Quelle. Das Verfahren führt sie auf, und die Formulare für
  Tagesordnung und Protokoll übernehmen sie als ihre Punkte. Legt reviewInputs fest: eine Liste von
  {input, by, source, detailBelow?}; source ist Markdown und kann einen Link enthalten; detailBelow kennzeichnet
  die Eingabe, die das Verfahren in einem eigenen Abschnitt ausführt.
-->
<#-- Ein Link auf ein Dokument des Satzes als Wert (Markdown), oder die ID, wenn der Satz es nicht enthält. -->
<#function docLink id><#local target = sms.linkTarget(id)><#if docs[target]??><#return "["?no_esc + docs[target].title + "]("?no_esc + docs[target].file + ")"?no_esc></#if><#return id></#function>
<#assign reviewInputs = [
  {"input": "Status der Maßnahmen aus vorangegangenen Managementbewertungen", "by": sms.manager.title, "source": "Maßnahmenliste der Managementbewertung"},
  {"input": "Veränderungen bei externen und internen Themen, bei den Erfordernissen und Erwartungen interessierter Parteien sowie bei gesetzlichen, behördlichen und vertraglichen Anforderungen, die das SMS betreffen", "by": sms.manager.title, "source": "Kontext der Organisation, siehe " + docLink("sms-plan")},
  {"input": "Kundenzufriedenheit, Rückmeldungen und Servicebeschwerden", "by": brm.owner.title, "source": "Ergebnisse der Kundenumfragen und Beschwerden " + governance.inTool["business-relationship-management"]},
  {"input": "Leistung im Hinblick auf die Servicemanagementziele", "detailBelow": true, "by": "Zielverantwortliche", "source": "SMS-Leistungsberichte, siehe " + docLink("monitoring-and-reporting")},
  {"input": "Serviceleistung im Vergleich zu den Service-Level-Zielen, einschließlich der Verfügbarkeit jedes Service", "by": reporting.owner.title, "source": "Serviceberichte " + governance.inTool["service-reporting"]},
  {"input": "Ergebnisse interner und externer Audits sowie Fortschritt des Auditprogramms", "by": sms.manager.title, "source": "Auditberichte, siehe " + docLink("internal-audit")},
  {"input": "Nichtkonformitäten und Korrekturmaßnahmen: neue, offene, überfällige und abgeschlossene sowie Trends", "by": sms.manager.title, "source": "Register der Korrekturmaßnahmen"},
  {"input": "Ergebnisse der Überwachung und Messung des SMS und jedes Prozesses", "by": "Prozessverantwortliche", "source": "Leistungsberichte der Prozesse"},
  {"input": "Risiken und Chancen sowie die Wirksamkeit der zu ihrer Behandlung ergriffenen Maßnahmen", "by": sms.manager.title, "source": "Register der Risiken und Chancen, siehe " + docLink("sms-plan")},
  {"input": "Leistung der " + t.externalSuppliersInflected + ", der " + t.internalSuppliersInflected + " und der als Lieferant handelnden Kunden", "by": supplierManagement.owner.title, "source": "Lieferantenbewertungen und Vertragsunterlagen"},
  {"input": "Angemessenheit der Ressourcen: Personal, Kompetenzen, Werkzeuge, Einrichtungen und Budget", "by": sms.manager.title + " mit dem " + budgeting.owner.title, "source": "Personalplan, Schulungsnachweise, Budgetberichte " + governance.inTool["budgeting-and-accounting"]},
  {"input": "Verbesserungsmöglichkeiten für das SMS und die Services", "by": sms.manager.title, "source": "Verbesserungsregister, siehe " + docLink("continual-improvement")},
  {"input": "Arbeitsaufkommen und Kapazität der Servicemanagementprozesse sowie die Feststellungen der Prozessüberprüfungen", "by": "Prozessverantwortliche", "source": "Prozessüberprüfungen und Kapazitätsberichte"}
]>
