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
<#-- Its words are in business-impact-analysis.text.ftl and its language variants. -->
<#import "/documents/business-impact-analysis.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses=["8.7.2"] clauses2011=["6.3.1"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.methodTitle() clauses=["8.7.2"] clauses2011=["6.3.1"] key="method"/>

${text.method()}

${text.counting()}

${text.scaleHeader()}
<#list businessImpact.scale as level>
| ${level.level} | ${level.meaning} |
</#list>

${text.areas()}

| ${text.criticality()} | <#list businessImpact.checkpoints as after>${text.afterCheckpoint(after)} | </#list>${text.mto()} | ${text.ruleRto()} |
|---|<#list businessImpact.checkpoints as after>---|</#list>---|---|
<#list businessImpact.rules as rule>
| ${rule.criticalityWord} | <#list rule.levels as level>${level} | </#list>${rule.mto} | ${serviceLevels[rule.criticalityLevel].rto} |
</#list>

<@sms.section title=text.overTimeTitle() clauses=["8.7.2"] clauses2011=["6.3.1"] key="impact-over-time"/>

<#if services?has_content>
${text.overTimeIntro()}

| ${text.serviceColumn()} | ${text.criticality()} | ${text.serviceHours()} | <#list businessImpact.checkpoints as after>${text.afterCheckpoint(after)} | </#list>${text.mto()} |
|---|---|---|<#list businessImpact.checkpoints as after>---|</#list>---|
<#list businessImpact.services as b>
| ${b.service.name} | ${b.service.criticalityWord} | ${b.service.hours} | <#list b.levels as level>${level} | </#list>${b.mto} |
</#list>
<#else>
${text.noServicesInCatalogue()}
</#if>

<@sms.section title=text.byAreaTitle() clauses=["8.7.2"] clauses2011=["6.3.1"] key="impact-by-area"/>

<#if services?has_content>
${text.byAreaHeader()}
<#list businessImpact.services as b>
<#list b.impacts as impact>
| ${b.service.name} | ${impact.after} | ${impact.operations} | ${impact.obligations} | ${impact.reputation} |
</#list>
</#list>
<#else>
${text.noImpacts()}
</#if>

<@sms.section title=text.dependenciesTitle() clauses=["8.7.2"] clauses2011=["6.3.1"] key="dependencies"/>

<#if services?has_content>
${text.dependenciesIntro()}

${text.dependenciesHeader()}
<#list services as s>
| ${s.name} | <@sms.names items=s.customers empty=text.internalUsers()/>${s.customersMark} | <#list s.dependsOn as d>${d.name}<#sep>; </#list><#if !s.dependsOn?has_content>${text.none()}</#if> | <#list s.neededBy as d>${d.name}<#sep>; </#list><#if !s.neededBy?has_content>${text.none()}</#if> | <#list s.suppliers as x>${x.name}<#if x.provides?has_content> (${x.provides})</#if><#sep>; </#list><#if !s.suppliers?has_content>${text.internalResourcesOnly()}</#if> |
</#list>
<#else>
${text.noDependencies()}
</#if>

<@sms.section title=text.recoveryTitle() clauses=["8.7.2"] clauses2011=["6.3.1"] key="recovery-objectives"/>

<#if services?has_content>
${text.recoveryIntro()}

${text.recoveryHeader()}
<#list businessImpact.services as b>
| ${b.service.name} | ${b.mto} | ${b.service.rto} | ${b.service.rpo} | ${b.service.recoveryBasis} | ${b.rtoWithinMto?then(text.yes(), text.rtoTooLong())} |
</#list>
<#else>
${text.noRecoveryObjectives()}
</#if>

<@sms.section title=text.reviewTitle() key="review"/>

${text.review()}
