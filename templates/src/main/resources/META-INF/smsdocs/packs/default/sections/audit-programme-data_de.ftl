<#-- The internal audit programme over the three-year cycle: every area of the SMS, its risk rating and the
     years it is audited. Defines programme, yearCount and higherCount for the documents that include it. -->
<#-- Processes whose failure interrupts services or exposes information directly: audited every year. -->
<#assign coreIds = ["service-level-management", "change-management", "incident-management", "information-security-management", "service-continuity-management"]>
<#assign highCriticality = services?filter(s -> (s.criticality!"medium") == "high")>
<#assign openGaps = (implementation.gaps)![]>
<#assign openGaps = openGaps?filter(g -> g.status != "implemented")>
<#-- Gap status as printed in the programme. -->
<#assign gapStatus = {"missing": "nicht umgesetzt", "partial": "teilweise umgesetzt"}>
<#-- Gap analysis finding for a clause, or "" when the clause has none. -->
<#function gapFor clauses>
  <#list clauses as c>
    <#list openGaps as g>
      <#if g.clause == c || c?starts_with(g.clause + ".") || g.clause?starts_with(c + ".")>
        <#return g.status>
      </#if>
    </#list>
  </#list>
  <#return "">
</#function>
<#-- Rows of the programme: the management-system clauses, then every process in clause order. -->
<#if sms.edition == "2011">
<#assign areas = [
  {"name": "Verantwortung der Leitung, Governance von Prozessen, die von anderen Parteien betrieben werden", "clauseText": "4.1, 4.2", "clauses": ["4.1", "4.2"], "owner": sms.topManagement, "core": true, "reason": "steuert das gesamte SMS"},
  {"name": "Dokumentationsmanagement und Ressourcenmanagement", "clauseText": "4.3, 4.4", "clauses": ["4.3", "4.4"], "owner": sms.manager, "core": false, "reason": ""},
  {"name": "Anwendungsbereich, Planung und Betrieb des SMS", "clauseText": "4.5.1–4.5.3", "clauses": ["4.5.1", "4.5.2", "4.5.3"], "owner": sms.manager, "core": false, "reason": ""},
  {"name": "Design und Überführung neuer oder geänderter Services", "clauseText": "5", "clauses": ["5"], "owner": transition.owner, "core": false, "reason": ""}
]>
<#else>
<#assign areas = [
  {"name": "Kontext der Organisation, Führung und Planung", "clauseText": "4, 5, 6", "clauses": ["4", "5", "6"], "owner": sms.topManagement, "core": true, "reason": "steuert das gesamte SMS"},
  {"name": "Unterstützung des SMS: Ressourcen, Kompetenz, Bewusstsein, Kommunikation, dokumentierte Information, Wissen", "clauseText": "7", "clauses": ["7"], "owner": sms.manager, "core": false, "reason": ""},
  {"name": "Betriebliche Planung und Steuerung, Serviceerbringung, Planung der Services, Steuerung anderer Parteien", "clauseText": "8.1, 8.2.1–8.2.3", "clauses": ["8.1", "8.2.1", "8.2.2", "8.2.3"], "owner": sms.manager, "core": false, "reason": ""}
]>
</#if>
<#list processList as p>
  <#-- 2011 places service design and transition in clause 5, audited above. -->
  <#if sms.edition == "2011" && p.id == "service-design-and-transition"><#continue></#if>
  <#assign reason = "">
  <#if coreIds?seq_contains(p.id)>
    <#assign reason = "unmittelbare Auswirkung auf die Serviceerbringung oder die Informationssicherheit">
  <#elseif p.id == "service-availability-management" && highCriticality?has_content>
    <#assign reason = "unterstützt Services mit hoher Kritikalität">
  </#if>
  <#assign areas = areas + [{"name": p.name, "clauseText": p.clause, "clauses": [p.clause], "owner": p.owner, "core": reason?has_content, "reason": reason}]>
</#list>
<#if sms.edition == "2011">
<#assign areas = areas + [
  {"name": "Überwachung und Überprüfung des SMS: Messung, internes Audit, Managementbewertung; Aufrechterhaltung und Verbesserung des SMS", "clauseText": "4.5.4, 4.5.5", "clauses": ["4.5.4", "4.5.5"], "owner": sms.manager, "core": true, "reason": "Nachweis, dass das SMS sich selbst überprüft und korrigiert"}
]>
<#else>
<#assign areas = areas + [
  {"name": "Überwachung und Messung, internes Audit, Managementbewertung, Nichtkonformität und Korrekturmaßnahmen, fortlaufende Verbesserung", "clauseText": "9.1–9.3, 10", "clauses": ["9.1", "9.2", "9.3", "10"], "owner": sms.manager, "core": true, "reason": "Nachweis, dass das SMS sich selbst überprüft und korrigiert"}
]>
</#if>
<#-- Rate each row, and spread the standard rows over the three years of the cycle. -->
<#assign programme = []>
<#assign spread = 0>
<#assign yearCount = [0, 0, 0]>
<#list areas as a>
  <#assign gap = gapFor(a.clauses)>
  <#assign reason = a.reason>
  <#if gap?has_content>
    <#assign reason = (reason?has_content)?then(reason + "; ", "") + "Gap-Analyse: " + (gapStatus[gap]!gap)>
  </#if>
  <#if a.core || gap?has_content>
    <#assign years = [true, true, true]>
    <#assign rating = "Erhöht">
  <#else>
    <#assign slot = spread % 3>
    <#assign spread = spread + 1>
    <#assign years = [slot == 0, slot == 1, slot == 2]>
    <#assign rating = "Normal">
    <#assign reason = "kein besonderes Risiko festgestellt">
  </#if>
  <#assign yearCount = [yearCount[0] + years[0]?then(1, 0), yearCount[1] + years[1]?then(1, 0), yearCount[2] + years[2]?then(1, 0)]>
  <#assign programme = programme + [a + {"rating": rating, "reason": reason, "years": years}]>
</#list>
<#assign higherCount = programme?filter(r -> r.rating == "Erhöht")?size>
