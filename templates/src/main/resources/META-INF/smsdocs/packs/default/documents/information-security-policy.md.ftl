<#--
id: information-security-policy
title: Information Security Policy
kind: policy
code: POL-03
order: 690
clauses: ["8.7.3.1"]
editions:
  "2018": {}
  "2011": {clauses: ["6.6.1"]}
process: information-security-management
related: ["service-management-policy", "service-assurance", "service-continuity-plan", "relationship-and-agreement", "internal-audit", "management-review"]
-->
<#-- The structure of the information security policy; its words are in information-security-policy.text.ftl and its language variants. -->
<#import "/documents/information-security-policy.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.commitmentTitle() clauses=["8.7.3.1", "5.1"] key="policy-statement-and-management-commitment"/>

${text.commitment()}

<@sms.section title=text.scopeTitle() clauses=["8.7.3.1"] key="scope"/>

${text.scopeIntro()}

<#if sms.scope?has_content>
> ${sms.scope?replace("\n", " ")}
<#else>
> ${text.defaultScope()}
</#if>

${text.scope()}

<#if services?has_content>
${text.servicesCovered()}
<#else>
${text.noServices()}
</#if>

<@sms.section title=text.objectivesTitle() clauses=["8.7.3.1", "6.2"] key="information-security-objectives"/>

${text.objectivesIntro()}

<#-- The measure, target and owner of each objective are those of the measure definitions. -->
<#macro measure id><#local m = measures.byId[id]>${m.name} | ${m.target?cap_first} | ${m.owner.title}</#macro>
${text.objectivesHeader()}
| ${text.breachesObjective()} | <@measure "security-breaches"/> |
| ${text.patchingObjective()} | <@measure "patching"/> |
| ${text.accessObjective()} | <@measure "access-control"/> |
| ${text.awarenessObjective()} | <@measure "awareness-training"/> |
| ${text.lessonsObjective()} | <@measure "security-lessons"/> |

<@sms.section title=text.principlesTitle() clauses=["8.7.3.1"] key="principles"/>

${text.principles()}

<@sms.section title=text.rolesTitle() clauses=["8.7.3.1", "5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": doc.approver, "duties": text.approverDuties()?markup_string},
  {"role": top, "duties": text.topDuties()?markup_string},
  {"role": doc.owner, "duties": text.ownerDuties()?markup_string},
  {"role": security.owner, "duties": text.securityOwnerDuties(governance.securityTitled)?markup_string},
  {"role": sms.manager, "duties": text.managerDuties()?markup_string},
  {"role": supplierManagement.owner, "duties": text.supplierManagerDuties()?markup_string},
  {"role": change.owner, "duties": text.changeOwnerDuties()?markup_string},
  {"role": asset.owner, "duties": text.assetOwnerDuties()?markup_string}
]/>

${text.everyone()}

<@sms.section title=text.riskTitle() clauses=["8.7.3.1", "6.1"] key="risk-based-approach"/>

${text.risk()}

<@sms.section title=text.acceptableUseTitle() key="acceptable-use"/>

${text.acceptableUse()}

<@sms.section title=text.accessControlTitle() key="access-control"/>

${text.accessControl()}

<@sms.section title=text.suppliersTitle() clauses=["8.7.3.1", "8.3.4"] key="supplier-security"/>

${text.supplierSecurity()}

<#if suppliers?has_content>
${text.suppliersCovered()}
<#else>
${text.noSuppliers()}
</#if>

<@sms.section title=text.incidentsTitle() clauses=["8.7.3.1", "8.7.3.3"] key="incident-reporting"/>

${text.incidents()}

<@sms.section title=text.legalTitle() clauses=["8.7.3.1"] key="legal,-regulatory-and-contractual-requirements"/>

${text.legal()}

<@sms.section title=text.awarenessTitle() clauses=["7.3", "7.4"] key="awareness-and-communication"/>

${text.awareness()}

<@sms.section title=text.complianceTitle() key="compliance-and-sanctions"/>

${text.compliance()}

<@sms.section title=text.reviewTitle() clauses=["8.7.3.1"] key="review-of-this-policy"/>

${text.review()}

<@sms.section title=text.approvalTitle() clauses=["8.7.3.1"] key="approval"/>

${text.approval()}

${text.approvalHeader()}
| <@sms.roleWithPerson doc.approver/> | ${text.onBehalfOf(doc.approver.id == top.id)} | ${doc.effectiveDate} |
