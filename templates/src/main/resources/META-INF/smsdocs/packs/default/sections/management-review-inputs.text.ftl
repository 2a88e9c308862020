<#-- The words of the management review inputs (English): each input, who provides it where that is not a
     role of the descriptor, and its source; the structure is management-review-inputs.ftl. -->
@@previousActions
Status of actions from previous management reviews
@@previousActionsSource
Management review action log
@@changes
Changes in external and internal issues, in the needs and expectations of interested parties and in legal, regulatory and contractual requirements that affect the SMS
@@changesSource
Context of the organisation in <@sms.link "sms-plan"/>
@@customerSatisfaction
Customer satisfaction, feedback and service complaints
@@customerSatisfactionSource
Customer survey results and complaints ${governance.inTool["business-relationship-management"]}
@@objectives
Performance against the service management objectives
@@objectivesBy
Objective owners
@@objectivesSource
SMS performance reports, see <@sms.link "monitoring-and-reporting"/>
@@servicePerformance
Service performance against the service level targets, including availability of each service
@@servicePerformanceSource
Service reports ${governance.inTool["service-reporting"]}
@@audits
Results of internal and external audits, and the progress of the audit programme
@@auditsSource
Audit reports, see <@sms.link "internal-audit"/>
@@nonconformities
Nonconformities and corrective actions: new, open, overdue and closed, and trends
@@nonconformitiesSource
Corrective action register
@@monitoring
Results of monitoring and measurement of the SMS and of each process
@@processOwners
Process owners
@@monitoringSource
Process performance reports
@@risks
Risks and opportunities, and the effectiveness of the actions taken to address them
@@risksSource
Risk and opportunity register in <@sms.link "sms-plan"/>
@@supplierPerformance
Performance of ${t.externalSuppliers}, ${t.internalSuppliers} and customers acting as suppliers
@@suppliersSource
Supplier reviews and contract records
@@resources
Adequacy of resources: people, skills, tools, facilities and budget
@@resourcesBy budgetOwner
${sms.manager.title} with the ${budgetOwner}
@@resourcesSource
Staffing plan, training records, budget reports ${governance.inTool["budgeting-and-accounting"]}
@@improvement
Opportunities for improvement of the SMS and the services
@@improvementSource
Improvement register, see <@sms.link "continual-improvement"/>
@@workload
Workload and capacity of the service management processes, and the findings of the process reviews
@@workloadSource
Process reviews and capacity reports
