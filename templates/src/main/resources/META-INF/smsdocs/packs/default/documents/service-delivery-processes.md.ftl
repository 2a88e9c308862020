<#--
id: service-delivery-processes
title: Service Delivery Processes Procedure
kind: procedure
code: PRO-16
order: 600
editions:
  "2011": {clauses: ["6", "6.1", "6.2", "6.3", "6.3.1", "6.3.3", "6.4", "6.5", "6.6", "6.6.2", "6.6.3"]}
related: ["service-catalogue", "service-continuity-plan", "budgeting-and-accounting-policy", "capacity-plan", "information-security-policy", "relationship-processes", "monitoring-and-reporting"]
-->
<#-- The structure of the service delivery processes procedure; its words are in service-delivery-processes.text.ftl
     and its language variants. -->
<#import "/documents/service-delivery-processes.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses2011=["6"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": slm.owner, "duties": text.slmOwnerDuties()?markup_string},
  {"role": catalogue.owner, "duties": text.catalogueOwnerDuties()?markup_string},
  {"role": reporting.owner, "duties": text.reportingOwnerDuties()?markup_string},
  {"role": availability.owner, "duties": text.availabilityOwnerDuties()?markup_string},
  {"role": continuity.owner, "duties": text.continuityOwnerDuties()?markup_string},
  {"role": budgeting.owner, "duties": text.budgetingOwnerDuties()?markup_string},
  {"role": capacity.owner, "duties": text.capacityOwnerDuties()?markup_string},
  {"role": demand.owner, "duties": text.demandOwnerDuties()?markup_string},
  {"role": security.owner, "duties": text.securityOwnerDuties()?markup_string}
]/>

<#include "/sections/service-level-management.ftl">
<#include "/sections/service-catalogue-management.ftl">
<#include "/sections/service-reporting.ftl">
<@sms.section title=text.continuityTitle() clauses2011=["6.3", "6.3.1", "6.3.3"] key="service-continuity-and-availability-management"/>

${text.continuityIntro()}

${text.continuitySteps(availability.owner.id == continuity.owner.id)}

<@sms.section title=text.budgetingTitle() clauses2011=["6.4"] key="budgeting-and-accounting-for-services"/>

${text.budgetingText()}

<#include "/sections/demand-management.ftl">
<#include "/sections/capacity-management.ftl">
<#include "/sections/information-security.ftl">
<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="service-level-management" rows=[
  {"record": text.slaRecords(), "owner": slm.owner, "heldIn": text.documentLibrary(), "retention": text.afterExpiry()},
  {"record": text.reportRecords(), "owner": reporting.owner, "heldIn": sms.toolOf("service-reporting")?cap_first, "retention": text.threeYears()},
  {"record": text.availabilityRecords(), "owner": availability.owner, "heldIn": sms.toolOf("service-availability-management")?cap_first, "retention": text.availabilityRetention()},
  {"record": text.continuityTestRecords(), "owner": continuity.owner, "heldIn": text.documentLibrary(), "retention": text.threeYears()},
  {"record": text.budgetRecords(), "owner": budgeting.owner, "heldIn": sms.toolOf("budgeting-and-accounting")?cap_first, "retention": text.sevenYears()},
  {"record": text.capacityRecords(), "owner": capacity.owner, "heldIn": sms.toolOf("capacity-management")?cap_first, "retention": text.threeYears()},
  {"record": text.securityRiskRecords(), "owner": security.owner, "heldIn": text.documentLibrary(), "retention": text.afterSuperseded()},
  {"record": text.securityIncidentRecords(), "owner": security.owner, "heldIn": sms.toolOf("incident-management")?cap_first, "retention": text.afterClosure()}
]/>

<@sms.section title=text.measuresTitle() clauses=["9.1"] key="measures"/>

${text.measuresHeader()}
<#list measures.of["service-delivery-processes"] as m>
| ${m.name} | ${m.target} |
</#list>
