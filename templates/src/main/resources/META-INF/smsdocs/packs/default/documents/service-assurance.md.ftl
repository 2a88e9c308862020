<#--
id: service-assurance
title: Service Assurance Procedure
kind: procedure
code: PRO-09
order: 670
clauses: ["8.7", "8.7.1", "8.7.3", "8.7.3.2", "8.7.3.3"]
editions: ["2018"]
related: ["information-security-policy", "service-continuity-plan", "service-catalogue", "relationship-and-agreement", "resolution-and-fulfilment", "design-build-transition", "monitoring-and-reporting"]
-->
<#-- The structure of the service assurance procedure; its words are in service-assurance.text.ftl and its language variants. -->
<#import "/documents/service-assurance.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

<#if services?has_content>
${text.scopeServices()}

<#list services as s>
${text.serviceItem(s)}
</#list>
<#else>
${text.scopeNoServices()}
</#if>

${text.scopeCovers()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<#-- duties as plain strings: the table merges the rows of one role as text -->
<@sms.responsibilityTable rows=[
  {"role": availability.owner, "duties": text.availabilityDuties()?markup_string},
  {"role": security.owner, "duties": text.securityDuties(security.owner.title?lower_case?contains("security"))?markup_string},
  {"role": continuity.owner, "duties": text.continuityDuties()?markup_string},
  {"role": supplierManagement.owner, "duties": text.supplierDuties()?markup_string},
  {"role": sms.manager, "duties": text.managerDuties()?markup_string}
]/>

${text.serviceOwners()}

<@sms.section title=text.overviewTitle() clauses=["8.7"] key="service-assurance-overview"/>

${text.overview()}

<#include "/sections/service-availability.ftl">
<#include "/sections/information-security.ftl">
<@sms.section title=text.inputsOutputsTitle() key="inputs-and-outputs"/>

${text.inputsOutputs()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="service-availability-management" rows=[
  {"record": text.monitoringData(), "owner": availability.owner, "retention": text.months13()},
  {"record": text.monthlyResults(), "owner": availability.owner, "heldIn": sms.toolOf("service-reporting")?cap_first, "retention": text.years3()},
  {"record": text.availabilityPlanRecord(), "owner": availability.owner, "heldIn": text.documentLibrary(), "retention": text.years3AfterSuperseded()},
  {"record": text.securityRiskAssessments(), "owner": security.owner, "heldIn": sms.toolOf("information-security-management")?cap_first, "retention": text.years3AfterSuperseded()},
  {"record": text.controlRegister(), "owner": security.owner, "heldIn": sms.toolOf("information-security-management")?cap_first, "retention": text.years3()},
  {"record": text.securityIncidentRecords(), "owner": security.owner, "heldIn": sms.toolOf("incident-management")?cap_first, "retention": text.years6AfterClosure()},
  {"record": text.supplierSecurityReviews(), "owner": supplierManagement.owner, "heldIn": text.documentLibrary(), "retention": text.years6AfterContract()}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["service-assurance"] as m>
| ${m.name} | ${m.target} |
</#list>

${text.measuresReporting()}
