<#--
id: capacity-plan
title: Capacity Plan
kind: plan
code: PLN-03
order: 607
editions:
  "2011": {clauses: ["6.5"]}
process: capacity-management
related: ["service-delivery-processes", "budgeting-and-accounting-policy", "service-continuity-plan", "service-catalogue"]
-->
<#-- The headroom of each service (service.headroom, in percent) follows from its criticality, and
     capacityPlan.gap is the open gap of clause 6.5: both decided in the generator (ServiceLevels, CapacityPlan). -->
<#-- The structure of the capacity plan; its words are in capacity-plan.text.ftl and its language variants. -->
<#import "/documents/capacity-plan.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses2011=["6.5"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": doc.owner, "duties": text.ownerDuties()?markup_string},
  {"role": capacity.owner, "duties": text.capacityOwnerDuties()?markup_string},
  {"role": demand.owner, "duties": text.demandOwnerDuties()?markup_string},
  {"role": doc.approver, "duties": text.approverDuties()?markup_string},
  {"role": sms.topManagement, "duties": text.topManagementDuties()?markup_string}
]/>

<@sms.section title=text.requirementsTitle() clauses2011=["6.5"] key="capacity-requirements-of-the-services"/>

${text.headroomRule()}

<#if services?has_content>
${text.requirementsHeader()}
<#list services as s>
| ${s.name} | ${s.criticalityWord} | ${s.hours} | <@sms.names items=s.suppliers empty=text.ownResourcesOnly()/> | ${text.headroom(s.headroom)} |
</#list>
<#else>
${text.noServices()}
</#if>

<@sms.section title=text.demandForecastTitle() clauses2011=["6.5"] key="current-and-forecast-demand"/>

${text.demandForecast()}

<@sms.section title=text.thresholdsTitle() clauses2011=["6.5"] key="thresholds"/>

${text.thresholds()}

<#include "/sections/capacity-thresholds.ftl">
<@sms.section title=text.changesTitle() clauses2011=["6.5"] key="effect-of-changes-and-new-technology"/>

${text.changes()}

<@sms.section title=text.analysisTitle() clauses2011=["6.5"] key="predictive-analysis"/>

${text.analysis()}

<@sms.section title=text.actionsTitle() clauses2011=["6.5"] key="planned-actions"/>

<#if capacityPlan.gap??>
${text.gapFound()}<#if capacityPlan.gap.note?has_content> (${capacityPlan.gap.note})</#if>. ${text.gapActionsIntro()}

${text.gapActions()}
<#else>
${text.noShortfall()}
</#if>

<@sms.section title=text.reviewTitle() key="plan-review"/>

${text.review()}
