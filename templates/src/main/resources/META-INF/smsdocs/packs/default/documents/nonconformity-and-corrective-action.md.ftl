<#--
id: nonconformity-and-corrective-action
title: Nonconformity and Corrective Action Procedure
kind: procedure
code: PRO-13
order: 800
clauses: ["10", "10.1"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.5", "4.5.5.1"]}
related: ["internal-audit", "management-review", "continual-improvement", "resolution-and-fulfilment", "relationship-and-agreement", "sms-plan"]
-->
<#-- The structure of the nonconformity and corrective action procedure; its words are in nonconformity-and-corrective-action.text.ftl and its language variants. -->
<#import "/documents/nonconformity-and-corrective-action.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.principlesTitle() key="improvement-principles" clauses=["10"]/>

${text.principles()}

<@sms.section title=text.definitionsTitle() key="definitions"/>

${text.definitions()}
<#if sms.edition == "2011">
${text.preventiveActionDefinition()}
</#if>

<@sms.section title=text.comparisonTitle() key="nonconformities,-incidents-and-problems"/>

${text.comparison()}

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

<@sms.section title=text.sourcesTitle() key="sources-of-nonconformities" clauses=["10.1"]/>

${text.sources()}

<@sms.section title=text.gradingTitle() key="grading-and-timescales" clauses=["10.1"]/>

${text.grading()}

<@sms.section title=text.activitiesTitle() key="activities" clauses=["10.1"]/>

${text.activitySteps()}

<#if sms.edition == "2011">
<@sms.section title=text.preventiveActionTitle() key="preventive-action" clauses=["10.1"] clauses2011=["4.5.5.1"]/>

${text.preventiveAction()}

</#if>
<@sms.section title=text.inputsOutputsTitle() key="inputs-and-outputs"/>

${text.inputsOutputs()}

<@sms.section title=text.recordsTitle() key="records" clauses=["7.5.3", "10.1"]/>

${text.records()}

<@sms.section title=text.measuresTitle() key="measures" clauses=["9.1"]/>

${text.measuresHeader()}
<#list measures.of["nonconformity-and-corrective-action"] as m>
| ${m.name} | ${m.target} |
</#list>
