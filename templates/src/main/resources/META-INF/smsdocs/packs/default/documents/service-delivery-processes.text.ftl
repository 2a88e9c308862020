<#-- The words of the service delivery processes procedure (English); its structure is service-delivery-processes.md.ftl.
     The duties are used as plain text and escaped where they are printed, so a value in them is written ${x?no_esc}. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how ${org.name}, as the ${t.provider}, delivers its services at the levels it
has agreed with its customers: how service levels are agreed and monitored, how the services are reported
on, how their continuity and availability are protected, how their cost is budgeted and accounted for,
how capacity keeps pace with demand, and how the information they handle is kept secure.
@@scopeTitle
Scope
@@scope
The procedure applies to every service in <@sms.link "service-catalogue"/> and to the resources,
suppliers and internal groups behind them. The policies and plans it puts into practice are documents of
their own: <@sms.link "service-continuity-plan"/>, <@sms.link "budgeting-and-accounting-policy"/>,
<@sms.link "capacity-plan"/> and <@sms.link "information-security-policy"/>.
@@rolesTitle
Roles and responsibilities
@@slmOwnerDuties
Owns service level management; agrees SLAs with customers; monitors performance against them; keeps SLAs consistent with the catalogue and with supplier agreements.
@@catalogueOwnerDuties
Maintains the service catalogue and agrees it with customers.
@@reportingOwnerDuties
Owns service reporting; maintains the list of reports; produces and issues them.
@@availabilityOwnerDuties
Owns availability management; agrees availability requirements; monitors availability and keeps the availability part of the plan.
@@continuityOwnerDuties
Owns service continuity management; keeps the continuity plan and runs its tests.
@@budgetingOwnerDuties
Owns budgeting and accounting; runs the budget cycle and reports cost per service.
@@capacityOwnerDuties
Owns capacity management; maintains the capacity plan; monitors utilisation against thresholds.
@@demandOwnerDuties
Forecasts demand for the services and passes it to capacity management and budgeting.
@@securityOwnerDuties
Owns information security management; assesses risks; operates the controls; manages security incidents.
@@continuityTitle
Service continuity and availability management
@@continuityIntro
Service continuity and availability are managed together, because they rest on the same understanding of
what each service needs and what can interrupt it.
@@continuitySteps oneOwner
1. **Agree requirements.** <#if oneOwner>The ${availability.owner.title} agrees<#else>The ${availability.owner.title} and the ${continuity.owner.title} agree</#if> the
   availability targets and the continuity requirements (recovery time and recovery point) of each service
   with its customers, based on its criticality, its SLA and an assessment of the risks to it. The impact
   of an outage and the recovery objectives that follow are recorded in <@sms.link "business-impact-analysis"/>.
2. **Plan.** <@sms.link "service-continuity-plan"/> sets out how each service is recovered after a major
   loss of service, the availability targets while the plan is invoked, and the return to normal working;
   <@sms.link "availability-plan"/> sets out the availability targets and the measures that protect them.
3. **Monitor availability.** Availability of every service is measured within its service hours each
   month, reported in the service reports, and every missed target is investigated and acted on.
4. **Test.** The continuity plan is tested at least once a year for every service, and again after a major
   change to a service or to a supplier it depends on; test results are recorded and actions tracked.
5. **Re-assess.** The requirements and the plan are reviewed at least once a year, after every
   invocation and whenever a service, a supplier or the risks change. Changes that affect them are
   assessed under change management before they are approved.
@@budgetingTitle
Budgeting and accounting for services
@@budgetingText
The costs of the services are budgeted and accounted for under <@sms.link "budgeting-and-accounting-policy"/>,
which sets out the cost components, how shared costs are allocated, the budget cycle and financial
control. The ${budgeting.owner.title} reports the actual cost of each service against budget every month, and
budget and cost information is used when changes and new services are decided.
@@recordsTitle
Records
@@slaRecords
Signed SLAs and their versions
@@reportRecords
Service reports and the minutes of their review
@@availabilityRecords
Availability monitoring data and monthly results
@@continuityTestRecords
Continuity test plans and reports
@@budgetRecords
Budgets and cost reports per service
@@capacityRecords
Capacity reports and capacity plan versions
@@securityRiskRecords
Information security risk assessments
@@securityIncidentRecords
Information security incident records
@@documentLibrary
SMS document library
@@threeYears
3 years
@@sevenYears
7 years
@@availabilityRetention
13 months for raw data; 3 years for results
@@afterExpiry
6 years after expiry
@@afterSuperseded
3 years after being superseded
@@afterClosure
6 years after closure
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
