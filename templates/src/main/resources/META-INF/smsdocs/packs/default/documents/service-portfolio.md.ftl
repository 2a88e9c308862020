<#--
id: service-portfolio
title: Service Portfolio Procedure
kind: procedure
code: PRO-04
order: 600
clauses: ["8.2", "8.2.1", "8.2.2", "8.2.3", "8.2.4", "8.2.5", "8.2.6"]
editions: ["2018"]
related: ["service-catalogue", "relationship-and-agreement", "supply-and-demand", "change-management-policy", "design-build-transition", "sms-plan"]
-->
<#-- The structure of the service portfolio procedure; its words are in service-portfolio.text.ftl and its language variants. -->
<#import "/documents/service-portfolio.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": sms.topManagement, "duties": text.topManagementDuties()?markup_string},
  {"role": catalogue.owner, "duties": text.catalogueOwnerDuties()?markup_string},
  {"role": supplierManagement.owner, "duties": text.supplierOwnerDuties()?markup_string},
  {"role": asset.owner, "duties": text.assetOwnerDuties()?markup_string},
  {"role": configuration.owner, "duties": text.configurationOwnerDuties()?markup_string},
  {"role": sms.manager, "duties": text.managerDuties()?markup_string}
]/>

<#if services?has_content>
${text.serviceOwners()}

${text.serviceOwnersHeader()}
<#list services as s>
| ${s.name} | <@sms.roleWithPerson s.owner/> | ${sms.word((s.criticality!"medium"))} | <@sms.names items=s.customers empty=text.noCustomers()/> |
</#list>
<#else>
${text.noServices()}
</#if>

<@sms.section title=text.principlesTitle() clauses=["8.2"] key="principles"/>

${text.principles()}

<@sms.section title=text.deliveryTitle() clauses=["8.2.1"] key="service-delivery"/>

${text.delivery()}

<@sms.section title=text.planningTitle() clauses=["8.2.2"] key="planning-the-services"/>

${text.planning()}

<#include "/sections/control-of-other-parties.ftl">
<#include "/sections/service-catalogue-management.ftl">
<#include "/sections/asset-management.ftl">
<#include "/sections/configuration-management.ftl">
<@sms.section title=text.inputsOutputsTitle() key="inputs-and-outputs"/>

${text.inputsOutputs()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="configuration-management" rows=[
  {"record": text.requirementsRecords(), "owner": catalogue.owner, "heldIn": text.documentLibrary(), "retention": text.afterServiceRemoved()},
  {"record": text.catalogueRecords(), "owner": catalogue.owner, "heldIn": text.documentLibrary(), "retention": text.afterSuperseded()},
  {"record": text.supplierRecords(), "owner": supplierManagement.owner, "heldIn": text.documentLibrary(), "retention": text.afterContractEnd()},
  {"record": text.assetRecords(), "owner": asset.owner, "heldIn": sms.toolOf("asset-management")?cap_first, "retention": text.afterDisposal()},
  {"record": text.configurationRecords(), "owner": configuration.owner, "retention": text.afterCiWithdrawn()},
  {"record": text.baselineRecords(), "owner": configuration.owner, "retention": text.untilNextBaseline()},
  {"record": text.auditRecords(), "owner": configuration.owner, "retention": text.threeYears()}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["service-portfolio"] as m>
| ${m.name} | ${m.target} |
</#list>
