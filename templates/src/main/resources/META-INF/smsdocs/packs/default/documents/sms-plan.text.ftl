<#-- The words of the service management plan (English); its structure is sms-plan.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This plan describes how ${org.name} runs its service management system (SMS): the context it operates
in, the parties whose requirements it serves, the risks and opportunities it addresses, the objectives it
pursues, the processes, people and technology it uses, and how its effectiveness is measured, audited,
reported and improved. It is the central document of the SMS: process procedures and plans are aligned
to it, and it refers to them rather than repeating them.
@@scopeTitle
Scope
@@scope
The plan covers the whole SMS as defined in <@sms.link "sms-scope"/>. The
<@sms.roleWithPerson doc.owner/> owns the plan; the ${doc.approver.title} approves it.
@@contextTitle
Context of the organisation
@@context
${org.name} reviews the external and internal issues that affect its ability to deliver the intended
results of the SMS. The ${manager.title} records them below, and top management reviews them at every
management review and whenever a significant change occurs.
@@externalIssuesTitle
External issues
@@externalIssuesHeader
| Issue | Effect on the SMS and the services | How it is addressed |
|---|---|---|
@@customerExpectations
| Customer expectations: ${customers?size} customer<#if customers?size != 1>s</#if> rely on the services for their daily operations | Service levels, reporting and evidence of control are expected as part of every contract | Service level management, service reporting and certification of the SMS |
@@noCustomerExpectations
| Customer expectations for measurable service levels and evidence of control | Service levels and reporting are required before customers commit to a contract | Service level management, service reporting and certification of the SMS |
@@supplierDependence
| Dependence on ${t.externalSuppliers}: <@sms.names items=externalSuppliers/> | A supplier failure or change of terms can interrupt the services or raise their cost | Supplier management, contract reviews, continuity arrangements |
@@externalIssues
| Legal and regulatory requirements, in particular data protection law and the obligations customers pass down in contracts | Non-compliance can lead to penalties, loss of customers and reputational damage | Information security management, contract reviews, legal watch by the ${manager.title} |
| Speed of technology change: cloud platforms, automation, end-of-life products | Services and skills must be renewed to stay supportable and competitive | Capacity management, service design and transition, competence planning |
| Cyber threats against service providers and their customers | A security incident can affect several customers at once | Information security controls, incident management, continuity testing |
| Labour market for skilled technical staff | Vacancies and turnover put knowledge and service quality at risk | Competence planning, knowledge management, documented work instructions |
@@internalIssuesTitle
Internal issues
@@internalIssuesHeader
| Issue | Effect on the SMS and the services | How it is addressed |
|---|---|---|
@@maturityGaps
| Maturity of the SMS: ${governance.openGaps?size} requirement area<#if governance.openGaps?size != 1>s are<#else> is</#if> not yet fully implemented (see "Known limitations") | Conformity and service performance cannot yet be fully demonstrated | Implementation schedule in this plan, tracked monthly by the ${manager.title} |
@@maturity
| Maturity of the SMS: all processes are in operation and need to stay effective as the business changes | Processes can drift from their documented design | Internal audit, process reviews and continual improvement |
@@teamKeyOwner
| Size of the team: ${governance.activeRoles?size} role<#if governance.activeRoles?size != 1>s</#if> in the SMS; the ${governance.keyOwner.role.title} owns ${governance.keyOwner.processes} of the ${processList?size} processes | Key-person dependency and limited segregation of duties | Deputies for every process owner, knowledge management, peer review of changes |
@@teamMultiOwners
| Size of the team: ${governance.activeRoles?size} roles in the SMS, ${governance.multiProcessOwners?size} of which own two or more processes each | Key-person dependency and limited segregation of duties | Deputies for every process owner, knowledge management, peer review of changes |
@@team
| Size of the team: ${governance.activeRoles?size} role<#if governance.activeRoles?size != 1>s</#if> in the SMS | Key-person dependency when a role holder is absent or leaves | Deputies for every process owner, knowledge management |
@@toolingTools
| Tooling: ${governance.tools?size} tool<#if governance.tools?size != 1>s</#if> support<#if governance.tools?size == 1>s</#if> the processes | Data spread across tools makes reporting and traceability harder | Integration of ${t.configurationInformation}, defined data sources for each report |
@@toolingShared
| Tooling: the processes share one service management tool | Growth in volume may outgrow the tool | Capacity and tool review at each management review |
@@internalIssues
| Balance between daily operations and SMS activities | Audits, reviews and improvements are postponed under operational pressure | Activities scheduled in the operating calendar below, time allocated in the resource plan |
| Financial resources | Improvements compete with operational spending | Budgeting and accounting for services, improvement priorities set at management review |
@@partiesTitle
Interested parties and their requirements
@@partiesIntro
The interested parties relevant to the SMS and the services, and their requirements, are listed below.
Requirements agreed with customers become service requirements in the service level agreements listed in
<@sms.link "service-catalogue"/>. The ${brm.owner.title} confirms customer requirements at each
customer review; the ${manager.title} reviews the whole table at each management review.
@@partiesHeader
| Interested party | Relevant requirements | How they are addressed |
|---|---|---|
@@customerParty c
| ${c.name} (customer) | <#if c.services?has_content>Delivery of <@sms.names items=c.services/> to the agreed service levels; </#if>regular service reports; protection of its data; prompt handling of complaints | Service level management, service reporting, business relationship management |
@@customersParty
| Customers | Delivery of the agreed services to the agreed service levels; regular reports; protection of their data | Service level management, service reporting, business relationship management |
@@standingParties
| Users of the services | Quick restoration of service; simple ways to ask for help; clear status information | Service desk, incident and service request management |
| ${top.title} and ${voice.owners?replace("{0}", org.name)} | ${voice.ownersExpectation}<#if certification.body?has_content>; certification by ${certification.body}</#if> | This plan, management review, risk management |
| Staff | Clear roles, adequate training and tools, manageable workload | Competence and awareness, resource planning |
@@externalSupplierParty s
| ${s.name} (${t.externalSupplier}) | Clear requirements and demand forecasts; timely payment; fair handling of disputes | Supplier management<#if s.contractRef?has_content>, contract ${s.contractRef}</#if> |
@@internalSupplierParty s
| ${s.name} (${t.internalSupplier}) | Documented agreement; early notice of changes in demand | Supplier management, internal agreement |
@@certificationBodyParty
| ${certification.body} (certification body) | Access to evidence; conformity to ${sms.standard}; notice of significant changes to the SMS | Internal audit, management review, this plan |
@@anyCertificationBodyParty
| Certification body | Access to evidence; conformity to ${sms.standard}; notice of significant changes to the SMS | Internal audit, management review, this plan |
@@authoritiesParty
| Authorities and regulators | Compliance with data protection and other applicable law; notification of reportable incidents | Information security management |
@@risksTitle
Actions to address risks and opportunities
@@risks
${org.name} identifies and treats the risks and opportunities that could affect the SMS and the
services. Three sources are always considered:

- risks to the organisation itself, arising from the issues and requirements above;
- risks of failing to meet the service requirements agreed with customers;
- risks arising from the involvement of other parties (suppliers, customers acting as suppliers) in the
  service lifecycle.
@@methodTitle
Method
@@method
1. **Identify.** Process owners and the ${manager.title} identify risks and opportunities at the yearly
   planning workshop, at each management review, and whenever a new service, supplier, major change or
   major incident arises.
2. **Analyse.** Each risk is rated for likelihood and impact using the criteria below, taking existing
   controls into account.
3. **Evaluate.** The combination of likelihood and impact gives the risk level, which decides the
   response required.
4. **Treat.** The owner chooses a treatment (reduce, avoid, transfer or share, or accept) and plans the
   actions, with a due date. Actions that change a service go through change management.
5. **Integrate.** Actions are built into the process they concern, for example as a new control, check
   or report, so they become part of normal operation.
6. **Review.** The owner checks whether the actions were effective and re-rates the risk. The register
   is reviewed by the ${manager.title} ${cadence.riskReview.every} and by top management at each management review.

Opportunities follow the same steps; they are rated on the benefit they would bring and the likelihood
of realising it, and the response is to pursue, defer or decline them.
@@criteriaTitle
Assessment criteria
@@registerTitle
Risk and opportunity register
@@registerBaseline
The register above is the approved baseline. Day-to-day updates are recorded by the ${manager.title}
and incorporated in this plan at its next revision.
@@noRisks
No risk or opportunity has yet been approved for the register. The ${manager.title} runs the first
assessment with the process owners using the method above<#if implementation.start?has_content>, as
part of the implementation that starts on ${implementation.start}</#if>, and the approved register is
added to this plan at its next revision.
@@objectivesTitle
Service management objectives
@@objectives
Service management objectives are set by top management within the framework of
<@sms.link "service-management-policy"/>. Each objective is consistent with the policy, takes the
service requirements into account, is measurable, has an owner, and is monitored, communicated and
updated when circumstances change.
@@objectivesHeader
| ID | Objective | Measure | Target | Owner |
|---|---|---|---|---|
@@noObjectives
No objective has yet been approved. Top management sets the first objectives at the next management
review, covering at least ${t.serviceAvailability}, incident resolution, change success and customer
satisfaction; they are then added to this table.
@@planningTitle
Planning to achieve the objectives
@@planning
For each objective the owner keeps an action plan in the improvement register, as described in
<@sms.link "continual-improvement"/>. The plan answers the following questions.
@@planningTable
| Question | How it is answered |
|---|---|
| What will be done | Actions, each small enough to be completed within a quarter |
| What resources are needed | People, budget and tools, agreed with the ${manager.title} and, above the approved budget, with the ${top.title} |
| Who is responsible | The objective owner, who may assign actions to named people |
| When it will be completed | A due date for each action and a date by which the target should be reached |
| How results are evaluated | The measure of the objective, reported monthly in the service reports and reviewed at each management review |
@@progressIntro
Progress against each objective is reviewed as follows.
@@progressHeader
| Objective | Owner | Progress review | Reported to |
|---|---|---|---|
@@progressRow o
| ${o.objective} | ${o.owner.title} | Monthly, by the owner | ${manager.title}; management review |
@@contentTitle
Content of the SMS
@@content
This section records the planning of the SMS: service requirements, limitations, obligations,
responsibilities, resources, the approach to other parties, technology, and how effectiveness is
measured, audited, reported and improved.
@@requirementsTitle
Service requirements
@@requirementsHeader
| Service | Owner | Service hours | Availability target | Criticality |
|---|---|---|---|---|
@@requirementsDetail
The detailed requirements of each service, including its service level targets, are agreed with the
customers and recorded in <@sms.link "service-catalogue"/> and the service level agreements.
@@noServices
No service is yet in scope. Service requirements will be recorded in <@sms.link "service-catalogue"/>
and the service level agreements as each service is designed and transitioned.
@@limitationsTitle
Known limitations
@@limitationsIntro
The following requirement areas are not yet fully implemented. They limit what the SMS can currently
demonstrate and are closed through the implementation schedule below.
@@limitationsHeader
| Clause | Area | Status | Note |
|---|---|---|---|
@@noLimitations
No known limitation currently prevents the SMS from meeting its requirements. Limitations found later,
for example through audits, are recorded as nonconformities and added here at the next revision.
@@obligationsTitle
Policies, standards and obligations
@@obligations
- <@sms.link "service-management-policy"/>, <@sms.link "change-management-policy"/> and
  <@sms.link "information-security-policy"/>;
- ${sms.standard};
- service level agreements and contracts with customers;
@@externalContracts
- contracts with ${t.externalSuppliers}: ${sms.andList(governance.externalContracts)};
@@internalAgreementsItem
- agreements with ${t.internalSuppliers}: <@sms.names items=internalSuppliers/>;
@@lawObligation
- data protection, consumer, employment and health and safety law applicable where the services are
  delivered.
@@authoritiesTitle
Authorities and responsibilities
@@authorities
Top management, the management representative and the authorities for key decisions are defined in
<@sms.link "service-management-policy"/>. Each process has a named owner, listed in the next table, who
is accountable for its design, operation, measurement and improvement.
@@processesTitle
Processes of the SMS
@@processesHeader
| Process | Clause | Owner | Tool | Review | Documented in |
|---|---|---|---|---|---|
@@processInteraction
The processes interact mainly through shared records: incidents feed problems, problems raise requests
for change, changes update ${t.configurationInformation}, and all of them feed service reporting. Each
procedure names its inputs and outputs.
@@resourcesTitle
Resources
@@resourcesTable
| Resource | How it is provided | Responsible |
|---|---|---|
| People | The roles in <@sms.link "service-management-policy"/>, each with a named holder and deputy; staffing reviewed yearly against demand | ${top.title} |
| Competence | Competence requirements, training and records as in <@sms.link "competence-awareness-communication"/> | ${manager.title} |
| Budget | Yearly SMS budget for tools, training, audits and certification, tracked monthly | ${budgeting.owner.title} |
| Infrastructure and capacity | Capacity plan and monitoring of service components | ${capacity.owner.title} |
| Information and knowledge | ${t.ConfigurationInformation}, known errors and work instructions as in <@sms.link "knowledge-management"/> | ${manager.title} |
@@otherPartiesTitle
Working with other parties
@@suppliersIntro
Every party that contributes to the services is under supplier management, owned by the
${supplierManagement.owner.title}. The organisation stays accountable for the services they help to deliver,
as stated in <@sms.link "sms-scope"/>.
@@suppliersHeader
| Party | Type | Contribution | Managed by |
|---|---|---|---|
@@noSuppliers
No supplier contributes to the services at present. Any supplier that does so in future is selected,
contracted and monitored under supplier management, owned by the ${supplierManagement.owner.title}, before it
starts work.
@@technologyTitle
Technology
@@technologyHeader
| Tool | Processes supported |
|---|---|
@@singleTool
All processes are supported by ${defaultTool}, together with the SMS document library.
@@toolAccess
Administrator access to each tool is restricted to named roles, and changes to tool configuration follow
change management.
@@effectivenessTitle
Measuring, auditing, reporting and improving effectiveness
@@effectivenessTable
| Activity | Frequency | Responsible | Described in |
|---|---|---|---|
| Monitoring and measurement of processes and services | Continuous; analysed monthly | Process owners | <@sms.link "monitoring-and-reporting"/> |
| Service reports to customers and management | Monthly | ${reporting.owner.title} | <@sms.link "monitoring-and-reporting"/> |
| Internal audit of the SMS | To the approved three-year programme: areas rated higher risk every year, all other areas at least once in the certification cycle | ${manager.title} | <@sms.link "internal-audit"/> |
| Management review | ${cadence.managementReview.label}, with at least one before the initial certification audit | ${top.title} | <@sms.link "management-review"/> |
| Nonconformity and corrective action | As they arise | ${manager.title} | <@sms.link "nonconformity-and-corrective-action"/> |
| Continual improvement | Improvement register reviewed monthly | ${manager.title} | <@sms.link "continual-improvement"/> |
@@operationTitle
Operational planning and control
@@operation
Each process of the SMS is planned and controlled as follows:

- **Criteria.** Every process has a documented procedure that sets its activities, roles, inputs,
  outputs and measures with targets. Services are controlled against their service level targets.
- **Control.** Process owners check performance against these criteria in the reviews of the operating
  calendar below and act on deviations.
- **Evidence.** Records are kept, as listed in each procedure, to show that processes were carried out as
  planned.
- **Planned changes.** Changes to services, processes and this plan go through change management or
  document control, with their risks assessed before approval.
- **Unintended changes.** When a change has unintended consequences, the owner reviews them through
  incident and problem management and takes action to limit any adverse effect.
- **Other parties.** Processes or parts of processes operated by suppliers are controlled through their
  contracts and reviews, as stated in <@sms.link "sms-scope"/>.
@@calendarTitle
Operating calendar
@@calendar
| Activity | Frequency | Responsible |
|---|---|---|
| Review of open incidents, breaches and major incidents | Daily | ${incident.owner.title} |
| Review of monitoring alerts and backup results | Daily | ${availability.owner.title} |
| Review and approval of normal changes | Weekly | ${change.owner.title} |
| Review of open problems and known errors | Monthly | ${problem.owner.title} |
| Service reports and capacity report | Monthly | ${governance.reportOwners?join(", ")} |
| Budget against actual costs | Monthly | ${budgeting.owner.title} |
| Progress on objectives and improvements | Monthly | ${manager.title} |
@@calendarCustomerReviews
| Service reviews with customers | ${serviceLevels.customerReviewRule?cap_first} | ${brm.owner.title} |
@@calendarSupplierReviews
| Supplier performance reviews | ${serviceLevels.supplierReviewRule?cap_first} | ${supplierManagement.owner.title} |
@@calendarRest
| Capacity plan review | Quarterly | ${capacity.owner.title} |
| Review of the risk and opportunity register | ${cadence.riskReview.label} | ${manager.title} |
| Test of the service continuity plan | Each service at least yearly, and a yearly scenario exercise, as set in <@sms.link "service-continuity-plan"/> | ${continuity.owner.title} |
| Review of each process | As set per process in the table above | Process owners |
| Internal audits | To the audit programme | ${manager.title} |
| Management review | ${cadence.managementReview.label} | ${top.title} |
@@scheduleTitle
Implementation and certification schedule
@@scheduleFromStart
Implementation of the SMS starts on ${implementation.start}. It follows three phases, each building on
the previous one without changing the agreed scope.
@@schedule
Implementation of the SMS follows three phases, each building on the previous one without changing the
agreed scope.
@@phasesTable
| Phase | Focus | Main outputs |
|---|---|---|
| 1. Foundation | Governance and the processes that protect service most: policy, scope, this plan, document control, incident, request, change, configuration and service level management | Approved policy, scope and plan; core procedures; service catalogue and agreements |
| 2. Extend and integrate | Remaining processes and their interfaces: problem, release, relationship, supplier, capacity, continuity, availability, security, budgeting; measurement and reporting | Remaining procedures and plans; first service reports; audit programme |
| 3. Complete and improve | A full cycle of internal audit, management review and corrective action; readiness check | Audit and review records; improvement register; readiness report |
@@milestonesHeader
| Milestone | Date |
|---|---|
@@milestoneStart
| Start of implementation | ${implementation.start} |
@@milestoneStage1
| Stage 1 certification audit<#if certification.body?has_content> by ${certification.body}</#if> | ${certification.stage1} |
@@milestoneStage2
| Stage 2 certification audit | ${certification.stage2} |
@@readiness
At least one complete internal audit of all processes and one management review are completed before the
stage 1 audit, and the known limitations above are closed or under an approved action plan.
@@inOperation
The SMS is in operation. Its further development is planned through the improvement register and
reviewed at each management review.
@@changesTitle
Control of changes to the plan
@@changes
The ${doc.owner.title} reviews this plan at least every ${sms.documentControl.reviewIntervalMonths} months, after each
management review, and whenever the scope, the services, the suppliers, the organisation or the
objectives change significantly.

1. Anyone may propose a change to the plan to the ${manager.title}.
2. The ${manager.title} assesses the effect of the change on the objectives, risks, resources and
   processes, and consults the process owners concerned.
3. The ${doc.approver.title} approves the revised plan.
4. The new version is issued under <@sms.link "documented-information-control"/> and communicated to all
   process owners within ten working days.
@@recordsTitle
Records
@@recordsTable
| Record | Owner | Retention |
|---|---|---|
| Approved versions of this plan | ${manager.title} | 3 years after being superseded |
| Risk and opportunity register and its reviews | ${manager.title} | 3 years after closure of the risk |
| Action plans and progress reports for objectives | Objective owners | 3 years |
| Records of the operating calendar reviews | Responsible role | As set in the procedure of each process |
