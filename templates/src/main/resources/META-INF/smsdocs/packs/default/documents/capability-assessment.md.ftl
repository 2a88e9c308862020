<#--
id: capability-assessment
title: Process Capability Self-Assessment
kind: register
code: REG-03
order: 908
clauses: ["9.1"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.4.1"]}
related: ["implementation-plan", "monitoring-and-reporting", "management-review", "continual-improvement"]
-->
<#-- The structure of the capability self-assessment; its words are in capability-assessment.text.ftl and its language variants. -->
<#import "/documents/capability-assessment.text.ftl" as text>
<#assign capability = implementationPlan.capability>
<@sms.section title=text.purposeTitle() clauses=["9.1"] clauses2011=["4.5.4.1"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.methodTitle() key="method"/>

${text.method()}

<@sms.section title=text.profileTitle() clauses=["9.1"] clauses2011=["4.5.4.1"] key="capability-profile"/>

<#if capability.processes?has_content>
${text.profileHeader()}
<#list capability.processes as p>
| ${p.name} | ${p.declared} ${p.declaredTitle} | <#if p.rated??>${p.rated}<#else>${text.notRated()}</#if> | ${p.target} ${p.targetTitle} | ${p.gain} |
</#list>

<#if capability.chart??>
![${text.chartAlt()}](${capability.chart})

</#if>
<#else>
${text.notAssessed()}

</#if>
<#if capability.rated?has_content>
<@sms.section title=text.ratingsTitle() key="attribute-ratings"/>

| ${text.processColumn()} | <#list capability.attributes as a>${a}<#sep> | </#list> |
|---|<#list capability.attributes as a>---|</#list>
<#list capability.rated as p>
| ${p.name} | <#list capability.attributes as a>${p.ratings[a]!"–"}<#sep> | </#list> |
</#list>

</#if>
<#if capability.findings?has_content>
<@sms.section title=text.findingsTitle() key="findings"/>

<#list capability.findings as f>
- ${f}
</#list>

</#if>
<#if capability.actions?has_content>
<@sms.section title=text.actionsTitle() key="gap-actions"/>

${text.actionsIntro()}

${text.actionsHeader()}
<#list capability.actions as a>
| ${a.process} | ${a.level} ${a.levelTitle} | ${a.needs?join("; ")} | ${a.activity} |
</#list>

</#if>
<@sms.section title=text.reassessmentTitle() key="reassessment"/>

${text.reassessment()}
