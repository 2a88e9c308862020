<#--
id: management-review
title: Management Review Procedure
kind: procedure
code: PRO-12
order: 720
clauses: ["9.3"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.4.3"]}
related: ["service-management-policy", "sms-plan", "monitoring-and-reporting", "internal-audit", "nonconformity-and-corrective-action", "continual-improvement"]
-->
<#-- The structure of the management review procedure; its words are in management-review.text.ftl and its language
     variants. -->
<#include "/sections/management-review-inputs.ftl">
<#import "/documents/management-review.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<#if sms.manager.id == sms.topManagement.id>
<@sms.responsibilityTable rows=[
  {"role": sms.topManagement, "duties": text.combinedDuties()?markup_string}
]/>
<#else>
<@sms.responsibilityTable rows=[
  {"role": sms.topManagement, "duties": text.topManagementDuties()?markup_string},
  {"role": sms.manager, "duties": text.managerDuties()?markup_string}
]/>
</#if>

<#if governance.otherProcessOwners?has_content>
${text.processOwnersIntro()}

${text.processOwnersHeader()}
<#list governance.otherProcessOwners as o>
| ${o.title} | ${o.holder} | <#list o.ownedProcesses as p>${p.name}<#sep>, </#list> |
</#list>

</#if>
<#if governance.managerProcesses?has_content>
<#if governance.managerOwnsAll>
${text.managerPresentsAll()}
<#else>
${text.managerPresentsOwn()}
</#if>

</#if>
<#if governance.topProcesses?has_content>
${text.topPresents()}

</#if>
${text.othersAttend()}

<@sms.section title=text.frequencyTitle() clauses=["9.3"] key="frequency-and-planning"/>

<#-- The planned date of the stage 1 audit, where set, follows the initial certification after a space. -->
${text.frequency(certification.stage1?has_content?then(" " + text.stage1Planned(), ""))}

<@sms.section title=text.inputsTitle() clauses=["9.3"] key="review-inputs"/>

${text.inputsIntro()}

${text.inputsHeader()}
<#list reviewInputs as i>
| ${i?counter} | ${i.input}<#if i.detailBelow!false> ${text.seeBelow()}</#if> | ${i.by} | ${i.source} |
</#list>

### ${text.objectivesHeading()}

<#if sms.objectives?has_content>
${text.objectivesIntro()}

${text.objectivesHeader()}
<#list sms.objectives as o>
| ${o.objective} | ${o.measure!"—"} | ${o.target!"—"} | <#if o.owner??>${o.owner.title}<#else>${sms.manager.title}</#if> |
</#list>
<#else>
${text.noObjectives()}
</#if>

### ${text.servicesHeading()}

<#if services?has_content>
${text.servicesIntro()}

${text.servicesHeader()}
<#list services as s>
| ${s.name} | ${s.owner.title} | ${sms.pct(s.availabilityTarget)} | ${sms.word((s.criticality!"medium"))} |
</#list>
<#else>
${text.noServices()}
</#if>

### ${text.suppliersHeading()}

<#if suppliers?has_content>
${text.suppliersIntro()}

<#list suppliers as s>
- ${s.name} (${governance.supplierType[s.type].word}<#if s.provides?has_content>: ${s.provides}</#if>)
</#list>
<#else>
${text.noSuppliers()}
</#if>

### ${text.processesHeading()}

${text.processesIntro()}

${text.processesHeader()}
<#list governance.processRows as p>
| ${p.name} | ${p.owner.title} | ${p.review} | ${p.tool} |
</#list>

<@sms.section title=text.conductTitle() clauses=["9.3"] key="conducting-the-review"/>

${text.conduct()}

<@sms.section title=text.outputsTitle() clauses=["9.3"] key="review-outputs"/>

${text.outputs()}

<@sms.section title=text.minutesTitle() clauses=["9.3", "7.4"] key="minutes-and-follow-up"/>

${text.minutes()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3", "9.3"] key="records"/>

${text.records()}

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["management-review"] as m>
| ${m.name} | ${m.target} |
</#list>
