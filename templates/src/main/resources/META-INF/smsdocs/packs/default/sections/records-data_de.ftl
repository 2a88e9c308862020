<#-- The records the standard requires, with their clause, owner, where they are held and how long they are
     kept (2018 7.5.3; 2011 4.3.3). Defines records for the documents that include it. -->
<#assign dc = sms.documentControl>
<#assign library = "SMS-Dokumentenbibliothek">
<#function p id><#return processes[id]></#function>
<#assign records = [
  {"record": "Freigaben und Änderungshistorien der Dokumente", "clause": "7.5.2", "owner": dc.owner, "where": library, "retention": "Bis 3 Jahre nach Ende der Geltungsdauer des Dokuments"},
  {"record": "Nachweise zu Kompetenz, Schulung und Bewusstsein", "clause": "7.2", "owner": manager, "where": "Personalakten und Schulungsübersicht", "retention": "Bis 2 Jahre nach Ende des Beschäftigungsverhältnisses"},
  {"record": "${t.ConfigurationInformation} und Berichte über Konfigurationsaudits", "clause": "8.2.6", "owner": p("configuration-management").owner, "where": sms.toolOf("configuration-management"), "retention": "3 Jahre nach Außerbetriebnahme des Konfigurationselements; Auditberichte 3 Jahre"},
  {"record": "Servicebeschwerden und ihre Bearbeitung", "clause": "8.3.2", "owner": p("business-relationship-management").owner, "where": sms.toolOf("business-relationship-management"), "retention": "3 Jahre nach Abschluss"},
  {"record": "Streitfälle mit " + (sms.edition == "2011")?then("Lieferanten", "externen Lieferanten"), "clause": "8.3.4.1", "owner": p("supplier-management").owner, "where": library, "retention": "6 Jahre nach Beilegung oder nach Vertragsende, je nachdem, was später eintritt"},
  {"record": "Änderungsanträge (RFC), Bewertungen und Genehmigungen", "clause": "8.5.1.2", "owner": p("change-management").owner, "where": sms.toolOf("change-management"), "retention": "3 Jahre nach Abschluss"},
  {"record": "Incident-Aufzeichnungen", "clause": "8.6.1", "owner": p("incident-management").owner, "where": sms.toolOf("incident-management"), "retention": "3 Jahre nach Abschluss"},
  {"record": "Aufzeichnungen zu Service Requests", "clause": "8.6.2", "owner": p("service-request-management").owner, "where": sms.toolOf("service-request-management"), "retention": "3 Jahre nach Abschluss"},
  {"record": "Aufzeichnungen zu Problemen und bekannten Fehlern", "clause": "8.6.3", "owner": p("problem-management").owner, "where": sms.toolOf("problem-management"), "retention": "3 Jahre nach Abschluss"},
  {"record": "Überwachungsdaten zur ${t.serviceAvailability}", "clause": "8.7.1", "clause2011": "6.3.3", "owner": p("service-availability-management").owner, "where": sms.toolOf("service-availability-management"), "retention": "13 Monate"},
  {"record": "Monatliche Verfügbarkeitsergebnisse und Untersuchungen", "clause": "8.7.1", "clause2011": "6.3.3", "owner": p("service-availability-management").owner, "where": sms.toolOf("service-reporting"), "retention": "3 Jahre"},
  {"record": "Berichte über Tests der Servicekontinuität", "clause": "8.7.2", "clause2011": "6.3.3", "owner": p("service-continuity-management").owner, "where": library, "retention": "3 Jahre"},
  {"record": "Aufzeichnungen zu Informationssicherheitsvorfällen", "clause": "8.7.3.3", "owner": p("information-security-management").owner, "where": sms.toolOf("incident-management"), "retention": "6 Jahre nach Abschluss"},
  {"record": "Überwachungs- und Messergebnisse, Serviceberichte", "clause": "9.1", "owner": p("service-reporting").owner, "where": sms.toolOf("service-reporting"), "retention": "3 Jahre"},
  {"record": "Auditprogramm, Auditpläne und Auditberichte", "clause": "9.2", "owner": manager, "where": library, "retention": "6 Jahre (zwei Zertifizierungszyklen)"},
  {"record": "Protokolle und Entscheidungen der Managementbewertung", "clause": "9.3", "owner": top, "where": library, "retention": "6 Jahre (zwei Zertifizierungszyklen)"},
  {"record": "Nichtkonformitäten und Korrekturmaßnahmen", "clause": "10.1", "owner": manager, "where": library, "retention": "6 Jahre nach Abschluss"},
  {"record": "Verbesserungsmöglichkeiten und ihre Bewertung", "clause": "10.2", "owner": manager, "where": library, "retention": "3 Jahre nach Abschluss"}
]>
