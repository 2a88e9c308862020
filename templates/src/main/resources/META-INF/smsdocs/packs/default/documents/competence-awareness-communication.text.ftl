<#-- The words of the resources, competence, awareness and communication procedure (English); its structure is
     competence-awareness-communication.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This procedure describes how ${org.name} provides the resources the service management system (SMS)
needs, makes sure the people who work on the services are competent and aware of their part in the SMS,
and plans its communication with staff, customers, suppliers and other interested parties.
@@scopeTitle
Scope
@@scope
The procedure covers everyone who does work under the control of ${org.name} that affects the services
in scope: employees, contractors, temporary staff and, through their contracts, the staff of suppliers.
It covers the people, technical, financial and information resources of the SMS, and all communication
about the SMS and the services.
@@rolesTitle
Roles and responsibilities
@@topDuties
Provides the resources of the SMS; approves the yearly resource plan and budget; communicates the importance of the SMS to all staff.
@@ownerDuties
Owns this procedure.
@@managerDuties
Maintains competence requirements and the skills matrix; runs awareness briefings; maintains the communication plan.
@@budgetingOwnerDuties
Prepares the SMS budget and reports spending against it.
@@brmOwnerDuties
Owns communication with customers, including complaints and satisfaction surveys.
@@supplierManagementOwnerDuties
Owns communication with suppliers about contracts, performance and disputes.
@@lineManagerDuties
Line managers assess the competence of their staff, agree training and keep the evidence.
@@resourcesTitle
Resources
@@resources
${org.name} determines and provides the resources needed to establish, operate, maintain and improve
the SMS and the services.

| Resource | How the need is determined | Approved by | Reviewed |
|---|---|---|---|
| People and skills | Workload, demand forecasts and the skills matrix, compared with the roles in <@sms.link "service-management-policy"/> | ${top.title} | Yearly, and when a service is added or removed |
| Technical infrastructure and tools | Capacity plan, tool performance and process needs | ${top.title}, above the approved budget | Yearly and at each capacity review |
| Budget | Yearly SMS budget covering tools, training, audits, certification and improvements | ${top.title} | Monthly against actuals by the ${budgeting.owner.title} |
| External expertise | Audits, specialist skills or peaks in workload that cannot be covered internally | ${manager.title} within budget | For each engagement |
| Information | ${t.ConfigurationInformation}, knowledge articles and reports the processes need | Process owners | At each process review |

1. **Identify.** Process owners raise resource needs at the yearly planning round, when a risk or an
   improvement calls for them, when a new or changed service is planned, and when a measure shows a
   sustained shortfall.
2. **Justify.** The ${manager.title} records each need with its purpose, cost and the risk of not meeting
   it.
3. **Decide.** Needs within the approved budget are decided by the ${manager.title}; others go to the
   ${top.title}, at the next management review or sooner when urgent.
4. **Provide and follow up.** Decisions and their delivery dates are tracked in the management review
   actions until the resource is in place.
@@competenceTitle
Competence
@@requirementsTitle
Competence requirements
@@requirements
Every person working on the SMS must have the competence their role requires, on the basis of
education, training or experience. Common to all roles are knowledge of the service management policy,
of the procedures used in the role, and of ${sms.toolOf("incident-management")} at user level. Process
owners also hold a service management foundation qualification, or can show equivalent experience.
Role-specific requirements are:

| Role | Holder | Competence required |
|---|---|---|
@@levels
Competence is rated in the skills matrix on four levels: 1 aware, 2 practising under guidance,
3 independent, 4 able to teach others. A role holder must be at level 3 for every requirement of the
role; a deputy at level 2 at least.

Internal auditors are trained in audit techniques and in ${sms.standard}, and never audit their own work.
Supplier staff who work on the services must meet the competence requirements written into their
contract; the ${supplierManagement.owner.title} checks the evidence when the contract starts.
@@developingTitle
Developing and evaluating competence
@@developing
1. **Assess.** The line manager assesses each person against the requirements of the role on
   appointment and then yearly, using qualifications, work records and observation, and updates the
   skills matrix.
2. **Plan.** Gaps are closed by training, coaching, shadowing an experienced colleague, certification,
   reassignment of work or recruitment. Each action has an owner and a due date in the training plan.
3. **Act.** The action is carried out. A person does not work unsupervised on a task until they reach
   level 3 for it.
4. **Evaluate.** Within three months the line manager checks whether the action worked, by observing
   the work, reviewing the person's records (for example incident or change records) or by a test.
   Actions that did not close the gap are replanned.
5. **Record.** Certificates, training attendance, assessments and evaluations are kept as evidence of
   competence.
@@awarenessTitle
Awareness
@@awareness
Everyone doing work under the control of ${org.name} must know:

- the service management policy;
- the service management objectives and the objectives of their own process;
- how their work contributes to the effectiveness of the SMS and the services, and what better
  performance brings to customers and to ${org.name};
- what happens when the SMS requirements are not followed: for example breached service levels,
  unauthorised changes causing outages, or loss of customer data.

| Awareness activity | Audience | When | Responsible | Evidence |
|---|---|---|---|---|
| SMS induction briefing | New staff and contractors | Within five working days of starting, before access to live systems | ${manager.title} | Signed acknowledgement |
| Yearly SMS refresher with a short test (pass mark 80%) | All staff in scope | Yearly | ${manager.title} | Test results |
| Objectives and performance on team dashboards | All staff in scope | Updated monthly | ${reporting.owner.title} | Dashboard history |
| Briefing on new or changed policies and procedures | Staff affected | Before the effective date | Document owner | Attendance list |
@@supplierOnboardingRow
| Supplier onboarding pack with the policy and relevant procedures | Supplier staff working on the services | At contract start and after major changes | ${supplierManagement.owner.title} | Supplier acknowledgement |
@@awarenessAudits
Internal audits include interviews that test awareness; gaps are treated as nonconformities.
@@communicationTitle
Communication
@@communication
The communication plan below states what is communicated, when, with whom, how and by whom. Urgent
communication during incidents follows <@sms.link "resolution-and-fulfilment"/>; communication during a
continuity event follows <@sms.link "service-continuity-plan"/>.
@@internalTitle
Internal communication
@@internalTable
| What | When | With whom | How | Who |
|---|---|---|---|---|
| Policy, objectives and changes to the service management plan | On approval | All staff in scope | Briefing, notice in the document library | ${manager.title} |
| Service performance and progress on objectives | Monthly | Staff and process owners | Dashboards, team meetings | ${reporting.owner.title} |
| Schedule of approved changes and planned maintenance | Weekly | Service desk and technical teams | Change calendar ${governance.inTool["change-management"]} | ${change.owner.title} |
| Status of major incidents | At declaration, then at least hourly | ${top.title}, service desk, resolver teams | Phone or chat bridge, status updates | ${incident.owner.title} |
| Audit results and nonconformities | After each audit | Process owners, ${top.title} | Audit report | ${manager.title} |
| Decisions of the management review | Within ten working days of the review | Process owners and staff | Minutes, team briefing | ${top.title} |
@@externalTitle
External communication
@@externalHeader
| What | When | With whom | How | Who |
|---|---|---|---|---|
@@customerRows
| Service reports | Monthly | Customer contacts | Report by e-mail or portal | ${reporting.owner.title} |
| Service reviews | ${serviceLevels.customerReviewRule?cap_first}, as set in <@sms.link "relationship-and-agreement"/> | Customer contacts | Meeting | ${brm.owner.title} |
| Customer satisfaction survey | Quarterly | Customer contacts and a sample of users | Survey | ${brm.owner.title} |
| Planned maintenance and changes affecting service | At least five working days before | Affected customers | E-mail, portal notice | ${change.owner.title} |
| Major incidents | Within the response target, then at agreed intervals | Affected customers | Phone, then e-mail | ${incident.owner.title} |
| Complaints | Acknowledged within one working day; answered within ten | The complainant | E-mail or meeting | ${brm.owner.title} |
@@supplierRows
| Performance reviews | ${serviceLevels.supplierReviewRule?cap_first}, as set in <@sms.link "relationship-and-agreement"/> | Suppliers | Meeting, review report | ${supplierManagement.owner.title} |
| Demand forecasts | Quarterly | Suppliers | E-mail, review meeting | ${supplierManagement.owner.title} |
| Incidents, changes and escalations involving a supplier | As they arise | Supplier service desk and contacts | Agreed support channel | ${incident.owner.title} |
| Contract changes and disputes | As they arise | Supplier account managers | Letter or e-mail, meeting | ${supplierManagement.owner.title} |
@@otherExternalRows
| Audit scheduling and significant changes to the SMS | Before each audit and before a change takes effect | Certification body | E-mail | ${manager.title} |
| Personal data breaches and other reportable incidents | Within the legal deadline (72 hours where GDPR applies) | Supervisory authority, affected customers | Official notification form | ${security.owner.title}, with approval of the ${top.title} |
| Public and media statements about the services | As needed | Public, media | Statement | ${top.title} only |
@@customerContactsTitle
Customer contacts
@@customerContacts
Customer relationships are owned by the ${brm.owner.title}.

| Customer | Contact | Services |
|---|---|---|
@@contactInSla
Named in the service level agreement
@@noServices
None at present
@@supplierContactsTitle
Supplier contacts
@@supplierContactsHeader
| Supplier | Type | Managed by |
|---|---|---|
@@spokespeople
Only the roles named in the tables speak for ${org.name} on the subjects listed. Other staff refer
questions from customers, suppliers or the press to the role responsible.
@@recordsTitle
Records
@@competenceRecord
Competence requirements and skills matrix
@@documentLibrary
SMS document library
@@competenceRetention
Current version plus 3 years
@@trainingRecord
Training records, certificates and evaluations
@@lineManagers
Line managers
@@personnelFiles
Personnel files
@@employmentPlus2Years
Duration of employment plus 2 years
@@awarenessRecord
Awareness acknowledgements and test results
@@trainingLog
Training log
@@resourceDecisionsRecord
Resource decisions
@@reviewMinutes
Management review minutes
@@sixYears
6 years
@@serviceReportsRecord
Service reports
@@threeYears
3 years
@@customerReviewRecord
Customer review minutes and survey results
@@supplierReviewRecord
Supplier review minutes
@@supplierReviewRetention
6 years after the end of the contract
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
@@measuresReport
The ${manager.title} reports these measures to each management review.
