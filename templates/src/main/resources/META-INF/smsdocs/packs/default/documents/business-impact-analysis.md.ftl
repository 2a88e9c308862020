<#--
id: business-impact-analysis
title: Business Impact Analysis
kind: register
code: REG-10
order: 678
clauses: ["8.7.2"]
editions:
  "2018": {}
  "2011": {clauses: ["6.3.1"]}
process: service-continuity-management
related: ["service-continuity-plan", "availability-plan", "service-catalogue", "risk-register", "decision-register"]
-->
<#-- The impact levels, the maximum tolerable outage and the words of the provider's voice are computed in the
     generator (BusinessImpact, with the rule per criticality in Criticality): businessImpact.scale, rules and,
     per service, levels, impacts, mto and rtoWithinMto. The recovery objectives are the service values the
     continuity plan prints (rto, rpo, recoveryBasis). -->
<@sms.section title="Purpose" clauses=["8.7.2"] clauses2011=["6.3.1"]/>

This analysis records, for each service in the scope of the service management system (SMS), what an outage
does to ${businessImpact.area} the longer it lasts, how long an outage can be tolerated, what the service
depends on, and the recovery objectives that follow. <@sms.link "service-continuity-plan"/> recovers each
service within these objectives, and <@sms.link "availability-plan"/> sets out how outages are prevented and
kept short.

<@sms.section title="Method" clauses=["8.7.2"] clauses2011=["6.3.1"]/>

The ${doc.owner.title} leads the analysis. Each service owner assesses the service with the
representatives of its customers<#if brm.owner.id != doc.owner.id>, whom the ${brm.owner.title} brings in</#if>,
and the ${doc.approver.title} approves the result. The criticality of each service
is the one recorded in <@sms.link "service-catalogue"/>; where the organisation has not set it, it follows the
rule stated in <@sms.link "decision-register"/>.

Outage durations are counted in hours of service: an outage that begins outside the service hours of a
service has no effect until they begin, and for a service that does not run round the clock one day of
outage means the service hours of an average day, one week those of a week. The impact is rated after
${sms.andList(businessImpact.checkpoints)} in three areas, on this scale:

| Level | What it means for ${businessImpact.area} |
|---|---|
<#list businessImpact.scale as level>
| ${level.level} | ${level.meaning} |
</#list>

- **Operations.** The criticality of the service sets the impact on ${businessImpact.area} over time, and
  its maximum tolerable outage: the longest outage after which the impact is not yet severe. The recovery
  time objective of each criticality lies well inside it.
- **Obligations.** The outage is compared with the unplanned downtime that the availability target of the
  service allows over its service hours: within the allowance of a month, the target of the month missed
  (a breach of its service level agreement), or more than the whole year allows.
- **Reputation.** The impact is that on operations when the outage is widely seen, because the service has
  ${businessImpact.widelySeenCustomers} or more customers<#if !provider.inHouse> or an external customer</#if>; otherwise it is one level lower.

| Criticality | <#list businessImpact.checkpoints as after>After ${after} | </#list>Maximum tolerable outage | Recovery time objective of the rule |
|---|<#list businessImpact.checkpoints as after>---|</#list>---|---|
<#list businessImpact.rules as rule>
| ${rule.criticalityWord} | <#list rule.levels as level>${level} | </#list>${rule.mto} | ${serviceLevels[rule.criticalityLevel].rto} |
</#list>

<@sms.section title="Impact over time" clauses=["8.7.2"] clauses2011=["6.3.1"]/>

<#if services?has_content>
The table shows the impact on ${businessImpact.area} of an outage of each service.

| Service | Criticality | Service hours | <#list businessImpact.checkpoints as after>After ${after} | </#list>Maximum tolerable outage |
|---|---|---|<#list businessImpact.checkpoints as after>---|</#list>---|
<#list businessImpact.services as b>
| ${b.service.name} | ${b.service.criticalityWord} | ${b.service.hours} | <#list b.levels as level>${level} | </#list>${b.mto} |
</#list>
<#else>
No services are recorded in the service catalogue yet. Each service is analysed here before it goes live.
</#if>

<@sms.section title="Impact by area" clauses=["8.7.2"] clauses2011=["6.3.1"]/>

<#if services?has_content>
| Service | After | Operations | Obligations | Reputation |
|---|---|---|---|---|
<#list businessImpact.services as b>
<#list b.impacts as impact>
| ${b.service.name} | ${impact.after} | ${impact.operations} | ${impact.obligations} | ${impact.reputation} |
</#list>
</#list>
<#else>
No services are recorded yet, so no impact has been assessed.
</#if>

<@sms.section title="Dependencies" clauses=["8.7.2"] clauses2011=["6.3.1"]/>

<#if services?has_content>
An outage of a service also follows from an outage of what it depends on: the other services it needs and
the suppliers that contribute to it. The services that need it suffer with it.

| Service | Customers | Depends on services | Needed by services | Suppliers and what they provide |
|---|---|---|---|---|
<#list services as s>
| ${s.name} | <@sms.names items=s.customers empty="internal users"/>${s.customersMark} | <#list s.dependsOn as d>${d.name}<#sep>; </#list><#if !s.dependsOn?has_content>none</#if> | <#list s.neededBy as d>${d.name}<#sep>; </#list><#if !s.neededBy?has_content>none</#if> | <#list s.suppliers as x>${x.name}<#if x.provides?has_content> (${x.provides})</#if><#sep>; </#list><#if !s.suppliers?has_content>none; internal resources only</#if> |
</#list>
<#else>
No services are recorded yet, so no dependencies are recorded.
</#if>

<@sms.section title="Recovery objectives" clauses=["8.7.2"] clauses2011=["6.3.1"]/>

<#if services?has_content>
The recovery objectives of each service follow from this analysis: the recovery time objective (RTO) lies
within the maximum tolerable outage, and the recovery point objective (RPO) limits the data that may be
lost. They are the objectives of the criticality rule unless the service has stricter ones of its own.
<@sms.link "service-continuity-plan"/> uses exactly these values.

| Service | Maximum tolerable outage | RTO | RPO | Objectives set by | RTO within the maximum tolerable outage |
|---|---|---|---|---|---|
<#list businessImpact.services as b>
| ${b.service.name} | ${b.mto} | ${b.service.rto} | ${b.service.rpo} | ${b.service.recoveryBasis} | <#if b.rtoWithinMto>Yes<#else>No: the RTO must be shortened</#if> |
</#list>
<#else>
No services are recorded yet, so no recovery objectives have been set.
</#if>

<@sms.section title="Review"/>

The ${doc.owner.title} reviews this analysis with the continuity plan, at least every
${sms.documentControl.reviewIntervalMonths} months, and again after any major change: a service added or
withdrawn; a change to the service hours, availability target, customers, suppliers or dependencies of a
service; or a lesson from a continuity test or a real disruption. A change of criticality or of recovery
objectives found here is recorded in the service catalogue and reaches the continuity plan, the availability
plan and the service level agreements in the same issue.
