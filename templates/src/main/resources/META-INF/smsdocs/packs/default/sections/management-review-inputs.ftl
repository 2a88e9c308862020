<#--
  The inputs of a management review (2018 9.3; 2011 4.5.4.3) in the order the review takes them, with who
  provides each and where it comes from. The procedure lists them, and the agenda and minutes forms take them
  as their items. Defines reviewInputs: a list of {input, by, source, detailBelow?}; source is Markdown and may
  hold a link; detailBelow marks the input the procedure details in a section of its own.
-->
<#-- A link to a document of the set as a value (Markdown), or the id when the set lacks it. -->
<#function docLink id><#local target = sms.linkTarget(id)><#if docs[target]??><#return "["?no_esc + docs[target].title + "]("?no_esc + docs[target].file + ")"?no_esc></#if><#return id></#function>
<#assign reviewInputs = [
  {"input": "Status of actions from previous management reviews", "by": sms.manager.title, "source": "Management review action log"},
  {"input": "Changes in external and internal issues, in the needs and expectations of interested parties and in legal, regulatory and contractual requirements that affect the SMS", "by": sms.manager.title, "source": "Context of the organisation in " + docLink("sms-plan")},
  {"input": "Customer satisfaction, feedback and service complaints", "by": brm.owner.title, "source": "Customer survey results and complaints " + governance.inTool["business-relationship-management"]},
  {"input": "Performance against the service management objectives", "detailBelow": true, "by": "Objective owners", "source": "SMS performance reports, see " + docLink("monitoring-and-reporting")},
  {"input": "Service performance against the service level targets, including availability of each service", "by": reporting.owner.title, "source": "Service reports " + governance.inTool["service-reporting"]},
  {"input": "Results of internal and external audits, and the progress of the audit programme", "by": sms.manager.title, "source": "Audit reports, see " + docLink("internal-audit")},
  {"input": "Nonconformities and corrective actions: new, open, overdue and closed, and trends", "by": sms.manager.title, "source": "Corrective action register"},
  {"input": "Results of monitoring and measurement of the SMS and of each process", "by": "Process owners", "source": "Process performance reports"},
  {"input": "Risks and opportunities, and the effectiveness of the actions taken to address them", "by": sms.manager.title, "source": "Risk and opportunity register in " + docLink("sms-plan")},
  {"input": "Performance of " + t.externalSuppliers + ", " + t.internalSuppliers + " and customers acting as suppliers", "by": supplierManagement.owner.title, "source": "Supplier reviews and contract records"},
  {"input": "Adequacy of resources: people, skills, tools, facilities and budget", "by": sms.manager.title + " with the " + budgeting.owner.title, "source": "Staffing plan, training records, budget reports " + governance.inTool["budgeting-and-accounting"]},
  {"input": "Opportunities for improvement of the SMS and the services", "by": sms.manager.title, "source": "Improvement register, see " + docLink("continual-improvement")},
  {"input": "Workload and capacity of the service management processes, and the findings of the process reviews", "by": "Process owners", "source": "Process reviews and capacity reports"}
]>
