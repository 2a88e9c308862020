<#-- The words of the cross-reference to ITIL 4 and CMMI for Services (English); its structure is
     framework-cross-reference.md.ftl. Each row of a clause group table takes its "This SMS" cell as thisSms. -->
@@purposeTitle
Purpose
@@purpose
Many people who work in the ${org.name} service management system (SMS), and many of its customers,
suppliers and auditors, learned service management through ITIL 4 or through CMMI for Services
(CMMI-SVC). This cross-reference shows, for each part of ${sms.standard}, which process and document of
the SMS address it and which ITIL 4 practices and CMMI-SVC process areas deal with the same subject. It
helps those readers find their way into the SMS and lets the SMS draw on guidance from both frameworks.

The mapping is guidance only. ${sms.standard} does not require ITIL, CMMI or any other framework, and
${org.name} does not claim conformity with either of them. What the SMS must do is set out in its own
policies, plans and procedures; where a framework and an SMS document differ, the SMS document applies.
@@frameworksTitle
How the SMS relates to the frameworks
@@setOutIn smsDocs
, as set out in <#list smsDocs as id>the <@sms.link id/><#sep> and </#list>
@@frameworks setOutIn
${sms.standard} states what a service management system has to achieve, and the processes and documents
of this set meet those requirements${setOutIn}. ITIL 4 and CMMI-SVC are bodies of practice that describe how such
work can be organised. The three do not divide the subject the same way:

- ITIL 4 describes practices: sets of organisational resources for a kind of work, such as incident
  management or the service desk. Several practices, for example the service desk or monitoring and event
  management, have no clause of their own in ${sms.standard} and appear as parts of a process of the SMS.
- CMMI-SVC (version 1.3) describes process areas, each with goals and practices, and is used to appraise
  process maturity. Its process areas are grouped differently from the clauses, so one clause often maps
  to several process areas and some clauses have no direct counterpart.
- The mapping is many-to-many and is our own judgement. "None direct" means that no practice or process
  area covers the subject as a whole, though some may touch parts of it.
@@cmmiKeyTitle
Key to CMMI-SVC process areas
@@cmmiKey
The seven process areas marked as service-specific exist only in CMMI-SVC; the others are core process
areas that the other CMMI models share, in some cases under other names.

| Abbreviation | Process area | Service-specific |
|---|---|---|
| CAM | Capacity and Availability Management | Yes |
| CAR | Causal Analysis and Resolution | No |
| CM | Configuration Management | No |
| IRP | Incident Resolution and Prevention | Yes |
| IWM | Integrated Work Management | No |
| MA | Measurement and Analysis | No |
| OPD | Organizational Process Definition | No |
| OPF | Organizational Process Focus | No |
| OT | Organizational Training | No |
| PPQA | Process and Product Quality Assurance | No |
| REQM | Requirements Management | No |
| RSKM | Risk Management | No |
| SAM | Supplier Agreement Management | No |
| SCON | Service Continuity | Yes |
| SD | Service Delivery | Yes |
| SSD | Service System Development | Yes |
| SST | Service System Transition | Yes |
| STSM | Strategic Service Management | Yes |
| WMC | Work Monitoring and Control | No |
| WP | Work Planning | No |
@@byClauseGroupTitle
Cross-reference by clause group
@@byClauseGroup
Each table covers one group of clauses of ${sms.standard}. The "This SMS" column names the documents of
the set that describe how the clauses are met and the role that owns the process or activity: a process
owner for the service management processes, the ${manager.title} as owner of the SMS, or the
${top.title} for leadership and management review.
@@tableHeader
| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
@@generalRequirementsTitle
Service management system general requirements: clause 4
@@managementResponsibility2011 thisSms
| 4.1 Management responsibility | ${thisSms} | Strategy management | OPF |
@@otherPartiesGovernance2011 thisSms
| 4.2 Governance of processes operated by other parties | ${thisSms} | Supplier management | SAM |
@@documentationManagement2011 thisSms
| 4.3 Documentation management | ${thisSms} | none direct | OPD, CM |
@@resourceManagement2011 thisSms
| 4.4 Resource management | ${thisSms} | Workforce and talent management | OT |
@@smsScopePlanningOperation2011 thisSms
| 4.5.1 to 4.5.3 Scope, planning and operation of the SMS | ${thisSms} | Strategy management; Risk management | OPF, OPD, RSKM, WP, WMC |
@@monitoringAndReview2011 thisSms
| 4.5.4 Monitoring and review: measurement, internal audit, management review | ${thisSms} | Measurement and reporting; Continual improvement | MA, PPQA, WMC |
@@maintainingAndImproving2011 thisSms
| 4.5.5 Maintaining and improving the SMS | ${thisSms} | Continual improvement | OPF, CAR |
@@designAndTransitionTitle
Design and transition of new or changed services: clause 5
@@designAndTransition2011 thisSms
| 5.1 to 5.4 Planning, design, development and transition of new or changed services | ${thisSms} | Service design; Service validation and testing; Project management | SSD, SST |
@@serviceDeliveryProcessesTitle
Service delivery processes: clause 6
@@serviceLevelManagement2011 thisSms
| 6.1 Service level management, with the service catalogue | ${thisSms} | Service level management; Service catalogue management; Portfolio management | SD, STSM, REQM |
@@serviceReporting2011 thisSms
| 6.2 Service reporting | ${thisSms} | Measurement and reporting | SD, MA |
@@continuityAndAvailability2011 thisSms
| 6.3 Service continuity and availability management | ${thisSms} | Availability management; Service continuity management | CAM, SCON |
@@budgetingAndAccounting2011 thisSms
| 6.4 Budgeting and accounting for services | ${thisSms} | Service financial management | none direct |
@@capacityManagement2011 thisSms
| 6.5 Capacity management | ${thisSms} | Capacity and performance management | CAM |
@@informationSecurityManagement2011 thisSms
| 6.6 Information security management | ${thisSms} | Information security management | none direct; RSKM in part |
@@relationshipProcessesTitle
Relationship processes: clause 7
@@businessRelationshipManagement2011 thisSms
| 7.1 Business relationship management | ${thisSms} | Relationship management | STSM, SD |
@@supplierManagement2011 thisSms
| 7.2 Supplier management | ${thisSms} | Supplier management | SAM |
@@resolutionProcessesTitle
Resolution processes: clause 8
@@incidentAndRequestManagement2011 thisSms
| 8.1 Incident and service request management | ${thisSms} | Incident management; Service request management; Service desk; Monitoring and event management | IRP, SD |
@@problemManagement2011 thisSms
| 8.2 Problem management | ${thisSms} | Problem management | IRP, CAR |
@@controlProcessesTitle
Control processes: clause 9
@@configurationManagement2011 thisSms
| 9.1 Configuration management | ${thisSms} | Service configuration management; IT asset management | CM |
@@changeManagement2011 thisSms
| 9.2 Change management | ${thisSms} | Change enablement | CM, SST |
@@releaseDeploymentManagement2011 thisSms
| 9.3 Release and deployment management | ${thisSms} | Release management; Deployment management | SST |
@@knowledge2011
Knowledge management has no clause of its own in ${sms.standard}; the ITIL 4 knowledge management practice
and the CMMI-SVC process areas OPD and IWM relate to the documentation and resource management of clause 4.
@@managementSystemTitle
Management system: clauses 4 to 7, 8.1, 9.1 to 9.3 and 10
@@contextAndScope thisSms
| 4.1 to 4.4 Context, interested parties, scope and the SMS | ${thisSms} | Strategy management | OPF, OPD |
@@leadershipPolicyRoles thisSms
| 5.1 to 5.3 Leadership, policy, roles | ${thisSms} | Strategy management | OPF |
@@risksOpportunities thisSms
| 6.1 Risks and opportunities | ${thisSms} | Risk management | RSKM |
@@objectivesPlanningSms thisSms
| 6.2 and 6.3 Objectives and planning the SMS | ${thisSms} | Strategy management | WP, WMC |
@@resourcesCompetenceAwarenessCommunication thisSms
| 7.1 to 7.4 Resources, competence, awareness, communication | ${thisSms} | Workforce and talent management | OT |
@@documentedInformation thisSms
| 7.5 Documented information | ${thisSms} | none direct | OPD, CM |
@@operationalPlanningControl thisSms
| 8.1 Operational planning and control | ${thisSms} | none direct | WP, WMC |
@@monitoringMeasurementAnalysisEvaluation thisSms
| 9.1 Monitoring, measurement, analysis and evaluation | ${thisSms} | Measurement and reporting | MA, WMC |
@@internalAudit thisSms
| 9.2 Internal audit | ${thisSms} | none direct | PPQA |
@@managementReview thisSms
| 9.3 Management review | ${thisSms} | Strategy management; Continual improvement | OPF, WMC |
@@nonconformityCorrectiveAction thisSms
| 10.1 Nonconformity and corrective action | ${thisSms} | Continual improvement | PPQA, CAR |
@@continualImprovement thisSms
| 10.2 Continual improvement | ${thisSms} | Continual improvement | OPF |
@@knowledgeTitle
Knowledge: clause 7.6
@@knowledge thisSms
| 7.6 Knowledge | ${thisSms} | Knowledge management | OPD, IWM |
@@servicePortfolioTitle
Service portfolio: clause 8.2
@@servicePlanning thisSms
| 8.2.1 and 8.2.2 Service delivery, planning the services | ${thisSms} | Portfolio management | STSM, SD |
@@controlOfParties thisSms
| 8.2.3 Control of parties involved in the service lifecycle | ${thisSms} | Supplier management | SAM |
@@serviceCatalogueManagement thisSms
| 8.2.4 Service catalogue management | ${thisSms} | Service catalogue management; Portfolio management | STSM, SD |
@@assetManagement thisSms
| 8.2.5 Asset management | ${thisSms} | IT asset management | CM |
@@configurationManagement thisSms
| 8.2.6 Configuration management | ${thisSms} | Service configuration management | CM |
@@relationshipAgreementTitle
Relationship and agreement: clause 8.3
@@businessRelationshipManagement thisSms
| 8.3.1 and 8.3.2 Business relationship management | ${thisSms} | Relationship management | STSM, SD |
@@serviceLevelManagement thisSms
| 8.3.3 Service level management | ${thisSms} | Service level management | SD, REQM |
@@supplierManagementRow thisSms
| 8.3.4 Supplier management, external and internal suppliers | ${thisSms} | Supplier management | SAM |
@@supplyDemandTitle
Supply and demand: clause 8.4
@@budgetingAndAccounting thisSms
| 8.4.1 Budgeting and accounting for services | ${thisSms} | Service financial management | none direct |
@@demandManagement thisSms
| 8.4.2 Demand management | ${thisSms} | Capacity and performance management | CAM |
@@capacityManagement thisSms
| 8.4.3 Capacity management | ${thisSms} | Capacity and performance management | CAM |
@@designBuildTransitionTitle
Service design, build and transition: clause 8.5
@@changeManagement thisSms
| 8.5.1 Change management | ${thisSms} | Change enablement | CM, SST |
@@serviceDesignTransition thisSms
| 8.5.2 Service design and transition | ${thisSms} | Service design; Service validation and testing; Project management | SSD, SST |
@@releaseDeploymentManagement thisSms
| 8.5.3 Release and deployment management | ${thisSms} | Release management; Deployment management | SST |
@@resolutionFulfilmentTitle
Resolution and fulfilment: clause 8.6
@@incidentManagement thisSms
| 8.6.1 Incident management | ${thisSms} | Incident management; Service desk; Monitoring and event management | IRP, SD |
@@serviceRequestManagement thisSms
| 8.6.2 Service request management | ${thisSms} | Service request management; Service desk | SD |
@@problemManagement thisSms
| 8.6.3 Problem management | ${thisSms} | Problem management | IRP, CAR |
@@serviceAssuranceTitle
Service assurance: clause 8.7
@@serviceAvailabilityManagement thisSms
| 8.7.1 Service availability management | ${thisSms} | Availability management | CAM |
@@serviceContinuityManagement thisSms
| 8.7.2 Service continuity management | ${thisSms} | Service continuity management | SCON |
@@informationSecurityManagement thisSms
| 8.7.3 Information security management | ${thisSms} | Information security management | none direct; RSKM in part |
@@serviceReportingTitle
Service reporting: clause 9.4
@@serviceReporting thisSms
| 9.4 Service reporting | ${thisSms} | Measurement and reporting | SD, MA |
@@usingTitle
Using the cross-reference
@@auditBasisTransition
Internal audits assess the SMS against ${sms.standard},
certification audits against ${roadmap.certification.standard}, and both against the documents of this set,
@@auditBasis
Internal and certification audits assess the SMS against ${sms.standard} and against the
documents of this set,
@@evidenceNote
The clause-by-clause evidence is in the <@sms.link "traceability-matrix"/>.
@@inAudits auditBasis evidenceNote
**In audits.** ${auditBasis} never against ITIL 4 or CMMI-SVC. An auditor or auditee used to one of the
frameworks can use the tables to find the SMS process and document that cover a subject, and then look
for evidence that the document is followed. A team that follows an ITIL practice where it departs from the
SMS procedure is not following the procedure, and that is a nonconformity whatever the framework
recommends. The tables also help to plan an audit: the rows list which process owner to interview for
each clause.${evidenceNote}
@@improvementNote
under the <@sms.link "continual-improvement"/>
@@documentControlNote
through the
<@sms.link "documented-information-control"/>
@@adopting improvementNote documentControlNote
**When adopting an ITIL practice or CMMI-SVC guidance.** A process owner who wants to bring in guidance
from either framework, for example a new way of authorising changes from ITIL 4 change enablement, raises
it as an opportunity for improvement${improvementNote}. Before the practice is
adopted, the owner checks it against the clauses in the row concerned, so that no requirement of
${sms.standard} stops being met, and then updates the SMS document${documentControlNote}. Changes that affect services go through change
management.
@@glossaryNote
Terms are used as defined in the <@sms.link "glossary"/>, not as a framework defines them.
@@maintenance
**Maintenance.** The ${manager.title} reviews this cross-reference with the rest of the document set, and
whenever a document of the set changes the processes it describes or the owners of those processes.
