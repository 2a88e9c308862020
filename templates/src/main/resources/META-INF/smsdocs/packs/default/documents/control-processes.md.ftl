<#--
id: control-processes
title: Control Processes Procedure
kind: procedure
code: PRO-18
order: 655
editions:
  "2011": {clauses: ["9", "9.1", "9.2", "9.3"]}
related: ["change-management-policy", "release-policy", "design-build-transition", "service-catalogue", "resolution-and-fulfilment", "service-delivery-processes"]
-->
<#-- The structure of the control processes procedure; its words are in control-processes.text.ftl and its language variants. -->
<#import "/documents/control-processes.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses2011=["9"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": configuration.owner, "duties": text.configurationOwnerDuties()?markup_string},
  {"role": asset.owner, "duties": text.assetOwnerDuties()?markup_string},
  {"role": change.owner, "duties": text.changeOwnerDuties()?markup_string},
  {"role": release.owner, "duties": text.releaseOwnerDuties()?markup_string}
]/>

${text.changeOwners()}

<#include "/sections/configuration-management.ftl">
<#include "/sections/asset-management.ftl">
<#include "/sections/change-management.ftl">
<#include "/sections/release-and-deployment.ftl">
<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="configuration-management" rows=[
  {"record": text.cmdbRecord()?markup_string, "owner": configuration.owner, "retention": text.cmdbRetention()?markup_string},
  {"record": text.baselinesRecord()?markup_string, "owner": configuration.owner, "retention": text.threeYears()?markup_string},
  {"record": text.rfcRecord()?markup_string, "owner": change.owner, "heldIn": sms.toolOf("change-management")?cap_first, "retention": text.threeYearsAfterClosure()?markup_string},
  {"record": text.cabRecord()?markup_string, "owner": change.owner, "heldIn": sms.toolOf("change-management")?cap_first, "retention": text.threeYears()?markup_string},
  {"record": text.releaseRecord()?markup_string, "owner": release.owner, "heldIn": sms.toolOf("release-and-deployment-management")?cap_first, "retention": text.threeYears()?markup_string}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["control-processes"] as m>
| ${m.name} | ${m.target} |
</#list>
