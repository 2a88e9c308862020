<#-- The words of the monitoring, measurement and service reporting procedure (English); its structure is
     monitoring-and-reporting.md.ftl. -->
@@purposeTitle
Purpose
@@purpose reportingProcessNote
This procedure sets out how ${org.name} monitors and measures the service management system (SMS) and
its services, how the results are analysed and evaluated, and which service reports are produced for
customers and management${reportingProcessNote}. It makes sure that decisions about the services and the SMS are based on
reliable data, and that customers receive a regular, accurate account of the service they are paying for.
@@reportingProcessNote
(the service reporting process itself is part of
<@sms.link "service-delivery-processes"/>)
@@scopeTitle
Scope
@@scope
The procedure covers:

- the SMS objectives and the progress made towards them;
- the performance of every service in the scope of the SMS against its service level targets;
- the measures of every service management process;
- the service reports given to customers and to management, and the actions taken on them.

The results of internal audits and of management review are described in <@sms.link "internal-audit"/>
and <@sms.link "management-review"/>; this procedure provides much of their input.
@@rolesTitle
Roles and responsibilities
@@reportingOwnerDuties
Owns the service reporting process; maintains the list of reports and the measure definitions; produces and issues the service reports.
@@ownerDuties
Owns this procedure.
@@managerDuties
Chairs the monthly SMS performance review; evaluates the performance and effectiveness of the SMS; prepares the performance input to management review.
@@brmOwnerDuties
Presents the service reports to customers at service reviews; runs the customer satisfaction survey.
@@topManagementDuties
Receives the SMS performance report; evaluates the performance and effectiveness of the SMS at management review.
@@owners
Each process owner measures and analyses the performance of the process, each service owner analyses the
performance of the service, and each objective owner reports progress on the objective. They explain
every missed target and propose the action to take.
@@frameworkTitle
Performance evaluation framework
@@framework
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
@@monitoredTitle
What is monitored and measured
@@monitored
Three groups of measures are kept: the SMS objectives, the performance of each service, and the
performance of each process. Together they show whether the SMS achieves its intended results and
where it needs to improve.
@@objectivesTitle
SMS objectives
@@objectivesHeader
| ID | Objective | Measure | Target | Owner |
|---|---|---|---|---|
@@objectivesMeasured
Each objective is measured every month and its progress is reported in the SMS performance report.
@@noObjectives
No SMS objectives have been set yet. Until they are, the ${sms.manager.title} reports the service and
process measures below, and proposes objectives at the next management review.
@@servicesTitle
Service performance
@@serviceMeasures
For every service, the following are measured each month against the targets in its service level
agreement: availability within the agreed service hours, incidents and requests resolved within target,
major incidents, changes that affected the service, and customer satisfaction.
@@servicesHeader
| Service | Service hours | Availability target | Customers | Analysed by |
|---|---|---|---|---|
@@hoursNotDefined
not defined
@@internalUsers
internal users
@@noServices
No services are recorded yet. Each service is added to the measurement programme when it goes live.
@@processesTitle
Process measures
@@processesHeader
| Process | Clause | Owner | Main measure | Process review |
|---|---|---|---|---|
@@methodsTitle
Methods
@@methods
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
@@calendarTitle
Monitoring and measurement calendar
@@calendar
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
@@analysisTitle
Analysis and evaluation
@@analysis
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
@@reportsTitle
Service reports
@@reports2011
The service reports, their purpose, audience, frequency and data sources, and the steps for producing and
issuing them, are set out under service reporting in <@sms.link "service-delivery-processes"/>. They
draw on the measurement results of this procedure.
@@inputsOutputsTitle
Inputs and outputs
@@inputsOutputs
| Inputs | Outputs |
|---|---|
| SMS objectives and service level agreements | Measure definitions |
| Records of incidents, requests, problems and changes | Monthly measurement results with status |
| Monitoring and availability data | Service reports for customers and management |
| Customer satisfaction surveys and complaints | Minutes of SMS performance reviews and service reviews |
| Supplier, capacity, security and cost data | Nonconformities and improvement opportunities |
| Decisions of management review | Performance input to management review |
@@recordsTitle
Records
@@definitionVersionsRecord
Superseded versions of the measure definitions
@@resultsRecord
Monthly measurement results and their analysis
@@reportsRecord
Issued service reports and their data extracts
@@performanceReviewRecord
Minutes and actions of SMS performance reviews
@@serviceReviewRecord
Minutes and actions of customer service reviews
@@documentLibrary
SMS document library
@@threeYearsAfterSuperseded
3 years after being superseded
@@threeYears
3 years
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
