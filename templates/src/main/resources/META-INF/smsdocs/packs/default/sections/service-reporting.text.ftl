<#-- The words of the service reporting section (English); its structure is service-reporting.ftl. -->
@@title
Service reporting
@@intro
Service reports are produced in ${sms.toolOf("service-reporting")} from the records of the service management processes.
Every report has an identity, a stated purpose, a defined audience, a frequency, a data source and an
owner, as listed below. A new report, or a change to an existing one, is agreed with its audience and
recorded in this table.
@@reportsHeader
| ID | Report | Purpose | Audience | Frequency | Data source | Owner |
|---|---|---|---|---|---|---|
@@customerReportRow cu number
| RPT-C${number} | Monthly service report: ${cu.name} | Performance of <@sms.names items=cu.services empty="the contracted services"/> against the agreed targets | ${cu.contact!"Customer contact named in the agreement"}, ${cu.name}; ${brm.owner.title} | Monthly, by working day 10 | ${sms.toolsOf(["incident-management", "service-request-management", "service-availability-management"])} | ${reporting.owner.title} |
@@standardReports
| RPT-01 | Service review pack | Trends, satisfaction, complaints, improvements and plans for each customer | Customer contacts; ${brm.owner.title} | Before each service review: monthly or quarterly | ${sms.toolsOf(["service-reporting", "business-relationship-management"])} | ${brm.owner.title} |
| RPT-02 | SMS performance report | SMS objectives, service levels and process measures with status and actions | ${top.title}; ${sms.manager.title}; process owners | Monthly | ${sms.toolOf("service-reporting")} | ${sms.manager.title} |
| RPT-03 | Availability report | Availability per service against target, outages and their causes | Service owners; ${sms.manager.title} | Monthly | ${sms.toolOf("service-availability-management")} | ${availability.owner.title} |
| RPT-04 | Major incident report | Timeline, impact, cause and actions of each major incident | Affected customers; ${top.title} | Within 5 working days of each major incident | ${sms.toolOf("incident-management")} | ${incident.owner.title} |
| RPT-05 | Supplier performance report | Each supplier's performance against its contract targets | ${supplierManagement.owner.title}; service owners | Quarterly | ${sms.toolsOf(["supplier-management", "incident-management"])} | ${supplierManagement.owner.title} |
| RPT-06 | Capacity and demand report | Usage against capacity thresholds, trends and actions taken; each quarter also demand against forecast | Service owners; ${sms.manager.title} | Monthly; demand quarterly | ${sms.toolOf("capacity-management")} | ${capacity.owner.title} |
| RPT-07 | Information security report | Security incidents, control reviews, patch and access review compliance | ${top.title}; ${sms.manager.title} | Monthly | ${sms.toolsOf(["information-security-management", "incident-management"])} | ${security.owner.title} |
| RPT-08 | Service cost report | Cost of each service against budget | Service owners; ${top.title} | Monthly to service owners, by working day 10; quarterly summary for top management | ${sms.toolOf("budgeting-and-accounting")} | ${budgeting.owner.title} |
@@noCustomers
No customers are recorded yet. A monthly service report is set up for each customer when its first
service level agreement is signed.
@@contentTitle
Content of customer service reports
@@content
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
@@producingTitle
Producing and issuing reports
@@producing
1. **Extract.** By working day 5 of the month, the ${reporting.owner.title} refreshes the data in
   ${sms.toolOf("service-reporting")} for the previous calendar month.
2. **Check.** Apply the data quality checks described under Methods, and obtain the explanation of every
   amber or red result from the owner of the measure.
3. **Review.** The owner of each service reviews the draft for the service; the
   ${brm.owner.title} reviews each customer report for accuracy and tone.
4. **Approve and issue.** The ${reporting.owner.title} approves the reports and issues them by working
   day 10, in the format and to the recipients agreed with each customer.
5. **Discuss.** Customer reports are discussed at the next service review with the customer, or sooner
   when a target was missed. Decisions and actions are minuted and tracked to closure.
6. **File.** The issued report, its data extract and the minutes of its review are kept as records.
