<#--
id: implementation-plan
title: SMS Implementation Plan
kind: plan
code: PLN-04
order: 125
workbook: true
clauses: ["6.2.2", "6.3"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.2"]}
related: ["sms-plan", "certification-roadmap", "capability-assessment", "traceability-matrix", "internal-audit", "management-review"]
-->
<#-- The structure of the SMS implementation plan; its words are in implementation-plan.text.ftl and its language variants. -->
<#import "/documents/implementation-plan.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses=["6.3"] clauses2011=["4.5.2"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.basisTitle() key="basis-of-the-plan"/>

<#if implementation.gaps?has_content>
${text.gapsIntro()}
<#list implementation.gaps as g>
| ${g.clause} | ${clauseTitle[g.clause]!""} | ${sms.word(g.status)} | ${g.note!"–"} |
</#list>
<#else>
${text.noGaps()}
</#if>

${text.effectOnPlan()}

${text.effortNeeded()}
<#if implementationPlan.dated>
${text.runsFrom()}
<#else>
${text.noStartDate()}
</#if>

<@sms.section title=text.schedulingTitle() key="how-the-plan-is-scheduled"/>

${text.scheduling()}

<#include "/sections/implementation-stages.ftl">
<@sms.section title=text.workloadTitle() key="workload-of-the-owners"/>

${text.workloadIntro()}
<#if implementationPlan.capacityExtends>
${text.withoutCapacityLimits()}
</#if>

${text.workloadHeader()}
<#list implementationPlan.owners as o>
| ${o.title} | ${sms.pct(o.capacity)}<#if !o.capacityGiven> ${text.assumed()}</#if> | ${o.activities} | ${o.effortDays} | ${o.busyDays} | ${sms.pct(o.peakLoad)} | ${o.lastEnd} |
</#list>

<#if implementationPlan.owners?filter(o -> !o.capacityGiven)?has_content>
${text.assumedCapacity()}

</#if>
<#if implementationPlan.gantt??>
<@sms.section title=text.ganttTitle() key="schedule"/>

![${text.ganttAlt()}](${implementationPlan.gantt})

${text.ganttLegend()}

</#if>
<@sms.section title=text.milestonesTitle() clauses=["9.2", "9.3"] key="milestones"/>

${text.milestonesHeader()}
<#list implementationPlan.milestones as m>
| ${m.title} | ${m.date} | ${m.basis} |
</#list>

<#if implementationPlan.warnings?has_content>
${text.warningsIntro()}

<#list implementationPlan.warnings as w>
- ${w}
</#list>

</#if>
<#if implementationPlan.dropped?has_content>
<@sms.section title=text.droppedTitle() key="activities-not-needed"/>

${text.droppedIntro()}
<#list implementationPlan.dropped as a>
| ${a.id} | ${a.title} | ${a.reason?cap_first} |
</#list>

</#if>
<#if implementationPlan.capability.actions?has_content>
<@sms.section title=text.capabilityTitle() key="capability-improvement"/>

${text.capability()}

</#if>
<@sms.section title=text.managingTitle() clauses=["6.3"] clauses2011=["4.5.2"] key="managing-the-plan"/>

${text.managing()}

<@sms.section title=text.activityListTitle() key="activity-list"/>

${text.activityListIntro()}
<#list implementationPlan.activities as a>
| ${a.id} | ${a.phase} | ${a.title} | <#if a.clauses?has_content>${a.clauses?join(", ")}<#else>–</#if> | ${a.ownerTitle} | ${a.start} | ${a.end} | <#if a.dependsOn?has_content>${a.dependsOn?join(", ")}<#else>–</#if> | ${a.status} |
</#list>
