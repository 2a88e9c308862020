<#--
id: supply-and-demand
title: Supply and Demand Procedure
kind: procedure
code: PRO-06
order: 630
clauses: ["8.4", "8.4.1", "8.4.2", "8.4.3"]
editions: ["2018"]
related: ["service-catalogue", "service-portfolio", "relationship-and-agreement", "design-build-transition", "service-assurance", "management-review"]
-->
<#-- The structure of the supply and demand procedure; its words are in supply-and-demand.text.ftl and its language variants. -->
<#import "/documents/supply-and-demand.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": sms.topManagement, "duties": text.topManagementDuties()?markup_string},
  {"role": budgeting.owner, "duties": text.budgetingDuties()?markup_string},
  {"role": demand.owner, "duties": text.demandDuties()?markup_string},
  {"role": capacity.owner, "duties": text.capacityDuties()?markup_string}
]/>

${text.serviceOwners()}

<@sms.section title=text.overviewTitle() clauses=["8.4"] key="overview"/>

${text.overviewTable()}

<#include "/sections/budgeting-and-accounting.ftl">
<#include "/sections/demand-management.ftl">
<#include "/sections/capacity-management.ftl">
<@sms.section title=text.inputsOutputsTitle() key="inputs-and-outputs"/>

${text.inputsOutputsTable()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="budgeting-and-accounting" rows=[
  {"record": text.budgetsRecord(), "owner": budgeting.owner, "retention": text.sevenYears()},
  {"record": text.costReportsRecord(), "owner": budgeting.owner, "retention": text.sevenYears()},
  {"record": text.forecastsRecord(), "owner": demand.owner, "heldIn": text.documentLibrary(), "retention": text.threeYears()},
  {"record": text.capacityPlansRecord(), "owner": capacity.owner, "heldIn": text.documentLibrary(), "retention": text.threeYearsAfterSuperseded()},
  {"record": text.capacityReportsRecord(), "owner": capacity.owner, "heldIn": sms.toolOf("capacity-management")?cap_first, "retention": text.capacityReportsRetention()}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["supply-and-demand"] as m>
| ${m.name} | ${m.target} |
</#list>
