<#--
id: monitoring-and-reporting
title: Monitoring, Measurement and Service Reporting Procedure
kind: procedure
code: PRO-10
order: 700
clauses: ["9", "9.1", "9.4"]
editions:
  "2018": {}
  "2011": {title: Monitoring and Measurement Procedure, clauses: ["4.5.4", "4.5.4.1"]}
related: ["sms-plan", "measure-definitions", "service-catalogue", "service-assurance", "internal-audit", "management-review", "nonconformity-and-corrective-action", "continual-improvement"]
-->
<#-- The main measure and the review frequency of each process and the data sources grouped by tool are
     worded in the generator (Measurement) from the message bundles: measurement.processes, measurement.dataSources. -->
<#-- The structure of the procedure; its words are in monitoring-and-reporting.text.ftl and its language variants. -->
<#import "/documents/monitoring-and-reporting.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

<#-- In the 2011 edition service reporting is a process of its own, described elsewhere (the note follows a space). -->
${text.purpose((sms.edition == "2011")?then(" " + text.reportingProcessNote(), ""))}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": reporting.owner, "duties": text.reportingOwnerDuties()?markup_string},
  {"role": doc.owner, "duties": text.ownerDuties()?markup_string},
  {"role": sms.manager, "duties": text.managerDuties()?markup_string},
  {"role": brm.owner, "duties": text.brmOwnerDuties()?markup_string},
  {"role": top, "duties": text.topManagementDuties()?markup_string}
]/>

${text.owners()}

<@sms.section title=text.frameworkTitle() clauses=["9"] key="performance-evaluation-framework"/>

${text.framework()}

<@sms.section title=text.monitoredTitle() clauses=["9.1"] key="what-is-monitored-and-measured"/>

${text.monitored()}

<@sms.section title=text.objectivesTitle() clauses=["9.1", "6.2"] level=3 key="sms-objectives"/>

<#if sms.objectives?has_content>
${text.objectivesHeader()}
<#list sms.objectives as o>
| ${o.ref} | ${o.objective} | ${o.measure} | ${o.target} | ${o.owner.title} |
</#list>

${text.objectivesMeasured()}
<#else>
${text.noObjectives()}
</#if>

<@sms.section title=text.servicesTitle() clauses=["9.1"] level=3 key="service-performance"/>

${text.serviceMeasures()}

<#if services?has_content>
${text.servicesHeader()}
<#list services as s>
| ${s.name} | ${s.hours!text.hoursNotDefined()} | ${sms.pct(s.availabilityTarget)} | <@sms.names items=s.customers empty=text.internalUsers()/> | ${s.owner.title} |
</#list>
<#else>
${text.noServices()}
</#if>

<@sms.section title=text.processesTitle() clauses=["9.1"] level=3 key="process-measures"/>

${text.processesHeader()}
<#list measurement.processes as m>
| ${m.process.name} | ${m.process.clause} | ${m.process.owner.title} | ${m.measure} | ${m.review} |
</#list>

<@sms.section title=text.methodsTitle() clauses=["9.1"] key="methods"/>

${text.methods()}

<@sms.section title=text.calendarTitle() clauses=["9.1"] key="monitoring-and-measurement-calendar"/>

${text.calendar()}

<@sms.section title=text.analysisTitle() clauses=["9.1"] key="analysis-and-evaluation"/>

${text.analysis()}

<#if sms.edition == "2011">
<@sms.section title=text.reportsTitle() clauses=["9.4"] key="service-reports"/>

${text.reports2011()}

<#else>
<#include "/sections/service-reporting.ftl">
</#if>
<@sms.section title=text.inputsOutputsTitle() key="inputs-and-outputs"/>

${text.inputsOutputs()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3", "9.1"] key="records"/>

<@sms.recordsTable processId="service-reporting" rows=[
  {"record": text.definitionVersionsRecord(), "owner": reporting.owner, "heldIn": text.documentLibrary(), "retention": text.threeYearsAfterSuperseded()},
  {"record": text.resultsRecord(), "owner": sms.manager, "retention": text.threeYears()},
  {"record": text.reportsRecord(), "owner": reporting.owner, "retention": text.threeYears()},
  {"record": text.performanceReviewRecord(), "owner": sms.manager, "heldIn": text.documentLibrary(), "retention": text.threeYears()},
  {"record": text.serviceReviewRecord(), "owner": brm.owner, "heldIn": sms.toolOf("business-relationship-management")?cap_first, "retention": text.threeYears()}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["monitoring-and-reporting"] as m>
| ${m.name} | ${m.target} |
</#list>
