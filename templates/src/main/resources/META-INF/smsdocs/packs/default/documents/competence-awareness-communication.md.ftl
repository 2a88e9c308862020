<#--
id: competence-awareness-communication
title: Resources, Competence, Awareness and Communication Procedure
kind: procedure
code: PRO-02
order: 210
clauses: ["7", "7.1", "7.2", "7.3", "7.4"]
editions:
  "2018": {}
  "2011": {title: "Resource Management and Communication Procedure", clauses: ["4.1.3", "4.4", "4.4.1", "4.4.2"]}
related: ["service-management-policy", "sms-plan", "knowledge-management", "relationship-and-agreement", "monitoring-and-reporting"]
-->
<#-- The structure of the resources, competence, awareness and communication procedure; its words are in
     competence-awareness-communication.text.ftl and its language variants. -->
<#import "/documents/competence-awareness-communication.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() clauses=["7"] key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": top, "duties": text.topDuties()?markup_string},
  {"role": doc.owner, "duties": text.ownerDuties()?markup_string},
  {"role": manager, "duties": text.managerDuties()?markup_string},
  {"role": budgeting.owner, "duties": text.budgetingOwnerDuties()?markup_string},
  {"role": brm.owner, "duties": text.brmOwnerDuties()?markup_string},
  {"role": supplierManagement.owner, "duties": text.supplierManagementOwnerDuties()?markup_string}
]/>

${text.lineManagerDuties()}

<@sms.section title=text.resourcesTitle() clauses=["7.1"] key="resources"/>

${text.resources()}

<@sms.section title=text.competenceTitle() clauses=["7.2"] key="competence"/>

### ${text.requirementsTitle()}

${text.requirements()}
<#list governance.competence as row>
| ${row.role.title} | ${row.role.holder} | ${row.required} |
</#list>

${text.levels()}

### ${text.developingTitle()}

${text.developing()}

<@sms.section title=text.awarenessTitle() clauses=["7.3"] key="awareness"/>

${text.awareness()}
<#if suppliers?has_content>
${text.supplierOnboardingRow()}
</#if>

${text.awarenessAudits()}

<@sms.section title=text.communicationTitle() clauses=["7.4"] key="communication"/>

${text.communication()}

### ${text.internalTitle()}

${text.internalTable()}

### ${text.externalTitle()}

${text.externalHeader()}
<#if customers?has_content>
${text.customerRows()}
</#if>
<#if suppliers?has_content>
${text.supplierRows()}
</#if>
${text.otherExternalRows()}

<#if customers?has_content>
### ${text.customerContactsTitle()}

${text.customerContacts()}
<#list customers as c>
| ${c.name} | ${c.contact!text.contactInSla()} | <#if c.services?has_content><#list c.services as s>${s.name}<#sep>, </#list><#else>${text.noServices()}</#if> |
</#list>

</#if>
<#if suppliers?has_content>
### ${text.supplierContactsTitle()}

${text.supplierContactsHeader()}
<#list suppliers as s>
| ${s.name} | ${governance.supplierType[s.type].label} | ${s.manager.title} |
</#list>

</#if>
${text.spokespeople()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable rows=[
  {"record": text.competenceRecord()?markup_string, "owner": manager, "heldIn": text.documentLibrary()?markup_string, "retention": text.competenceRetention()?markup_string},
  {"record": text.trainingRecord()?markup_string, "owner": {"title": text.lineManagers()?markup_string}, "heldIn": text.personnelFiles()?markup_string, "retention": text.employmentPlus2Years()?markup_string},
  {"record": text.awarenessRecord()?markup_string, "owner": manager, "heldIn": text.trainingLog()?markup_string, "retention": text.employmentPlus2Years()?markup_string},
  {"record": text.resourceDecisionsRecord()?markup_string, "owner": top, "heldIn": text.reviewMinutes()?markup_string, "retention": text.sixYears()?markup_string},
  {"record": text.serviceReportsRecord()?markup_string, "owner": reporting.owner, "heldIn": sms.toolOf("service-reporting")?cap_first, "retention": text.threeYears()?markup_string},
  {"record": text.customerReviewRecord()?markup_string, "owner": brm.owner, "heldIn": sms.toolOf("business-relationship-management")?cap_first, "retention": text.threeYears()?markup_string},
  {"record": text.supplierReviewRecord()?markup_string, "owner": supplierManagement.owner, "heldIn": text.documentLibrary()?markup_string, "retention": text.supplierReviewRetention()?markup_string}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["competence-awareness-communication"] as m>
| ${m.name} | ${m.target} |
</#list>

${text.measuresReport()}
