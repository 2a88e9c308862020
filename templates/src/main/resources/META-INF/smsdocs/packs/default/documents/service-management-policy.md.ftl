<#--
id: service-management-policy
title: Service Management Policy
kind: policy
code: POL-01
order: 100
clauses: ["5", "5.1", "5.2", "5.2.1", "5.2.2", "5.3"]
editions:
  "2018": {}
  "2011": {clauses: ["4.1", "4.1.1", "4.1.2", "4.1.4"]}
related: ["sms-scope", "sms-plan", "competence-awareness-communication", "change-management-policy", "information-security-policy", "management-review", "continual-improvement"]
-->
<#-- The structure of the service management policy; its words are in service-management-policy.text.ftl and its
     language variants. -->
<#import "/documents/service-management-policy.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.leadershipTitle() clauses=["5", "5.1"] key="leadership-and-commitment"/>

${text.leadership()}

<@sms.section title=text.statementsTitle() clauses=["5.2", "5.2.1"] key="policy-statements"/>

${text.statements()}

<@sms.section title=text.objectivesTitle() clauses=["5.2.1"] key="framework-for-service-management-objectives"/>

${text.objectivesFramework()}

<#if sms.objectives?has_content>
${text.objectivesHeader()}
<#list sms.objectives as o>
| ${o.objective} | ${o.target} | ${o.owner.title} |
</#list>

<#else>
${text.noObjectives()}

</#if>
<@sms.section title=text.communicationTitle() clauses=["5.2.2"] key="communication-of-the-policy"/>

${text.communication()}
<#if suppliers?has_content>
${text.suppliersRow()}
</#if>
<#if customers?has_content>
${text.customersRow()}
</#if>
${text.otherPartiesRow()}

${text.furtherDetail()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles,-responsibilities-and-authorities"/>

${text.rolesIntro()}

<@sms.responsibilityTable rows=governance.roleDuties/>

### ${text.authoritiesTitle()}

${text.authorities()}
<#-- The approval chain, read from the documents' own control tables (governance.approvalChain). -->
<#list governance.approvalChain as a>
| ${text.approveDocuments(a.what)} | ${a.approver.title} | ${(a.escalation.title)!"—"} |
</#list>
${text.otherAuthorities()}

### ${text.representativeTitle()}

${text.representative()}

<@sms.section title=text.reviewTitle() clauses=["5.2.1"] key="review-of-the-policy"/>

${text.review()}

<@sms.section title=text.approvalTitle() key="approval"/>

<#if doc.draft>
${text.draft()}
<#else>
${text.approved()}
</#if>
