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
<@sms.section title="Purpose" clauses2011=["6"]/>

This procedure sets out how ${org.name}, as the ${t.provider}, delivers its services at the levels it
has agreed with its customers: how service levels are agreed and monitored, how the services are reported
on, how their continuity and availability are protected, how their cost is budgeted and accounted for,
how capacity keeps pace with demand, and how the information they handle is kept secure.

<@sms.section title="Scope"/>

The procedure applies to every service in <@sms.link "service-catalogue"/> and to the resources,
suppliers and internal groups behind them. The policies and plans it puts into practice are documents of
their own: <@sms.link "service-continuity-plan"/>, <@sms.link "budgeting-and-accounting-policy"/>,
<@sms.link "capacity-plan"/> and <@sms.link "information-security-policy"/>.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": slm.owner, "duties": "Owns service level management; agrees SLAs with customers; monitors performance against them; keeps SLAs consistent with the catalogue and with supplier agreements."},
  {"role": catalogue.owner, "duties": "Maintains the service catalogue and agrees it with customers."},
  {"role": reporting.owner, "duties": "Owns service reporting; maintains the list of reports; produces and issues them."},
  {"role": availability.owner, "duties": "Owns availability management; agrees availability requirements; monitors availability and keeps the availability part of the plan."},
  {"role": continuity.owner, "duties": "Owns service continuity management; keeps the continuity plan and runs its tests."},
  {"role": budgeting.owner, "duties": "Owns budgeting and accounting; runs the budget cycle and reports cost per service."},
  {"role": capacity.owner, "duties": "Owns capacity management; maintains the capacity plan; monitors utilisation against thresholds."},
  {"role": demand.owner, "duties": "Forecasts demand for the services and passes it to capacity management and budgeting."},
  {"role": security.owner, "duties": "Owns information security management; assesses risks; operates the controls; manages security incidents."}
]/>

<#include "/sections/service-level-management.ftl">
<#include "/sections/service-catalogue-management.ftl">
<#include "/sections/service-reporting.ftl">
<@sms.section title="Service continuity and availability management" clauses2011=["6.3", "6.3.1", "6.3.3"]/>

Service continuity and availability are managed together, because they rest on the same understanding of
what each service needs and what can interrupt it.

1. **Agree requirements.** <#if availability.owner.id == continuity.owner.id>The ${availability.owner.title} agrees<#else>The ${availability.owner.title} and the ${continuity.owner.title} agree</#if> the
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

<@sms.section title="Budgeting and accounting for services" clauses2011=["6.4"]/>

The costs of the services are budgeted and accounted for under <@sms.link "budgeting-and-accounting-policy"/>,
which sets out the cost components, how shared costs are allocated, the budget cycle and financial
control. The ${budgeting.owner.title} reports the actual cost of each service against budget every month, and
budget and cost information is used when changes and new services are decided.

<#include "/sections/demand-management.ftl">
<#include "/sections/capacity-management.ftl">
<#include "/sections/information-security.ftl">
<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="service-level-management" rows=[
  {"record": "Signed SLAs and their versions", "owner": slm.owner, "heldIn": "SMS document library", "retention": "6 years after expiry"},
  {"record": "Service reports and the minutes of their review", "owner": reporting.owner, "heldIn": sms.toolOf("service-reporting")?cap_first, "retention": "3 years"},
  {"record": "Availability monitoring data and monthly results", "owner": availability.owner, "heldIn": sms.toolOf("service-availability-management")?cap_first, "retention": "13 months for raw data; 3 years for results"},
  {"record": "Continuity test plans and reports", "owner": continuity.owner, "heldIn": "SMS document library", "retention": "3 years"},
  {"record": "Budgets and cost reports per service", "owner": budgeting.owner, "heldIn": sms.toolOf("budgeting-and-accounting")?cap_first, "retention": "7 years"},
  {"record": "Capacity reports and capacity plan versions", "owner": capacity.owner, "heldIn": sms.toolOf("capacity-management")?cap_first, "retention": "3 years"},
  {"record": "Information security risk assessments", "owner": security.owner, "heldIn": "SMS document library", "retention": "3 years after being superseded"},
  {"record": "Information security incident records", "owner": security.owner, "heldIn": sms.toolOf("incident-management")?cap_first, "retention": "6 years after closure"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
<#list measures.of["service-delivery-processes"] as m>
| ${m.name} | ${m.target} |
</#list>
