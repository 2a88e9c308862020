<#--
id: knowledge-management
title: Knowledge Management Procedure
kind: procedure
code: PRO-03
order: 220
clauses: ["7.6"]
editions: ["2018"]
related: ["resolution-and-fulfilment", "design-build-transition", "documented-information-control", "competence-awareness-communication", "continual-improvement"]
-->
<#-- The structure of the knowledge management procedure; its words are in knowledge-management.text.ftl and its language variants. -->
<#import "/documents/knowledge-management.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() clauses=["7.6"] key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<#-- duties as plain strings: the table merges the rows of one role as text -->
<@sms.responsibilityTable rows=[
  {"role": doc.owner, "duties": text.ownerDuties()?markup_string},
  {"role": manager, "duties": text.managerDuties()?markup_string},
  {"role": incident.owner, "duties": text.incidentDuties()?markup_string},
  {"role": problem.owner, "duties": text.problemDuties()?markup_string},
  {"role": change.owner, "duties": text.changeDuties()?markup_string},
  {"role": transition.owner, "duties": text.transitionDuties()?markup_string}
]/>

${text.staffDuties()}

<@sms.section title=text.knowledgeHeldTitle() clauses=["7.6"] key="knowledge-held"/>

${text.knowledgeHeld()}

${text.secrets()}

<@sms.section title=text.needsTitle() clauses=["7.6"] key="determining-knowledge-needs"/>

${text.needs()}

<#if services?has_content>
${text.serviceKnowledgeHeader()}
<#list services as s>
${text.serviceKnowledgeRow(s)}
</#list>
<#else>
${text.noServices()}
</#if>

<@sms.section title=text.lifecycleTitle() clauses=["7.6"] key="knowledge-lifecycle"/>

${text.lifecycle()}

<@sms.section title=text.lessonsTitle() clauses=["7.6"] key="lessons-learned"/>

${text.lessons()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="incident-management" rows=[
  {"record": text.articlesRecord(), "owner": incident.owner, "retention": text.articlesRetention()},
  {"record": text.knownErrorsRecord(), "owner": problem.owner, "heldIn": sms.toolOf("problem-management")?cap_first, "retention": text.knownErrorsRetention()},
  {"record": text.lessonsRecord(), "owner": manager, "heldIn": text.documentLibrary(), "retention": text.lessonsRetention()},
  {"record": text.handoverRecord(), "owner": {"title": text.lineManagers()}, "heldIn": text.personnelFiles(), "retention": text.handoverRetention()}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["knowledge-management"] as m>
| ${m.name} | ${m.target} |
</#list>

${text.measuresReporting()}
