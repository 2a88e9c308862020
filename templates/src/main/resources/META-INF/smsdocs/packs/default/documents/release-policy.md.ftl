<#--
id: release-policy
title: Release Policy
kind: policy
code: POL-05
order: 645
editions:
  "2011": {clauses: ["9.3"]}
process: release-and-deployment-management
related: ["control-processes", "change-management-policy", "design-build-transition", "service-catalogue"]
-->
<#-- The structure of the release policy; its words are in release-policy.text.ftl and its language variants. -->
<#import "/documents/release-policy.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses2011=["9.3"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.statementsTitle() clauses2011=["9.3"] key="policy-statements"/>

${text.statements()}

<@sms.section title=text.releaseTypesTitle() clauses2011=["9.3"] key="release-types-and-frequency"/>

<#include "/sections/release-types.ftl">
<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": doc.owner, "duties": text.ownerDuties()?markup_string},
  {"role": release.owner, "duties": text.releaseOwnerDuties()?markup_string},
  {"role": change.owner, "duties": text.changeOwnerDuties()?markup_string}
]/>

<@sms.section title=text.reviewTitle() key="policy-review"/>

${text.review()}
