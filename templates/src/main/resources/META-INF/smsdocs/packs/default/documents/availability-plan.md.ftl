<#--
id: availability-plan
title: Availability Plan
kind: plan
code: PLN-06
order: 675
clauses: ["8.7.1"]
editions:
  "2018": {}
  "2011": {clauses: ["6.3", "6.3.1", "6.3.2", "6.3.3"]}
process: service-availability-management
related: ["service-assurance", "business-impact-analysis", "service-continuity-plan", "capacity-plan", "monitoring-and-reporting", "service-catalogue", "risk-register", "measure-definitions", "improvement-register", "continual-improvement"]
-->
<#-- Per service, the plan prints the values every service document shares (hours, availabilityTarget with
     targetMark, allowedDowntime, invokedTarget, maintenance, alternate or alternateOpen, headroom, dependsOn,
     suppliers); the generator adds the downtime allowed in a year and the risks to availability by the plan's
     rule (AvailabilityPlan): availabilityPlan.services, generalRisks, risksMark. -->
<#-- The structure of the availability plan; its words are in availability-plan.text.ftl and its language variants. -->
<#import "/documents/availability-plan.text.ftl" as text>
<#-- The document that describes the availability management process in this edition. -->
<#assign processDoc = (sms.edition == "2011")?then("service-continuity-plan", "service-assurance")>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose(processDoc)}

<@sms.section title=text.responsibilitiesTitle() clauses=["5.3"] key="responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": doc.owner, "duties": text.ownerDuties()?markup_string},
  {"role": availability.owner, "duties": text.availabilityOwnerDuties()?markup_string},
  {"role": capacity.owner, "duties": text.capacityOwnerDuties()?markup_string},
  {"role": change.owner, "duties": text.changeOwnerDuties()?markup_string},
  {"role": continuity.owner, "duties": text.continuityOwnerDuties()?markup_string}
]/>

${text.serviceOwners()}

<@sms.section title=text.targetsTitle() clauses=["8.7.1"] clauses2011=["6.3.1"] key="availability-requirements-and-targets"/>

<#if services?has_content>
${text.targetsTable()}
<#list availabilityPlan.services as a>
| ${a.service.name} | ${a.service.hours} | ${sms.pct(a.service.availabilityTarget)}${a.service.targetMark} | ${a.service.allowedDowntime} | ${a.allowedDowntimeYear} | ${a.service.criticalityWord} | ${sms.pct(a.service.invokedTarget)} |
</#list>
<#else>
${text.noServices()}
</#if>

<@sms.section title=text.measuresTitle() clauses=["8.7.1"] clauses2011=["6.3.2"] key="measures-that-protect-availability"/>

${text.availabilityMeasures()}

<#if services?has_content>
${text.measuresHeader()}
<#list availabilityPlan.services as a>
<#assign s = a.service>
| ${s.name} | <#if s.alternateOpen>${text.noAlternate()}<#if s.open.recoveryAlternate??> ${t["decision.mark"]?replace("{0}", s.open.recoveryAlternate)}</#if><#else>${s.alternate}</#if> | ${s.maintenance} | ${text.headroom(s.headroom)} | <#list s.dependsOn as d>${d.name}<#sep>; </#list><#if s.dependsOn?has_content && s.suppliers?has_content>; </#if><#list s.suppliers as x>${x.name}<#sep>; </#list><#if !s.dependsOn?has_content && !s.suppliers?has_content>${text.internalOnly()}</#if> |
</#list>
<#if continuityPlan.alternatesOpen?has_content>

${text.alternatesOpen()}
</#if>
</#if>

<@sms.section title=text.risksTitle() clauses=["8.7.1"] clauses2011=["6.3.1"] key="risks-to-availability"/>

${text.risksIntro()}

<#assign serviceRisks = availabilityPlan.services?filter(a -> a.risks?has_content)>
<#if serviceRisks?has_content>
${text.serviceRisksHeader()}
<#list serviceRisks as a>
<#list a.risks as r>
| ${a.service.name} | ${r.ref} | ${r.description} | ${sms.word(r.likelihood)} | ${sms.word(r.impact)} | ${r.treatment} | ${r.owner.title} |
</#list>
</#list>
<#else>
${text.noServiceRisks()}
</#if>

<#if availabilityPlan.generalRisks?has_content>
${text.generalRisksHeader()}
<#list availabilityPlan.generalRisks as r>
| ${r.ref} | ${r.description} | ${sms.word(r.likelihood)} | ${sms.word(r.impact)} | ${r.treatment} | ${r.owner.title} |
</#list>
<#else>
${text.noGeneralRisks()}
</#if>

<@sms.section title=text.measurementTitle() clauses=["8.7.1"] clauses2011=["6.3.3"] key="measurement-and-reporting"/>

${text.measuringAvailability(processDoc)}

<@sms.section title=text.improvementsTitle() clauses=["8.7.1"] clauses2011=["6.3.2"] key="improvements"/>

${text.improvements()}

<@sms.section title=text.reviewTitle() key="review"/>

${text.review()}
