<#--
id: service-continuity-plan
title: Service Continuity Plan
kind: plan
code: PLN-02
order: 680
clauses: ["8.7.2"]
editions:
  "2018": {}
  "2011": {title: Service Continuity and Availability Plan, clauses: ["6.3", "6.3.1", "6.3.2", "6.3.3"]}
-->
<#assign continuity = processes["service-continuity-management"]>
<#assign availability = processes["service-availability-management"]>
<#assign security = processes["information-security-management"]>
<#assign incident = processes["incident-management"]>
<#assign supplierMgmt = processes["supplier-management"]>
<#assign relationship = processes["business-relationship-management"]>
<#assign change = processes["change-management"]>
<#assign top = sms.topManagement>
<#-- Deputy invocation authority: the continuity owner, or the SMS manager when top management owns continuity. -->
<#if continuity.owner.id != top.id>
<#-- Continuity objectives derived from criticality (the rule is stated in the document). -->
<#assign rule = {
  "high":   {"rto": "4 Stunden",  "rpo": "1 Stunde",   "invoked": 99.0, "test": "Vollständiger Wiederherstellungstest", "frequency": "Einmal jährlich, zusätzlich ein Walk-through alle sechs Monate"},
  "medium": {"rto": "24 Stunden", "rpo": "24 Stunden", "invoked": 98.0, "test": "Test der Wiederherstellung von Komponenten (Rücksicherung der Daten und der Hauptkomponente)", "frequency": "Einmal jährlich"},
  "low":    {"rto": "72 Stunden", "rpo": "24 Stunden", "invoked": 95.0, "test": "Walk-through der Wiederherstellungsschritte", "frequency": "Einmal jährlich"}
}>
<#-- German display names of the criticality values. -->
<#assign critName = {"high": "hoch", "medium": "mittel", "low": "niedrig"}>
<#assign rule = {
  "high":   {"rto": "4 hours",  "rpo": "1 hour",   "invoked": 99.0, "test": "Full recovery test", "frequency": "Once a year, plus a walk-through every six months"},
  "medium": {"rto": "24 hours", "rpo": "24 hours", "invoked": 98.0, "test": "Component recovery test (restore of data and of the main component)", "frequency": "Once a year"},
  "low":    {"rto": "72 hours", "rpo": "24 hours", "invoked": 95.0, "test": "Walk-through of the recovery steps", "frequency": "Once a year"}
}>
<#function crit s>
  <#local c = (s.criticality!"medium")?lower_case>
  <#if rule[c]??><#return c><#else><#return "medium"></#if>
</#function>
<#function invokedTarget s>
  <#local t = rule[crit(s)].invoked>
  <#if (s.availabilityTarget!100) lt t><#local t = s.availabilityTarget></#if>
  <#return t>
</#function>
<#-- First test quarter: from the quarter after the effective date, spread evenly over the following
     twelve months in the order of the testing table (high criticality first). -->
<#assign effective = doc.effectiveDate!"">
<#if effective?matches(r"\d{4}-\d{2}-\d{2}.*")>
  <#assign startYear = effective[0..3]?number>
  <#assign startQuarter = ((effective[5..6]?number - 1) / 3)?floor + 1>
  <#assign hasSchedule = true>
<#else>
  <#assign hasSchedule = false>
</#if>
<#function plannedQuarter index count>
  <#local q = startQuarter + 1 + (index * 4 / count)?floor>
  <#local y = startYear>
  <#if q gt 4><#local q = q - 4><#local y = y + 1></#if>
  <#return "Q" + q?c + " " + y?c>
</#function>
<#-- Continuity duties of a role, derived from the processes and services it owns. -->
