<#--
id: framework-cross-reference
title: Cross-Reference to ITIL 4 and CMMI for Services
kind: matrix
code: APP-01
order: 930
clauses: ["4.4"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5"]}
-->
<#include "/sections/document-cells.ftl">
<@sms.section title="Purpose"/>

Many people who work in the ${org.name} service management system (SMS), and many of its customers,
suppliers and auditors, learned service management through ITIL 4 or through CMMI for Services
(CMMI-SVC). This cross-reference shows, for each part of ${sms.standard}, which process and document of
the SMS address it and which ITIL 4 practices and CMMI-SVC process areas deal with the same subject. It
helps those readers find their way into the SMS and lets the SMS draw on guidance from both frameworks.

The mapping is guidance only. ${sms.standard} does not require ITIL, CMMI or any other framework, and
${org.name} does not claim conformity with either of them. What the SMS must do is set out in its own
policies, plans and procedures; where a framework and an SMS document differ, the SMS document applies.

<@sms.section title="How the SMS relates to the frameworks" clauses=["4.4"]/>

<#assign smsDocs = ["sms-scope", "sms-plan"]?filter(id -> docs[id]??)>
${sms.standard} states what a service management system has to achieve, and the processes and documents
of this set meet those requirements<#if smsDocs?has_content>, as set out in <#list smsDocs as id>the <@sms.link id/><#sep> and </#list></#if>. ITIL 4 and CMMI-SVC are bodies of practice that describe how such
work can be organised. The three do not divide the subject the same way:

- ITIL 4 describes practices: sets of organisational resources for a kind of work, such as incident
  management or the service desk. Several practices, for example the service desk or monitoring and event
  management, have no clause of their own in ${sms.standard} and appear as parts of a process of the SMS.
- CMMI-SVC (version 1.3) describes process areas, each with goals and practices, and is used to appraise
  process maturity. Its process areas are grouped differently from the clauses, so one clause often maps
  to several process areas and some clauses have no direct counterpart.
- The mapping is many-to-many and is our own judgement. "None direct" means that no practice or process
  area covers the subject as a whole, though some may touch parts of it.

<@sms.section title="Key to CMMI-SVC process areas"/>

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

<@sms.section title="Cross-reference by clause group"/>

Each table covers one group of clauses of ${sms.standard}. The "This SMS" column names the documents of
the set that describe how the clauses are met and the role that owns the process or activity: a process
owner for the service management processes, the ${manager.title} as owner of the SMS, or the
${top.title} for leadership and management review.

<#if sms.edition == "2011">
<@sms.section title="Service management system general requirements: clause 4" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 4.1 Management responsibility | <@here ids=["service-management-policy", "sms-plan"] owner=top/> | Strategy management | OPF |
| 4.2 Governance of processes operated by other parties | <@here ids=["governance-of-other-parties"] owner=supplierManagement.owner/> | Supplier management | SAM |
| 4.3 Documentation management | <@here ids=["documented-information-control", "document-register"] owner=manager/> | none direct | OPD, CM |
| 4.4 Resource management | <@here ids=["competence-awareness-communication"] owner=manager/> | Workforce and talent management | OT |
| 4.5.1 to 4.5.3 Scope, planning and operation of the SMS | <@here ids=["sms-scope", "sms-plan"] owner=manager/> | Strategy management; Risk management | OPF, OPD, RSKM, WP, WMC |
| 4.5.4 Monitoring and review: measurement, internal audit, management review | <@here ids=["monitoring-and-reporting", "internal-audit", "management-review"] owner=manager/> | Measurement and reporting; Continual improvement | MA, PPQA, WMC |
| 4.5.5 Maintaining and improving the SMS | <@here ids=["nonconformity-and-corrective-action", "continual-improvement"] owner=manager/> | Continual improvement | OPF, CAR |

<@sms.section title="Design and transition of new or changed services: clause 5" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 5.1 to 5.4 Planning, design, development and transition of new or changed services | <@here ids=["design-build-transition"] owner=transition.owner/> | Service design; Service validation and testing; Project management | SSD, SST |

<@sms.section title="Service delivery processes: clause 6" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 6.1 Service level management, with the service catalogue | <@here ids=["service-delivery-processes", "service-catalogue"] owner=slm.owner/> | Service level management; Service catalogue management; Portfolio management | SD, STSM, REQM |
| 6.2 Service reporting | <@here ids=["service-delivery-processes"] owner=reporting.owner/> | Measurement and reporting | SD, MA |
| 6.3 Service continuity and availability management | <@here ids=["service-continuity-plan", "availability-plan", "business-impact-analysis", "service-delivery-processes"] owner=continuity.owner/> | Availability management; Service continuity management | CAM, SCON |
| 6.4 Budgeting and accounting for services | <@here ids=["budgeting-and-accounting-policy"] owner=budgeting.owner/> | Service financial management | none direct |
| 6.5 Capacity management | <@here ids=["capacity-plan", "service-delivery-processes"] owner=capacity.owner/> | Capacity and performance management | CAM |
| 6.6 Information security management | <@here ids=["information-security-policy", "service-delivery-processes"] owner=security.owner/> | Information security management | none direct; RSKM in part |

<@sms.section title="Relationship processes: clause 7" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 7.1 Business relationship management | <@here ids=["relationship-processes"] owner=brm.owner/> | Relationship management | STSM, SD |
| 7.2 Supplier management | <@here ids=["relationship-processes"] owner=supplierManagement.owner/> | Supplier management | SAM |

<@sms.section title="Resolution processes: clause 8" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 8.1 Incident and service request management | <@here ids=["resolution-and-fulfilment", "request-catalogue"] owner=incident.owner/> | Incident management; Service request management; Service desk; Monitoring and event management | IRP, SD |
| 8.2 Problem management | <@here ids=["resolution-and-fulfilment"] owner=problem.owner/> | Problem management | IRP, CAR |

<@sms.section title="Control processes: clause 9" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 9.1 Configuration management | <@here ids=["control-processes"] owner=configuration.owner/> | Service configuration management; IT asset management | CM |
| 9.2 Change management | <@here ids=["change-management-policy", "control-processes"] owner=change.owner/> | Change enablement | CM, SST |
| 9.3 Release and deployment management | <@here ids=["release-policy", "control-processes"] owner=release.owner/> | Release management; Deployment management | SST |

Knowledge management has no clause of its own in ${sms.standard}; the ITIL 4 knowledge management practice
and the CMMI-SVC process areas OPD and IWM relate to the documentation and resource management of clause 4.

<#else>
<@sms.section title="Management system: clauses 4 to 7, 8.1, 9.1 to 9.3 and 10" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 4.1 to 4.4 Context, interested parties, scope and the SMS | <@here ids=["sms-scope", "sms-plan"] owner=manager/> | Strategy management | OPF, OPD |
| 5.1 to 5.3 Leadership, policy, roles | <@here ids=["service-management-policy"] owner=top/> | Strategy management | OPF |
| 6.1 Risks and opportunities | <@here ids=["sms-plan"] owner=manager/> | Risk management | RSKM |
| 6.2 and 6.3 Objectives and planning the SMS | <@here ids=["sms-plan"] owner=manager/> | Strategy management | WP, WMC |
| 7.1 to 7.4 Resources, competence, awareness, communication | <@here ids=["competence-awareness-communication"] owner=manager/> | Workforce and talent management | OT |
| 7.5 Documented information | <@here ids=["documented-information-control", "document-register"] owner=manager/> | none direct | OPD, CM |
| 8.1 Operational planning and control | <@here ids=["sms-plan"] owner=manager/> | none direct | WP, WMC |
| 9.1 Monitoring, measurement, analysis and evaluation | <@here ids=["monitoring-and-reporting"] owner=manager/> | Measurement and reporting | MA, WMC |
| 9.2 Internal audit | <@here ids=["internal-audit"] owner=manager/> | none direct | PPQA |
| 9.3 Management review | <@here ids=["management-review"] owner=top/> | Strategy management; Continual improvement | OPF, WMC |
| 10.1 Nonconformity and corrective action | <@here ids=["nonconformity-and-corrective-action"] owner=manager/> | Continual improvement | PPQA, CAR |
| 10.2 Continual improvement | <@here ids=["continual-improvement"] owner=manager/> | Continual improvement | OPF |

<@sms.section title="Knowledge: clause 7.6" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 7.6 Knowledge | <@here ids=["knowledge-management"] owner=manager/> | Knowledge management | OPD, IWM |

<@sms.section title="Service portfolio: clause 8.2" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 8.2.1 and 8.2.2 Service delivery, planning the services | <@here ids=["service-portfolio"] owner=catalogue.owner/> | Portfolio management | STSM, SD |
| 8.2.3 Control of parties involved in the service lifecycle | <@here ids=["service-portfolio"] owner=supplierManagement.owner/> | Supplier management | SAM |
| 8.2.4 Service catalogue management | <@here ids=["service-portfolio", "service-catalogue"] owner=catalogue.owner/> | Service catalogue management; Portfolio management | STSM, SD |
| 8.2.5 Asset management | <@here ids=["service-portfolio"] owner=asset.owner/> | IT asset management | CM |
| 8.2.6 Configuration management | <@here ids=["service-portfolio"] owner=configuration.owner/> | Service configuration management | CM |

<@sms.section title="Relationship and agreement: clause 8.3" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 8.3.1 and 8.3.2 Business relationship management | <@here ids=["relationship-and-agreement"] owner=brm.owner/> | Relationship management | STSM, SD |
| 8.3.3 Service level management | <@here ids=["relationship-and-agreement"] owner=slm.owner/> | Service level management | SD, REQM |
| 8.3.4 Supplier management, external and internal suppliers | <@here ids=["relationship-and-agreement"] owner=supplierManagement.owner/> | Supplier management | SAM |

<@sms.section title="Supply and demand: clause 8.4" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 8.4.1 Budgeting and accounting for services | <@here ids=["supply-and-demand"] owner=budgeting.owner/> | Service financial management | none direct |
| 8.4.2 Demand management | <@here ids=["supply-and-demand"] owner=demand.owner/> | Capacity and performance management | CAM |
| 8.4.3 Capacity management | <@here ids=["supply-and-demand"] owner=capacity.owner/> | Capacity and performance management | CAM |

<@sms.section title="Service design, build and transition: clause 8.5" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 8.5.1 Change management | <@here ids=["change-management-policy", "design-build-transition"] owner=change.owner/> | Change enablement | CM, SST |
| 8.5.2 Service design and transition | <@here ids=["design-build-transition"] owner=transition.owner/> | Service design; Service validation and testing; Project management | SSD, SST |
| 8.5.3 Release and deployment management | <@here ids=["design-build-transition"] owner=release.owner/> | Release management; Deployment management | SST |

<@sms.section title="Resolution and fulfilment: clause 8.6" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 8.6.1 Incident management | <@here ids=["resolution-and-fulfilment", "request-catalogue"] owner=incident.owner/> | Incident management; Service desk; Monitoring and event management | IRP, SD |
| 8.6.2 Service request management | <@here ids=["resolution-and-fulfilment", "request-catalogue"] owner=request.owner/> | Service request management; Service desk | SD |
| 8.6.3 Problem management | <@here ids=["resolution-and-fulfilment"] owner=problem.owner/> | Problem management | IRP, CAR |

<@sms.section title="Service assurance: clause 8.7" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 8.7.1 Service availability management | <@here ids=["service-assurance", "availability-plan"] owner=availability.owner/> | Availability management | CAM |
| 8.7.2 Service continuity management | <@here ids=["service-continuity-plan", "business-impact-analysis"] owner=continuity.owner/> | Service continuity management | SCON |
| 8.7.3 Information security management | <@here ids=["information-security-policy", "service-assurance"] owner=security.owner/> | Information security management | none direct; RSKM in part |

<@sms.section title="Service reporting: clause 9.4" level=3/>

| Clauses | This SMS | ITIL 4 practice(s) | CMMI-SVC process area(s) |
|---|---|---|---|
| 9.4 Service reporting | <@here ids=["monitoring-and-reporting"] owner=reporting.owner/> | Measurement and reporting | SD, MA |

</#if>
<@sms.section title="Using the cross-reference"/>

**In audits.** <#if roadmap.certification.transition>Internal audits assess the SMS against ${sms.standard},
certification audits against ${roadmap.certification.standard}, and both against the documents of this set,<#else>Internal and certification audits assess the SMS against ${sms.standard} and against the
documents of this set,</#if> never against ITIL 4 or CMMI-SVC. An auditor or auditee used to one of the
frameworks can use the tables to find the SMS process and document that cover a subject, and then look
for evidence that the document is followed. A team that follows an ITIL practice where it departs from the
SMS procedure is not following the procedure, and that is a nonconformity whatever the framework
recommends. The tables also help to plan an audit: the rows list which process owner to interview for
each clause.<#if docs["traceability-matrix"]??> The clause-by-clause evidence is in the <@sms.link "traceability-matrix"/>.</#if>

**When adopting an ITIL practice or CMMI-SVC guidance.** A process owner who wants to bring in guidance
from either framework, for example a new way of authorising changes from ITIL 4 change enablement, raises
it as an opportunity for improvement<#if docs["continual-improvement"]??> under the <@sms.link "continual-improvement"/></#if>. Before the practice is
adopted, the owner checks it against the clauses in the row concerned, so that no requirement of
${sms.standard} stops being met, and then updates the SMS document<#if docs["documented-information-control"]??> through the
<@sms.link "documented-information-control"/></#if>. Changes that affect services go through change
management. <#if docs["glossary"]??>Terms are used as defined in the <@sms.link "glossary"/>, not as a framework defines them.</#if>

**Maintenance.** The ${manager.title} reviews this cross-reference with the rest of the document set, and
whenever a document of the set changes the processes it describes or the owners of those processes.
