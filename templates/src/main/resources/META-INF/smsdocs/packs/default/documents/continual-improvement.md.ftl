<#--
id: continual-improvement
title: Continual Improvement Procedure
kind: procedure
code: PRO-14
order: 810
clauses: ["10.2"]
editions:
  "2018": {}
  "2011": {title: Continual Improvement Policy and Procedure, clauses: ["4.5.5.1", "4.5.5.2"]}
related: ["improvement-register", "service-management-policy", "sms-plan", "internal-audit", "management-review", "nonconformity-and-corrective-action", "change-management-policy"]
-->
<#-- The structure of the continual improvement procedure; its words are in continual-improvement.text.ftl and its language variants. -->
<#import "/documents/continual-improvement.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.policyTitle() key="continual-improvement-policy" clauses=["10.2"]/>

${text.policy()}

${text.policySupport()}

<@sms.section title=text.rolesTitle() key="roles-and-responsibilities" clauses=["5.3"]/>

<#if procedures.managerIsTop>
<@sms.responsibilityTable rows=[
  {"role": doc.owner, "duties": text.ownerDuties()?markup_string},
  {"role": sms.topManagement, "duties": text.topManagerDuties()?markup_string}
]/>
<#else>
<@sms.responsibilityTable rows=[
  {"role": sms.topManagement, "duties": text.topDuties()?markup_string},
  {"role": doc.owner, "duties": text.ownerDuties()?markup_string},
  {"role": sms.manager, "duties": text.managerDuties()?markup_string}
]/>
</#if>

${text.processOwners()}

<@sms.section title=text.sourcesTitle() key="sources-of-improvement-opportunities" clauses=["10.2"]/>

${text.sourcesTable()}

<#if procedures.opportunities?has_content>
${text.opportunitiesFromRisks()}

</#if>
<#if sms.edition == "2011">
${text.preventiveAction()}

</#if>
<@sms.section title=text.criteriaTitle() key="evaluation-criteria" clauses=["10.2"]/>

${text.criteria()}

${text.priorityLevels()}

<#if sms.objectives?has_content>
${text.objectivesIntro()}

${text.objectivesHeader()}
<#list sms.objectives as o>
| ${o.objective} | ${o.target!"—"} |
</#list>

</#if>
<@sms.section title=text.approvalTitle() key="approval" clauses=["10.2"]/>

${text.approvalTable()}

${text.changeApproval()}

<@sms.section title=text.lifeCycleTitle() key="improvement-life-cycle" clauses=["10.2"]/>

${text.lifeCycle()}

<@sms.section title=text.registerTitle() key="the-improvement-register" clauses=["10.2", "7.5.3"]/>

${text.register()}

<@sms.section title=text.recordsTitle() key="records" clauses=["7.5.3", "10.2"]/>

${text.records()}

<@sms.section title=text.measuresTitle() key="measures" clauses=["9.1"]/>

${text.measuresHeader()}
<#list measures.of["continual-improvement"] as m>
| ${m.name} | ${m.target} |
</#list>
