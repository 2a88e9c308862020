<#--
id: monitoring-and-reporting
title: Monitoring, Measurement and Service Reporting Procedure
kind: procedure
code: PRO-10
order: 700
clauses: ["9", "9.1", "9.4"]
editions: ["2018"]
-->
<#assign reporting = processes["service-reporting"]>
<#assign availability = processes["service-availability-management"]>
<#assign incident = processes["incident-management"]>
<#assign request = processes["service-request-management"]>
<#assign relationship = processes["business-relationship-management"]>
<#assign supplierMgmt = processes["supplier-management"]>
<#assign security = processes["information-security-management"]>
<#assign capacity = processes["capacity-management"]>
<#assign budgeting = processes["budgeting-and-accounting"]>
<#assign top = sms.topManagement>
<#assign reportTool = sms.toolOf("service-reporting")>
<#-- The main measure of each process; the process owner may add others. -->
<#assign processMeasure = {
  "service-catalogue-management": "Catalogue entries reviewed and current at the annual review",
  "asset-management": "Assets found in the inventory audit that match the records (target 98%)",
  "configuration-management": "Configuration items verified as accurate in the configuration audit (target 98%)",
  "business-relationship-management": "Average customer satisfaction score; complaints closed within 10 working days",
  "service-level-management": "Service level targets met across all services",
  "supplier-management": "Supplier reviews held on schedule; supplier targets met",
  "budgeting-and-accounting": "Actual cost of services against budget (within 5%)",
  "demand-management": "Forecast demand against actual demand (within 15%)",
  "capacity-management": "Capacity thresholds breached without a prior warning (target none)",
  "change-management": "Changes that cause an incident within 7 days (target below 3%)",
  "service-design-and-transition": "New or changed services accepted at the first acceptance review",
  "release-and-deployment-management": "Releases deployed without rollback (target 95%)",
  "incident-management": "Incidents resolved within target (target 95%)",
  "service-request-management": "Requests fulfilled within target (target 95%)",
  "problem-management": "Problems with root cause found within 20 working days",
  "service-availability-management": "Services meeting their availability target each month",
  "service-continuity-management": "Continuity tests held on schedule and meeting their RTO and RPO",
  "information-security-management": "Security controls operating as intended at their review; critical and high security incidents",
  "service-reporting": "Service reports issued by the agreed date (target 100%)"
}>
<#-- The configured tools of some processes, without repeats; the default wording when none is configured. -->
<#function toolsOf processIds>
  <#local tools = []>
  <#list processIds as id>
    <#if (processes[id].tool)?? && !tools?seq_contains(processes[id].tool)>
      <#local tools = tools + [processes[id].tool]>
    </#if>
  </#list>
  <#if tools?has_content><#return tools?join(", ")><#else><#return sms.toolOf(processIds[0])></#if>
</#function>
<#-- "Jira for incidents and requests; Zabbix for availability": data sources grouped by tool. -->
<#assign dataSubjects = [
  {"process": "incident-management", "subject": "incidents"},
  {"process": "service-request-management", "subject": "service requests"},
  {"process": "problem-management", "subject": "problems"},
  {"process": "change-management", "subject": "changes"},
  {"process": "service-availability-management", "subject": "availability"},
  {"process": "capacity-management", "subject": "capacity"},
  {"process": "business-relationship-management", "subject": "customer satisfaction"},
  {"process": "business-relationship-management", "subject": "complaints"},
  {"process": "budgeting-and-accounting", "subject": "costs"}
]>
<#function dataSources>
  <#local tools = []>
  <#list dataSubjects as d>
    <#local t = sms.toolOf(d.process)>
    <#if !tools?seq_contains(t)><#local tools = tools + [t]></#if>
  </#list>
  <#local parts = []>
  <#list tools as t>
    <#local parts = parts + [t + " for " + sms.andList(dataSubjects?filter(d -> sms.toolOf(d.process) == t)?map(d -> d.subject))]>
  </#list>
  <#return parts?join("; ")>
</#function>
<@sms.documentHeader/>

<@sms.section title="Purpose"/>

This procedure sets out how ${org.name} monitors and measures the service management system (SMS) and
its services, how the results are analysed and evaluated, and which service reports are produced for
customers and management. It makes sure that decisions about the services and the SMS are based on
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
  {"role": sms.manager, "duties": "Owns this procedure; chairs the monthly SMS performance review; evaluates the performance and effectiveness of the SMS; prepares the performance input to management review."},
  {"role": relationship.owner, "duties": "Presents the service reports to customers at service reviews; runs the customer satisfaction survey."},
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
| SMS | SMS objectives, audit results, effectiveness of actions | Management review | Every six months |

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
<#list processList as p>
| ${p.name} | ${p.clause} | ${p.owner.title} | ${processMeasure[p.id]!"Set by the process owner at the next process review"} | ${p.reviewFrequency?cap_first} |
</#list>

<@sms.section title="Methods" clauses=["9.1"]/>

- **Measure definitions.** Every measure has a written definition held in ${reportTool}: name, purpose,
  formula, data source, unit, target, warning threshold, frequency and owner. A measure is not reported
  until its definition is approved by the ${sms.manager.title}.
- **Data collection.** Data is taken from the tools that record the work, not collected by hand:
  ${dataSources()}. Survey results that arrive outside these tools are entered by the
  ${relationship.owner.title} and checked by a second person.
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
| Monthly or quarterly, by customer | Service reviews with customers, at the frequency set in <@sms.link "relationship-and-agreement"/> | ${relationship.owner.title} |
| Quarterly | Trend analysis; customer satisfaction survey | ${relationship.owner.title} |
| Quarterly or six-monthly, by supplier | Supplier performance reviews, at the frequency set in <@sms.link "relationship-and-agreement"/> | ${supplierMgmt.owner.title} |
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

<@sms.section title="Service reporting" clauses=["9.4"]/>

Service reports are produced in ${reportTool} from the records of the service management processes.
Every report has an identity, a stated purpose, a defined audience, a frequency, a data source and an
owner, as listed below. A new report, or a change to an existing one, is agreed with its audience and
recorded in this table.

| ID | Report | Purpose | Audience | Frequency | Data source | Owner |
|---|---|---|---|---|---|---|
<#list customers as cu>
| RPT-C${(cu?index + 1)?string("00")} | Monthly service report: ${cu.name} | Performance of <@sms.names items=cu.services empty="the contracted services"/> against the agreed targets | ${cu.contact!"Customer contact named in the agreement"}, ${cu.name}; ${relationship.owner.title} | Monthly, by working day 10 | ${toolsOf(["incident-management", "service-request-management", "service-availability-management"])} | ${reporting.owner.title} |
</#list>
| RPT-01 | Service review pack | Trends, satisfaction, complaints, improvements and plans for each customer | Customer contacts; ${relationship.owner.title} | Before each service review: monthly or quarterly | ${toolsOf(["service-reporting", "business-relationship-management"])} | ${relationship.owner.title} |
| RPT-02 | SMS performance report | SMS objectives, service levels and process measures with status and actions | ${top.title}; ${sms.manager.title}; process owners | Monthly | ${reportTool} | ${sms.manager.title} |
| RPT-03 | Availability report | Availability per service against target, outages and their causes | Service owners; ${sms.manager.title} | Monthly | ${sms.toolOf("service-availability-management")} | ${availability.owner.title} |
| RPT-04 | Major incident report | Timeline, impact, cause and actions of each major incident | Affected customers; ${top.title} | Within 5 working days of each major incident | ${sms.toolOf("incident-management")} | ${incident.owner.title} |
| RPT-05 | Supplier performance report | Each supplier's performance against its contract targets | ${supplierMgmt.owner.title}; service owners | Quarterly | ${toolsOf(["supplier-management", "incident-management"])} | ${supplierMgmt.owner.title} |
| RPT-06 | Capacity and demand report | Usage against capacity thresholds, trends and actions taken; each quarter also demand against forecast | Service owners; ${sms.manager.title} | Monthly; demand quarterly | ${sms.toolOf("capacity-management")} | ${capacity.owner.title} |
| RPT-07 | Information security report | Security incidents, control reviews, patch and access review compliance | ${top.title}; ${sms.manager.title} | Monthly | ${toolsOf(["information-security-management", "incident-management"])} | ${security.owner.title} |
| RPT-08 | Service cost report | Cost of each service against budget | Service owners; ${top.title} | Monthly to service owners, by working day 10; quarterly summary for top management | ${sms.toolOf("budgeting-and-accounting")} | ${budgeting.owner.title} |

<#if !customers?has_content>
No customers are recorded yet. A monthly service report is set up for each customer when its first
service level agreement is signed.

</#if>
<@sms.section title="Content of customer service reports" clauses=["9.4"] level=3/>

Each monthly customer service report contains, for the services that customer receives:

- availability against the target for each service, and every outage with its duration and cause;
- incidents and service requests by priority, and the share resolved or fulfilled within target;
- major incidents and the problems opened for them;
- changes and releases that affected the customer's services;
- information security incidents that affected the customer's information;
- workload and trends compared with the previous months;
- complaints, satisfaction results and the actions taken;
- supplier issues that affected the services;
- any target missed, with its cause and the corrective action.

<@sms.section title="Producing and issuing reports" clauses=["9.4"] level=3/>

1. **Extract.** By working day 5 of the month, the ${reporting.owner.title} refreshes the data in
   ${reportTool} for the previous calendar month.
2. **Check.** Apply the data quality checks described under Methods, and obtain the explanation of every
   amber or red result from the owner of the measure.
3. **Review.** The owner of each service reviews the draft for the service; the
   ${relationship.owner.title} reviews each customer report for accuracy and tone.
4. **Approve and issue.** The ${reporting.owner.title} approves the reports and issues them by working
   day 10, in the format and to the recipients agreed with each customer.
5. **Discuss.** Customer reports are discussed at the next service review with the customer, or sooner
   when a target was missed. Decisions and actions are minuted and tracked to closure.
6. **File.** The issued report, its data extract and the minutes of its review are kept as records.

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
  {"record": "Measure definitions", "owner": reporting.owner, "retention": "3 years after being superseded"},
  {"record": "Monthly measurement results and their analysis", "owner": sms.manager, "retention": "3 years"},
  {"record": "Issued service reports and their data extracts", "owner": reporting.owner, "retention": "3 years"},
  {"record": "Minutes and actions of SMS performance reviews", "owner": sms.manager, "heldIn": "SMS document library", "retention": "3 years"},
  {"record": "Minutes and actions of customer service reviews", "owner": relationship.owner, "heldIn": sms.toolOf("business-relationship-management")?cap_first, "retention": "3 years"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
| Service reports issued by working day 10 | 100% |
| Reports reissued because of data errors | none |
| Red results with an explanation and an action in the same month | 100% |
| Actions from SMS performance reviews closed by their due date | at least 90% |

<@sms.section title="Related documents"/>

- <@sms.link "sms-plan"/>
- <@sms.link "service-catalogue"/>
- <@sms.link "service-assurance"/>
- <@sms.link "internal-audit"/>
- <@sms.link "management-review"/>
- <@sms.link "nonconformity-and-corrective-action"/>
- <@sms.link "continual-improvement"/>
