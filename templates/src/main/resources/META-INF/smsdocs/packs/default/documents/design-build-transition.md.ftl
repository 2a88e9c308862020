<#--
id: design-build-transition
title: Design, Build and Transition Procedure
kind: procedure
code: PRO-07
order: 650
clauses: ["8.5", "8.5.1", "8.5.1.2", "8.5.1.3", "8.5.2", "8.5.2.1", "8.5.2.2", "8.5.2.3", "8.5.3"]
editions:
  "2018": {}
  "2011": {related: ["change-management-policy", "control-processes", "service-catalogue", "service-delivery-processes", "release-policy"], title: Design and Transition of New or Changed Services Procedure, clauses: ["5", "5.1", "5.2", "5.3", "5.4"]}
related: ["change-management-policy", "service-portfolio", "service-catalogue", "supply-and-demand", "resolution-and-fulfilment", "service-assurance"]
-->
<#-- The structure of the design, build and transition procedure; its words are in design-build-transition.text.ftl
     and its language variants. -->
<#import "/documents/design-build-transition.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

<#if sms.edition == "2011">
${text.purpose2011()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope2011()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": transition.owner, "duties": text.transitionOwnerDuties2011()?markup_string},
  {"role": change.owner, "duties": text.changeOwnerDuties2011()?markup_string},
  {"role": release.owner, "duties": text.releaseOwnerDuties2011()?markup_string},
  {"role": configuration.owner, "duties": text.configurationOwnerDuties2011()?markup_string},
  {"role": sms.topManagement, "duties": text.topManagementDuties2011()?markup_string}
]/>

<#else>
${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": change.owner, "duties": text.changeOwnerDuties()?markup_string},
  {"role": transition.owner, "duties": text.transitionOwnerDuties()?markup_string},
  {"role": release.owner, "duties": text.releaseOwnerDuties()?markup_string},
  {"role": configuration.owner, "duties": text.configurationOwnerDuties()?markup_string},
  {"role": sms.topManagement, "duties": text.topManagementDuties()?markup_string}
]/>

${text.changeOwners()}
</#if>

<@sms.section title=text.routingTitle() clauses=["8.5"] key="how-changes-are-routed"/>

${text.routing()}
<#if sms.edition == "2011">
${text.routes2011()}
<#else>
${text.routes()}
</#if>
${text.majorImpactRoute()}

<#if sms.edition == "2011">
<#include "/sections/service-design-and-transition.ftl">
<@sms.section title=text.inputsTitle() key="inputs-and-outputs"/>

${text.inputsOutputs2011()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="service-design-and-transition" rows=[
  {"record": text.transitionPlansRecord()?markup_string, "owner": transition.owner, "heldIn": text.documentLibrary()?markup_string, "retention": text.lifeOfServicePlus3Years()?markup_string},
  {"record": text.transitionReportsRecord()?markup_string, "owner": transition.owner, "heldIn": text.documentLibrary()?markup_string, "retention": text.lifeOfServicePlus3Years()?markup_string},
  {"record": text.removalRecord()?markup_string, "owner": transition.owner, "heldIn": text.documentLibrary()?markup_string, "retention": text.removalRetention()?markup_string}
]/>
<#else>
<#include "/sections/change-management.ftl">
<#include "/sections/service-design-and-transition.ftl">
<#include "/sections/release-and-deployment.ftl">
<@sms.section title=text.inputsTitle() key="inputs-and-outputs"/>

${text.inputsOutputs()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="change-management" rows=[
  {"record": text.rfcRecord()?markup_string, "owner": change.owner, "retention": text.rfcRetention()?markup_string},
  {"record": text.cabRecord()?markup_string, "owner": change.owner, "retention": text.threeYears()?markup_string},
  {"record": text.transitionPlansRecord()?markup_string, "owner": transition.owner, "heldIn": text.documentLibrary()?markup_string, "retention": text.lifeOfServicePlus3Years()?markup_string},
  {"record": text.transitionReportsRecord()?markup_string, "owner": transition.owner, "heldIn": text.documentLibrary()?markup_string, "retention": text.lifeOfServicePlus3Years()?markup_string},
  {"record": text.releaseRecord()?markup_string, "owner": release.owner, "heldIn": sms.toolOf("release-and-deployment-management")?cap_first, "retention": text.threeYears()?markup_string},
  {"record": text.baselineRecord()?markup_string, "owner": configuration.owner, "heldIn": sms.toolOf("configuration-management")?cap_first, "retention": text.baselineRetention()?markup_string}
]/>
</#if>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["design-build-transition"] as m>
| ${m.name} | ${m.target} |
</#list>
