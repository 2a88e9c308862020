<#--
id: service-continuity-plan
title: Service Continuity Plan
kind: plan
code: PLN-02
order: 680
clauses: ["8.7.2"]
editions:
  "2018": {}
  "2011": {title: Service Continuity and Availability Plan, clauses: ["6.3", "6.3.1", "6.3.2", "6.3.3"]}
process: service-continuity-management
related: ["service-assurance", "information-security-policy", "service-catalogue", "change-management-policy", "resolution-and-fulfilment", "relationship-and-agreement"]
-->
<#-- The recovery objectives, the recovery order, the invocation deputy, the continuity duties of each role and
     the order of the tests are decided in the generator (ServiceLevels, ServiceRecovery, ContinuityPlan): each
     service carries its rto, rpo (its own or the rule's: rtoSource, rpoSource, recoveryBasis), invokedTarget,
     recoveryTest, testFrequency, reducedFunctions, recoveryPosition, dependsOn, neededBy, recoverySteps,
     alternate and alternateOpen; serviceLevels.rules is the rule by criticality. -->
<#-- The structure of the service continuity plan; its words are in service-continuity-plan.text.ftl and its language
     variants. -->
<#import "/documents/service-continuity-plan.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() clauses=["8.7.2"] key="scope"/>

<#if services?has_content>
${text.scopeServices()}

<#list services as s>
${text.scopeItem(s)}
</#list>
<#else>
${text.noServicesInScope()}
</#if>

${text.disruptions()}

<@sms.section title=text.objectivesTitle() key="objectives"/>

${text.objectives()}

<@sms.section title=text.rolesTitle() clauses=["5.3"] key="roles-and-responsibilities"/>

<@sms.responsibilityTable rows=[
  {"role": top, "duties": text.topDuties()?markup_string},
  {"role": continuity.owner, "duties": text.continuityOwnerDuties()?markup_string},
  {"role": sms.manager, "duties": text.managerDuties()?markup_string},
  {"role": availability.owner, "duties": text.availabilityOwnerDuties()?markup_string},
  {"role": supplierManagement.owner, "duties": text.supplierOwnerDuties()?markup_string},
  {"role": security.owner, "duties": text.securityOwnerDuties()?markup_string}
]/>

${text.serviceOwners()}

<@sms.section title=text.requirementsTitle() clauses=["8.7.2"] clauses2011=["6.3.1"] key="continuity-requirements"/>

${text.requirementsIntro()}

${text.rulesHeader()}
<#list serviceLevels.rules as rule>
| ${rule.criticalityWord} | ${rule.rto} | ${rule.rpo} | ${sms.pct(rule.invokedTarget)} | ${rule.recoveryTest} |
</#list>

${text.objectivesExplained()}

<#if services?has_content>
${text.servicesHeader()}
<#list services as s>
| ${s.name} | ${s.criticalityWord} | <@sms.names items=s.customers empty=text.internalUsers()/> | ${s.rto} | ${s.rpo} | ${s.owner.title} | ${s.recoveryBasis} |
</#list>
<#else>
${text.noObjectives()}
</#if>

${text.impactAnalysis()}

<@sms.section title=text.invocationTitle() clauses=["8.7.2"] key="invocation"/>

${text.invocationIntro()}

<@sms.section title=text.criteriaTitle() level=3 key="invocation-criteria"/>

${text.criteriaList()}

<@sms.section title=text.authorityTitle() level=3 key="invocation-authority"/>

${text.authority()}<#if continuityPlan.deputy.id != top.id>. ${text.deputyInvokes()}</#if>. ${text.requestInvocation()}

<@sms.section title=text.stepsTitle() level=3 key="invocation-steps"/>

${text.invocationSteps()}

<@sms.section title=text.orderTitle() clauses=["8.7.2"] key="recovery-order"/>

<#if services?has_content>
${text.orderIntro()}

${text.orderHeader()}
<#list continuityPlan.recoveryOrder as s>
| ${s.recoveryPosition} | ${s.name} | ${s.criticalityWord} | ${s.rto} | <#list s.dependsOn as d>${d.name}<#sep>; </#list><#if !s.dependsOn?has_content>${text.noOtherService()}</#if> |
</#list>
<#else>
${text.noOrder()}
</#if>

<@sms.section title=text.proceduresTitle() clauses=["8.7.2"] key="recovery-procedures"/>

${text.proceduresIntro()}

<#list continuityPlan.recoveryOrder as s>
<@sms.section title=s.name level=3/>

${text.procedureHeader()}
| ${text.recoveryLeadLabel()} | <@sms.roleWithPerson s.owner/> |
| ${text.placeLabel()} | ${text.positionOf(s.recoveryPosition, services?size)} |
| ${text.rtoLabel()} | ${s.rto} (${t["recoverySource." + s.rtoSource]}) |
| ${text.rpoLabel()} | ${s.rpo} (${t["recoverySource." + s.rpoSource]}) |
| ${text.dependsOnLabel()} | <#list s.dependsOn as d>${d.name}<#sep>; </#list><#if s.dependsOn?has_content> ${text.recoveredFirst()}<#else>${text.noneListed()}</#if> |
| ${text.neededByLabel()} | <#list s.neededBy as d>${d.name}<#sep>; </#list><#if !s.neededBy?has_content>${text.noneListed()}</#if> |
| ${text.suppliersLabel()} | <#list s.suppliers as x>${x.name}<#if x.provides?has_content> (${x.provides})</#if><#sep>; </#list><#if !s.suppliers?has_content>${text.internalResourcesOnly()}</#if> |
| ${text.alternateLabel()} | <#if s.alternateOpen>${text.alternateUndecided()}<#else>${s.alternate}</#if> |
| ${text.recoveryTestLabel()} | ${s.recoveryTest}; ${s.testFrequency?uncap_first} |
<#if s.alternateOpen>

${text.openDecision(s)}
</#if>

<#if s.recoverySteps?has_content>
${text.ownSteps(s)}

<#list s.recoverySteps as ownStep>
${ownStep?counter}. ${ownStep}
</#list>

${text.ownStepsDone(s)}
<#else>
<#assign step = 1>
${step}. ${text.assessStep(s)}
<#assign step++>
<#if s.dependsOn?has_content>
${step}. ${text.dependenciesStep(s, s.dependsOn?size gt 1)}
<#assign step++>
</#if>
<#if s.suppliers?has_content>
${step}. ${text.suppliersStep(s, s.suppliers?size gt 1)}
<#else>
${step}. ${text.staffStep()}
</#if>
<#assign step++>
${step}. ${text.restoreStep(s)}
<#assign step++>
${step}. ${text.verifyStep()}
<#assign step++>
${step}. ${text.handBackStep(s)}
</#if>

<#else>
${text.noProcedures()}

</#list>
<@sms.sectorPoints "continuity"/>
<@sms.section title=text.invokedAvailabilityTitle() clauses=["8.7.2"] key="availability-while-the-plan-is-invoked"/>

${text.invokedAvailability((priorities?has_content)?then(priorities[0].id, text.firstPriority()))}

<#if services?has_content>
${text.invokedHeader()}
<#list services as s>
| ${s.name} | ${sms.pct(s.availabilityTarget)} | ${sms.pct(s.invokedTarget)} | ${s.reducedFunctions} |
</#list>
<#else>
${text.noServices()}
</#if>

<@sms.section title=text.returnTitle() clauses=["8.7.2"] key="return-to-normal-working"/>

${text.returnSteps()}

<@sms.section title=text.contactsTitle() clauses=["8.7.2"] key="contact-list"/>

${text.contactsIntro()}

<#include "/sections/continuity-contacts.ftl">
<#if sms.edition == "2011">
<#include "/sections/service-availability.ftl">
</#if>
<@sms.section title=text.testingTitle() clauses=["8.7.2"] clauses2011=["6.3.3"] key="testing-programme"/>

${text.testingIntro()}

<#if services?has_content>
${text.testTable()}<#if continuityPlan.scheduled> ${text.firstTestNote()}</#if>

| ${text.testColumns()}<#if continuityPlan.scheduled> | ${text.firstTestColumn()}</#if> |
|---|---|---|---|<#if continuityPlan.scheduled>---|</#if>
<#list continuityPlan.tests as test>
| ${test.service.name} | ${test.service.criticalityWord} | ${test.service.recoveryTest} | ${test.service.testFrequency}<#if continuityPlan.scheduled> | ${test.firstTest}</#if> |
</#list>
</#if>

${text.testPlans()}

<@sms.section title=text.testRecordsTitle() clauses=["8.7.2"] clauses2011=["6.3.3"] key="test-records"/>

${text.testReport()}

<@sms.section title=text.recordsTitle() clauses=["7.5.3"] key="records"/>

<@sms.recordsTable processId="service-continuity-management" rows=[
  {"record": text.testRecordsRecord(), "owner": continuity.owner, "heldIn": text.documentLibrary(), "retention": text.threeYears()},
  {"record": text.invocationRecords(), "owner": sms.manager, "heldIn": text.documentLibrary(), "retention": text.sixYears()},
  {"record": text.majorIncidentRecords(), "owner": incident.owner, "heldIn": sms.toolOf("incident-management")?cap_first, "retention": text.majorIncidentRetention()},
  {"record": text.actionRecords(), "owner": continuity.owner, "retention": text.threeYearsAfterClosure()}
]/>

<@sms.section title=text.maintenanceTitle() key="plan-maintenance"/>

${text.maintenance()}
