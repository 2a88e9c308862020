<#--
id: resolution-and-fulfilment
title: Resolution and Fulfilment Procedure
kind: procedure
code: PRO-08
order: 660
clauses: ["8.6", "8.6.1", "8.6.2", "8.6.3"]
editions:
  "2018": {}
  "2011": {title: Resolution Processes Procedure, clauses: ["8", "8.1", "8.2"]}
related: ["service-catalogue", "design-build-transition", "service-assurance", "monitoring-and-reporting"]
-->
<#-- The structure of the resolution and fulfilment procedure; its words are in resolution-and-fulfilment.text.ftl and
     its language variants. -->
<#import "/documents/resolution-and-fulfilment.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() clauses=["8.6"] key="scope"/>

<#if services?has_content>
${text.scopeIntro()}

<#list services as s>
- ${text.scopeService(s)}
</#list>
<#else>
${text.noServices()}
</#if>

${text.coverage()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": incident.owner, "duties": text.incidentOwnerDuties()?markup_string},
  {"role": request.owner, "duties": text.requestOwnerDuties()?markup_string},
  {"role": problem.owner, "duties": text.problemOwnerDuties()?markup_string},
  {"role": sms.manager, "duties": text.managerDuties()?markup_string}
]/>

<@sms.section title=text.principlesTitle() key="principles"/>

${text.principles()}

<@sms.section title=text.priorityTitle() clauses=["8.6.1"] key="incident-priority-scheme"/>

${text.priorityScheme()}
<#list priorities as p>
| ${p.id} | ${p.name} | ${p.description} | ${p.response} | ${p.resolution} |
</#list>

<@sms.section title=text.incidentTitle() clauses=["8.6.1"] level=2 key="incident-management"/>

${text.incidentManagement()}

<@sms.sectorPoints "incident"/>
### ${text.majorTitle()}

${text.majorIncidents()}

<@sms.section title=text.requestTitle() clauses=["8.6.2"] level=2 key="service-request-management"/>

${text.requestManagement()}

<@sms.section title=text.problemTitle() clauses=["8.6.3"] level=2 key="problem-management"/>

${text.problemManagement()}

<@sms.section title=text.inputsTitle() key="inputs-and-outputs"/>

${text.inputsOutputs()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="incident-management" rows=[
  {"record": text.incidentRecords()?markup_string, "owner": incident.owner, "retention": text.threeYearsAfterClosure()?markup_string},
  {"record": text.requestRecords()?markup_string, "owner": request.owner, "heldIn": sms.toolOf("service-request-management")?cap_first, "retention": text.threeYearsAfterClosure()?markup_string},
  {"record": text.problemRecords()?markup_string, "owner": problem.owner, "heldIn": sms.toolOf("problem-management")?cap_first, "retention": text.threeYearsAfterClosure()?markup_string}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["resolution-and-fulfilment"] as m>
| ${m.name} | ${m.target} |
</#list>

${text.measuresReport()}
