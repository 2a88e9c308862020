<#--
id: sms-plan
title: Service Management Plan
kind: plan
code: PLN-01
order: 120
clauses: ["4", "4.1", "4.2", "6", "6.1", "6.2", "6.2.1", "6.2.2", "6.3", "8", "8.1"]
editions:
  "2018": {}
  "2011": {clauses: ["4", "4.5", "4.5.2", "4.5.3"]}
related: ["service-management-policy", "sms-scope", "documented-information-control", "competence-awareness-communication", "monitoring-and-reporting", "internal-audit", "management-review", "continual-improvement"]
-->
<#-- The structure of the service management plan; its words are in sms-plan.text.ftl and its language variants. -->
<#import "/documents/sms-plan.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.contextTitle() clauses=["4", "4.1"] key="context-of-the-organisation"/>

${text.context()}

### ${text.externalIssuesTitle()}

${text.externalIssuesHeader()}
<#if customers?has_content>
${text.customerExpectations()}
<#else>
${text.noCustomerExpectations()}
</#if>
<#if externalSuppliers?has_content>
${text.supplierDependence()}
</#if>
${text.externalIssues()}

### ${text.internalIssuesTitle()}

${text.internalIssuesHeader()}
<#if governance.openGaps?has_content>
${text.maturityGaps()}
<#else>
${text.maturity()}
</#if>
<#if governance.keyOwner??>
${text.teamKeyOwner()}
<#elseif governance.multiProcessOwners?has_content>
${text.teamMultiOwners()}
<#else>
${text.team()}
</#if>
<#if governance.tools?has_content>
${text.toolingTools()}
<#else>
${text.toolingShared()}
</#if>
${text.internalIssues()}

<@sms.section title=text.partiesTitle() clauses=["4.2"] key="interested-parties-and-their-requirements"/>

${text.partiesIntro()}

${text.partiesHeader()}
<#list customers as c>
${text.customerParty(c)}
<#else>
${text.customersParty()}
</#list>
${text.standingParties()}
<#list externalSuppliers as s>
${text.externalSupplierParty(s)}
</#list>
<#list internalSuppliers as s>
${text.internalSupplierParty(s)}
</#list>
<#if certification.body?has_content>
${text.certificationBodyParty()}
<#else>
${text.anyCertificationBodyParty()}
</#if>
${text.authoritiesParty()}

<@sms.section title=text.risksTitle() clauses=["6", "6.1"] key="actions-to-address-risks-and-opportunities"/>

${text.risks()}

### ${text.methodTitle()}

${text.method()}

### ${text.criteriaTitle()}

<#include "/sections/risk-criteria.ftl">
### ${text.registerTitle()}

<#include "/sections/risk-register.ftl">
<#if sms.risks?has_content>
${text.registerBaseline()}
<#else>
${text.noRisks()}
</#if>

<@sms.section title=text.objectivesTitle() clauses=["6.2", "6.2.1"] key="service-management-objectives"/>

${text.objectives()}

<#if sms.objectives?has_content>
${text.objectivesHeader()}
<#list sms.objectives as o>
| ${o.ref} | ${o.objective} | ${o.measure} | ${o.target} | <@sms.roleWithPerson o.owner/> |
</#list>
<#else>
${text.noObjectives()}
</#if>

<@sms.section title=text.planningTitle() clauses=["6.2.2"] key="planning-to-achieve-the-objectives"/>

${text.planning()}

${text.planningTable()}

<#if sms.objectives?has_content>
${text.progressIntro()}

${text.progressHeader()}
<#list sms.objectives as o>
${text.progressRow(o)}
</#list>
</#if>

<@sms.section title=text.contentTitle() clauses=["6.3"] key="content-of-the-sms"/>

${text.content()}

### ${text.requirementsTitle()}

<#if services?has_content>
${text.requirementsHeader()}
<#list services as s>
| ${s.name} | ${s.owner.title} | ${s.hours} | ${sms.pct(s.availabilityTarget)} | ${sms.word((s.criticality!"medium"))} |
</#list>

${text.requirementsDetail()}
<#else>
${text.noServices()}
</#if>

### ${text.limitationsTitle()}

<#if governance.openGaps?has_content>
${text.limitationsIntro()}

${text.limitationsHeader()}
<#list governance.openGaps as g>
| ${g.clause} | ${g.title} | ${g.status} | ${g.note!"—"} |
</#list>
<#else>
${text.noLimitations()}
</#if>

### ${text.obligationsTitle()}

${text.obligations()}
<#if externalSuppliers?has_content>
${text.externalContracts()}
</#if>
<#if internalSuppliers?has_content>
${text.internalAgreementsItem()}
</#if>
${text.lawObligation()}

### ${text.authoritiesTitle()}

${text.authorities()}

### ${text.processesTitle()}

${text.processesHeader()}
<#list governance.processRows as p>
| ${p.name} | ${p.clause} | ${p.owner.title} | ${p.tool} | ${p.reviewLabel} | <#list p.documents as d><@sms.link d/><#sep>, <#else>—</#list> |
</#list>

${text.processInteraction()}

### ${text.resourcesTitle()}

${text.resourcesTable()}

### ${text.otherPartiesTitle()}

<#if suppliers?has_content>
${text.suppliersIntro()}

${text.suppliersHeader()}
<#list suppliers as s>
| ${s.name} | ${governance.supplierType[s.type].label} | ${s.provides!"—"} | ${s.manager.title} |
</#list>
<#else>
${text.noSuppliers()}
</#if>

### ${text.technologyTitle()}

<#if governance.tools?has_content>
${text.technologyHeader()}
<#list governance.technology as tool>
| ${tool.name} | ${tool.processes?join(", ")} |
</#list>
<#else>
${text.singleTool()}
</#if>

${text.toolAccess()}

### ${text.effectivenessTitle()}

${text.effectivenessTable()}

<@sms.section title=text.operationTitle() clauses=["8", "8.1"] key="operational-planning-and-control"/>

${text.operation()}

### ${text.calendarTitle()}

${text.calendar()}
<#if customers?has_content>
${text.calendarCustomerReviews()}
</#if>
<#if suppliers?has_content>
${text.calendarSupplierReviews()}
</#if>
${text.calendarRest()}

<@sms.section title=text.scheduleTitle() clauses=["6.3"] key="implementation-and-certification-schedule"/>

<#if governance.hasSchedule>
<#if implementation.start?has_content>
${text.scheduleFromStart()}
<#else>
${text.schedule()}
</#if>

${text.phasesTable()}

<#if governance.hasAuditDates>
${text.milestonesHeader()}
<#if implementation.start?has_content>
${text.milestoneStart()}
</#if>
<#if certification.stage1?has_content>
${text.milestoneStage1()}
</#if>
<#if certification.stage2?has_content>
${text.milestoneStage2()}
</#if>

${text.readiness()}
</#if>
<#else>
${text.inOperation()}
</#if>

<@sms.section title=text.changesTitle() clauses=["6.3", "7.5.2"] key="control-of-changes-to-the-plan"/>

${text.changes()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

${text.recordsTable()}
