<#--
id: documented-information-control
title: Control of Documented Information Procedure
kind: procedure
code: PRO-01
order: 200
clauses: ["7.5", "7.5.1", "7.5.2", "7.5.3", "7.5.4"]
editions:
  "2018": {}
  "2011": {title: Documentation Management Procedure, clauses: ["4.3", "4.3.1", "4.3.2", "4.3.3"]}
related: ["document-register", "sms-plan", "information-security-policy", "internal-audit"]
-->
<#-- The structure of the documented information control procedure; its words are in
     documented-information-control.text.ftl and its language variants. -->
<#include "/sections/records-data.ftl">
<#import "/documents/documented-information-control.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() clauses=["7.5", "7.5.1"] key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<#-- Who approves what is read from the documents' own control tables (governance.approvalChain). -->
<@sms.responsibilityTable rows=[
  {"role": doc.owner, "duties": text.ownerDuties()?markup_string},
  {"role": sms.documentControl.owner, "duties": text.libraryOwnerDuties()?markup_string}
] + governance.approvalChain?map(a -> {"role": a.approver, "duties": text.approverDuties(a.what)?markup_string}) + [
  {"role": manager, "duties": text.managerDuties()?markup_string}
]/>

${text.processOwners()}

<@sms.section title=text.identificationTitle() clauses=["7.5.2"] key="identification-and-format"/>

${text.identification()}

${text.numbering()}

${text.kindsHeader()}
<#list governance.documentKinds as k>
| ${k.label} | ${k.prefix} | ${k.example} | ${k.approvers} |
</#list>

${text.numberingRules()}

${text.versionsAndFormat()}

<@sms.section title=text.creatingTitle() clauses=["7.5.2"] key="creating-and-updating-documents"/>

${text.creating()}

<@sms.section title=text.controlTitle() clauses=["7.5.3"] key="control-of-documented-information"/>

${text.distributionAndStorage()}

${text.changesAndRetention()}

${text.retentionHeader()}
<#list records as r>
| ${r.record} | ${sms.clauseRef(r.clause, r.clause2011!"")} | ${r.owner.title} | ${r.where?cap_first} | ${r.retention} |
</#list>

${text.personalData()}

${text.externalIntro()}

${text.externalHeader()}
<#if externalSuppliers?has_content>
${text.supplierContractsRow()}
</#if>
${text.externalRowsEnd()}

${text.obsolete()}

<@sms.section title=text.registerTitle() clauses=["7.5.4"] key="documented-information-of-the-sms"/>

${text.register()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable rows=[
  {"record": text.revisionRecord()?markup_string, "owner": {"title": text.documentOwner()?markup_string}, "heldIn": text.documentItself()?markup_string, "retention": text.lifePlusThreeYears()?markup_string},
  {"record": text.supersededRecord()?markup_string, "owner": sms.documentControl.owner, "heldIn": text.archive()?markup_string, "retention": text.threeYearsAfterSuperseded()?markup_string},
  {"record": text.externalCheckRecord()?markup_string, "owner": sms.documentControl.owner, "heldIn": t.documentLibraryName, "retention": text.threeYears()?markup_string},
  {"record": text.disposalRecord()?markup_string, "owner": sms.documentControl.owner, "heldIn": t.documentLibraryName, "retention": text.sixYears()?markup_string}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["documented-information-control"] as m>
| ${m.name} | ${m.target} |
</#list>

${text.measuresReport()}
