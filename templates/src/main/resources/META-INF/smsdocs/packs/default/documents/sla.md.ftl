<#--
id: sla
title: Service Level Agreement
kind: agreement
code: SLA
order: 310
foreach: service
clauses: ["8.3.3"]
editions:
  "2018": {}
  "2011": {clauses: ["6.1"]}
process: service-level-management
related: ["service-catalogue", "relationship-and-agreement", "resolution-and-fulfilment", "service-continuity-plan", "monitoring-and-reporting"]
-->
<#-- The service's criticality, its round-the-clock hours, its review interval and its escalation levels are
     decided in the generator (ServiceLevels): service.criticalityName, roundTheClock, monthlyReview, escalation. -->
<#-- Its words are in sla.text.ftl and its language variants. -->
<#import "/documents/sla.text.ftl" as text>
<@sms.section title=text.partiesTitle() clauses=["8.3.3"] key="parties-to-this-agreement"/>

<#if service.customers?has_content>
${text.partiesWithCustomers(service.customers?size)}
<#else>
${text.partiesWithInternalUsers()}
</#if>

${text.partiesHeader()}
<#list service.customers as c>
| ${c.name} | ${text.customer()} | ${c.contact!text.authorisedRepresentative()} |
<#else>
| ${text.internalUsers()} | ${text.customer()} | <@sms.roleWithPerson brm.owner/> |
</#list>
<#if service.customers?size gt 1>

${text.differentTargets()}
</#if>

<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.descriptionTitle() clauses=["8.3.3"] key="service-description"/>

${service.description}

${text.catalogueEntry()}

<@sms.section title=text.hoursTitle() clauses=["8.3.3"] key="service-hours"/>

${text.hoursTable()}

<#if service.roundTheClock>
${text.roundTheClock()}
<#else>
${text.serviceHoursOnly()}
</#if>

<@sms.section title=text.availabilityTitle() clauses=["8.3.3"] key="availability"/>

${text.commitment()} ${(service.hoursPerWeek??)?then(text.averageMonthAllowance(), text.monthlyAllowance())}

${text.calculation()}

${text.unavailable()}

${text.suppliersCount()}

<@sms.section title=text.incidentsTitle() clauses=["8.3.3"] key="incident-response-and-resolution"/>

${text.incidentsIntro()}

<#if priorities?has_content>
${text.prioritiesHeader()}
<#list priorities as p>
| ${p.id} | ${p.name} | ${p.description} | ${p.response} | ${p.resolution} |
</#list>

${text.prioritiesNote()}
<#else>
${text.noPriorities()}
</#if>

<@sms.section title=text.requestsTitle() clauses=["8.3.3"] key="service-requests"/>

${text.requestTargets()}

${text.requestsTarget()}

<@sms.section title=text.workloadTitle() clauses=["8.3.3"] key="workload-limits"/>

${text.workload()}

<@sms.section title=text.customerTitle() key="customer-responsibilities"/>

${text.customerDuties()}

<@sms.section title=text.suppliersTitle() key="supporting-suppliers"/>

<#if service.suppliers?has_content>
${text.suppliersIntro()}

${text.suppliersHeader()}
<#list service.suppliers as x>
| ${x.name} | ${text.supplierType(x.type)} | ${x.provides!text.supportingServices()} | ${x.agreement}<#if x.agreementDocument??>: <@sms.link x.agreementDocument/></#if> |
</#list>
<#else>
${text.noSuppliers()}
</#if>

<@sms.section title=text.reportingTitle() clauses=["8.3.3", "9.4"] key="reporting-and-service-reviews"/>

${text.reportingAndReviews()}

<@sms.section title=text.exceptionsTitle() clauses=["8.3.3"] key="exceptions"/>

${text.exceptions()}

${voice.slaCredits}

<@sms.section title=text.complaintsTitle() key="complaints-and-escalation"/>

${text.complaints()}

${text.escalationHeader()}
<#list service.escalation as row>
| ${row.level} | <@sms.roleWithPerson row.role/> | ${row.when} |
</#list>

<@sms.section title=text.changeControlTitle() clauses=["8.3.3"] key="change-control-of-this-agreement"/>

${text.changeControl()}

<@sms.section title=text.signaturesTitle() key="signatures"/>

${text.signaturesHeader()}
| ${org.name} | ${doc.approver.person!""} | ${doc.approver.title} | | |
<#list service.customers as c>
| ${c.name} | | ${c.contact!text.authorisedRepresentative()} | | |
<#else>
| ${text.internalUsers()} | ${brm.owner.person!""} | ${brm.owner.title} | | |
</#list>
