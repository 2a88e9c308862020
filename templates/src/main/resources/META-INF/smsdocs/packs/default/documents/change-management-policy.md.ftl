<#--
id: change-management-policy
title: Change Management Policy
kind: policy
code: POL-02
order: 640
clauses: ["8.5.1", "8.5.1.1"]
editions:
  "2018": {}
  "2011": {clauses: ["9.2"]}
process: change-management
related: ["design-build-transition", "service-portfolio", "service-catalogue", "resolution-and-fulfilment", "information-security-policy"]
-->
<#-- The structure of the change management policy; its words are in change-management-policy.text.ftl and its language variants. -->
<#import "/documents/change-management-policy.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() clauses=["8.5.1.1"] key="scope:-what-is-under-change-control"/>

${text.controlledIntro()}

<#if services?has_content>
${text.servicesItem()}
<#else>
${text.allServicesItem()}
</#if>
${text.controlledItems()}

${text.notChanges()}

${text.supplierChanges()}

<@sms.section title=text.statementsTitle() clauses=["8.5.1"] key="policy-statements"/>

${text.statements()}

<@sms.section title=text.typesTitle() clauses=["8.5.1.1"] key="change-types-and-approval"/>

${text.typesTable()}

${text.typesNotes()}

<@sms.section title=text.majorImpactTitle() clauses=["8.5.1.1"] key="changes-with-potential-major-impact"/>

${text.majorImpact()}

${text.majorImpactCriteria()}

${text.majorImpactDecision()}

<@sms.section title=text.authorityTitle() clauses=["8.5.1"] key="authority-of-the-change-manager-and-the-cab"/>

${text.authority()}

${text.cabMeets()}
<#if procedures.cabMembers?has_content>
${text.cabMembers(procedures.cabMembers)}
</#if>
${text.cabDecisions()}

<@sms.section title=text.windowsTitle() key="change-windows-and-freezes"/>

${text.windows()}

<@sms.section title=text.responsibilitiesTitle() clauses=["5.3"] key="responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": doc.approver, "duties": text.approverDuties()?markup_string},
  {"role": sms.topManagement, "duties": text.topManagementDuties()?markup_string},
  {"role": doc.owner, "duties": text.ownerDuties()?markup_string},
  {"role": change.owner, "duties": text.changeOwnerDuties()?markup_string},
  {"role": transition.owner, "duties": text.transitionOwnerDuties()?markup_string},
  {"role": release.owner, "duties": text.releaseOwnerDuties()?markup_string},
  {"role": configuration.owner, "duties": text.configurationOwnerDuties()?markup_string}
]/>

${text.serviceOwnersAndStaff()}

<@sms.section title=text.complianceTitle() key="compliance-and-review"/>

${text.compliance()}
