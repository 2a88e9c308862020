<#--
id: monitoring-and-reporting
title: Monitoring, Measurement and Service Reporting Procedure
kind: procedure
code: PRO-10
order: 700
clauses: ["9", "9.1", "9.4"]
editions:
  "2018": {}
  "2011": {title: Monitoring and Measurement Procedure, clauses: ["4.5.4", "4.5.4.1"]}
related: ["sms-plan", "measure-definitions", "service-catalogue", "service-assurance", "internal-audit", "management-review", "nonconformity-and-corrective-action", "continual-improvement"]
-->
<#-- The main measure and the review frequency of each process and the data sources grouped by tool are
     worded in the generator (Measurement) from the message bundles: measurement.processes, measurement.dataSources. -->
<@sms.section title="Purpose"/>

This procedure sets out how ${org.name} monitors and measures the service management system (SMS) and
its services, how the results are analysed and evaluated, and which service reports are produced for
customers and management<#if sms.edition == "2011"> (the service reporting process itself is part of
<@sms.link "service-delivery-processes"/>)</#if>. It makes sure that decisions about the services and the SMS are based on
reliable data, and that customers receive a regular, accurate account of the service they are paying for.

<@sms.section title="Scope"/>

The procedure covers:

- the SMS objectives and the progress made towards them;
- the performance of every service in the scope of the SMS against its service level targets;
- the measures of every service management process;
- the service reports given to customers and to management, and the actions taken on them.

The results of internal audits and of management review are described in <@sms.link "internal-audit"/>
and <@sms.link "management-review"/>; this procedure provides much of their input.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": reporting.owner, "duties": "Owns the service reporting process; maintains the list of reports and the measure definitions; produces and issues the service reports."},
  {"role": doc.owner, "duties": "Owns this procedure."},
  {"role": sms.manager, "duties": "Chairs the monthly SMS performance review; evaluates the performance and effectiveness of the SMS; prepares the performance input to management review."},
  {"role": brm.owner, "duties": "Presents the service reports to customers at service reviews; runs the customer satisfaction survey."},
  {"role": top, "duties": "Receives the SMS performance report; evaluates the performance and effectiveness of the SMS at management review."}
]/>

Each process owner measures and analyses the performance of the process, each service owner analyses the
performance of the service, and each objective owner reports progress on the objective. They explain
every missed target and propose the action to take.

<@sms.section title="Performance evaluation framework" clauses=["9"]/>

Performance is evaluated at three levels, which together show whether the SMS achieves what it set out
to achieve:

| Level | What is evaluated | Where | How often |
|---|---|---|---|
| Services | Service level targets, availability, customer satisfaction | Service reports and customer service reviews | Monthly, and at each service review with customers (monthly or quarterly) |
| Processes | Process measures and process reviews | Monthly SMS performance review | Monthly, and at each process review |
| SMS | SMS objectives, audit results, effectiveness of actions | Management review | ${cadence.managementReview.label} |

Monitoring and measurement (this procedure), internal audit and management review feed each other:
measurement results guide the audit programme and are the main input to management review, and the
decisions of management review may change what is measured.

<@sms.section title="What is monitored and measured" clauses=["9.1"]/>

Three groups of measures are kept: the SMS objectives, the performance of each service, and the
performance of each process. Together they show whether the SMS achieves its intended results and
where it needs to improve.

<@sms.section title="SMS objectives" clauses=["9.1", "6.2"] level=3/>

<#if sms.objectives?has_content>
| ID | Objective | Measure | Target | Owner |
|---|---|---|---|---|
<#list sms.objectives as o>
| ${(o.id!("obj-" + (o?index + 1)?c))?upper_case} | ${o.objective} | ${o.measure} | ${o.target} | ${o.owner.title} |
</#list>

Each objective is measured every month and its progress is reported in the SMS performance report.
<#else>
No SMS objectives have been set yet. Until they are, the ${sms.manager.title} reports the service and
process measures below, and proposes objectives at the next management review.
</#if>

<@sms.section title="Service performance" clauses=["9.1"] level=3/>

For every service, the following are measured each month against the targets in its service level
agreement: availability within the agreed service hours, incidents and requests resolved within target,
major incidents, changes that affected the service, and customer satisfaction.

<#if services?has_content>
| Service | Service hours | Availability target | Customers | Analysed by |
|---|---|---|---|---|
<#list services as s>
| ${s.name} | ${s.hours!"not defined"} | ${sms.pct(s.availabilityTarget)} | <@sms.names items=s.customers empty="internal users"/> | ${s.owner.title} |
</#list>
<#else>
No services are recorded yet. Each service is added to the measurement programme when it goes live.
</#if>

<@sms.section title="Process measures" clauses=["9.1"] level=3/>

| Process | Clause | Owner | Main measure | Process review |
|---|---|---|---|---|
<#list measurement.processes as m>
| ${m.process.name} | ${m.process.clause} | ${m.process.owner.title} | ${m.measure} | ${m.review} |
</#list>

<@sms.section title="Methods" clauses=["9.1"]/>

- **Measure definitions.** Every measure is defined in <@sms.link "measure-definitions"/>: name, formula,
  data source, frequency, owner, target and to whom it is reported. A new measure is not reported until its
  definition has been added there and approved.
- **Data collection.** Data is taken from the tools that record the work, not collected by hand:
  ${measurement.dataSources}. Survey results that arrive outside these tools are entered by the
  ${brm.owner.title} and checked by a second person.
- **Time-based measures** are calculated within the service hours of the service, using the clock rules
  of its service level agreement. Availability is calculated as set out in <@sms.link "service-assurance"/>.
- **Data quality.** Before each monthly report the ${reporting.owner.title} checks that the data is
  complete for the period, reconciles totals with the source tools, and records any correction with its
  reason. Figures are never changed after issue without a note in the next report.
- **Status.** Results are shown as green (target met), amber (target met but within 10% of the margin,
  or worsening for three months in a row) or red (target missed).

<@sms.section title="Monitoring and measurement calendar" clauses=["9.1"]/>

| When | Activity | Responsible |
|---|---|---|
| Continuously | Automated monitoring of services and components; alerts raised as incidents | ${availability.owner.title} |
| Daily | Review of open incidents and requests close to breaching their targets | ${incident.owner.title} |
| Weekly | Operations meeting: major incidents, changes, problems, capacity warnings | ${reporting.owner.title} |
| Monthly, by working day 5 | Data extracted, checked and measures calculated | ${reporting.owner.title} |
| Monthly, by working day 10 | Service reports issued; SMS performance review held | ${sms.manager.title} |
| ${serviceLevels.customerReviewRule?cap_first} | Service reviews with customers, at the frequency set in <@sms.link "relationship-and-agreement"/> | ${brm.owner.title} |
| Quarterly | Trend analysis; customer satisfaction survey | ${brm.owner.title} |
| ${serviceLevels.supplierReviewRule?cap_first} | Supplier performance reviews, at the frequency set in <@sms.link "relationship-and-agreement"/> | ${supplierManagement.owner.title} |
| At each management review | Evaluation of the performance and effectiveness of the SMS | ${top.title} |
| Yearly | Review of the measures themselves: still useful, still correctly defined | ${sms.manager.title} |

<@sms.section title="Analysis and evaluation" clauses=["9.1"]/>

1. **Analyse.** The owner of each measure looks at the result, its trend over at least six months, and
   any amber or red status, and writes a short explanation of the cause.
2. **Propose action.** For each red result, the owner proposes an action. A missed service level
   target or a repeated failure is recorded as a nonconformity under
   <@sms.link "nonconformity-and-corrective-action"/>; an opportunity to do better is recorded under
   <@sms.link "continual-improvement"/>.
3. **Evaluate.** The monthly SMS performance review, chaired by the ${sms.manager.title} with the process
   and service owners, evaluates the results as a whole, checks that the actions from earlier reviews
   were effective, and agrees new actions with owners and dates.
4. **Escalate.** Results that put an SMS objective or a customer agreement at risk are reported to the
   ${top.title} within five working days.
5. **Report to management review.** The ${sms.manager.title} summarises the results, trends and actions
   since the last review as input to <@sms.link "management-review"/>, where top management judges
   whether the SMS is performing and effective.

<#if sms.edition == "2011">
<@sms.section title="Service reports" clauses=["9.4"]/>

The service reports, their purpose, audience, frequency and data sources, and the steps for producing and
issuing them, are set out under service reporting in <@sms.link "service-delivery-processes"/>. They
draw on the measurement results of this procedure.

<#else>
<#include "/sections/service-reporting.ftl">
</#if>
<@sms.section title="Inputs and outputs"/>

| Inputs | Outputs |
|---|---|
| SMS objectives and service level agreements | Measure definitions |
| Records of incidents, requests, problems and changes | Monthly measurement results with status |
| Monitoring and availability data | Service reports for customers and management |
| Customer satisfaction surveys and complaints | Minutes of SMS performance reviews and service reviews |
| Supplier, capacity, security and cost data | Nonconformities and improvement opportunities |
| Decisions of management review | Performance input to management review |

<@sms.section title="Records" clauses=["7.5.3", "9.1"]/>

<@sms.recordsTable processId="service-reporting" rows=[
  {"record": "Superseded versions of the measure definitions", "owner": reporting.owner, "heldIn": "SMS document library", "retention": "3 years after being superseded"},
  {"record": "Monthly measurement results and their analysis", "owner": sms.manager, "retention": "3 years"},
  {"record": "Issued service reports and their data extracts", "owner": reporting.owner, "retention": "3 years"},
  {"record": "Minutes and actions of SMS performance reviews", "owner": sms.manager, "heldIn": "SMS document library", "retention": "3 years"},
  {"record": "Minutes and actions of customer service reviews", "owner": brm.owner, "heldIn": sms.toolOf("business-relationship-management")?cap_first, "retention": "3 years"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
<#list measures.of["monitoring-and-reporting"] as m>
| ${m.name} | ${m.target} |
</#list>
