<#-- The records the standard requires, with their clause, owner, where they are held and how long they are
     kept (2018 7.5.3; 2011 4.3.3). Defines records for the documents that include it. -->
<#assign dc = sms.documentControl>
<#assign library = "SMS document library">
<#function p id><#return processes[id]></#function>
<#assign records = [
  {"record": "Document approvals and revision histories", "clause": "7.5.2", "owner": dc.owner, "where": library, "retention": "Life of the document plus 3 years"},
  {"record": "Competence, training and awareness records", "clause": "7.2", "owner": manager, "where": "Personnel files and training log", "retention": "Duration of employment plus 2 years"},
  {"record": "${t.ConfigurationInformation} and configuration audit reports", "clause": "8.2.6", "owner": p("configuration-management").owner, "where": sms.toolOf("configuration-management"), "retention": "3 years after the configuration item is withdrawn; audit reports 3 years"},
  {"record": "Service complaints and their resolution", "clause": "8.3.2", "owner": p("business-relationship-management").owner, "where": sms.toolOf("business-relationship-management"), "retention": "3 years after closure"},
  {"record": "Disputes with ${t.externalSuppliers}", "clause": "8.3.4.1", "owner": p("supplier-management").owner, "where": library, "retention": "6 years after settlement or after the end of the contract, whichever is later"},
  {"record": "Requests for change, assessments and approvals", "clause": "8.5.1.2", "owner": p("change-management").owner, "where": sms.toolOf("change-management"), "retention": "3 years after closure"},
  {"record": "Incident records", "clause": "8.6.1", "owner": p("incident-management").owner, "where": sms.toolOf("incident-management"), "retention": "3 years after closure"},
  {"record": "Service request records", "clause": "8.6.2", "owner": p("service-request-management").owner, "where": sms.toolOf("service-request-management"), "retention": "3 years after closure"},
  {"record": "Problem and known error records", "clause": "8.6.3", "owner": p("problem-management").owner, "where": sms.toolOf("problem-management"), "retention": "3 years after closure"},
  {"record": "${t.ServiceAvailability} monitoring data", "clause": "8.7.1", "clause2011": "6.3.3", "owner": p("service-availability-management").owner, "where": sms.toolOf("service-availability-management"), "retention": "13 months"},
  {"record": "Monthly availability results and investigations", "clause": "8.7.1", "clause2011": "6.3.3", "owner": p("service-availability-management").owner, "where": sms.toolOf("service-reporting"), "retention": "3 years"},
  {"record": "Service continuity test reports", "clause": "8.7.2", "clause2011": "6.3.3", "owner": p("service-continuity-management").owner, "where": library, "retention": "3 years"},
  {"record": "Information security incident records", "clause": "8.7.3.3", "owner": p("information-security-management").owner, "where": sms.toolOf("incident-management"), "retention": "6 years after closure"},
  {"record": "Monitoring and measurement results, service reports", "clause": "9.1", "owner": p("service-reporting").owner, "where": sms.toolOf("service-reporting"), "retention": "3 years"},
  {"record": "Audit programme, audit plans and audit reports", "clause": "9.2", "owner": manager, "where": library, "retention": "6 years (two certification cycles)"},
  {"record": "Management review minutes and decisions", "clause": "9.3", "owner": top, "where": library, "retention": "6 years (two certification cycles)"},
  {"record": "Nonconformities and corrective actions", "clause": "10.1", "owner": manager, "where": library, "retention": "6 years after closure"},
  {"record": "Improvement opportunities and their evaluation", "clause": "10.2", "owner": manager, "where": library, "retention": "3 years after closure"}
]>
