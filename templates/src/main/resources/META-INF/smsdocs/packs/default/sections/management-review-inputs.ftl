<#--
  The inputs of a management review (2018 9.3; 2011 4.5.4.3) in the order the review takes them, with who
  provides each and where it comes from. The procedure lists them, and the agenda and minutes forms take them
  as their items. Defines reviewInputs: a list of {input, by, source, detailBelow?}; input and source are
  Markdown from the text catalogue (management-review-inputs.text.ftl and its language variants), and source
  may hold a link; by is a role title, or catalogue Markdown where no single role provides the input;
  detailBelow marks the input the procedure details in a section of its own.
-->
<#import "/sections/management-review-inputs.text.ftl" as reviewInputsText>
<#assign reviewInputs = [
  {"input": reviewInputsText.previousActions(), "by": sms.manager.title, "source": reviewInputsText.previousActionsSource()},
  {"input": reviewInputsText.changes(), "by": sms.manager.title, "source": reviewInputsText.changesSource()},
  {"input": reviewInputsText.customerSatisfaction(), "by": brm.owner.title, "source": reviewInputsText.customerSatisfactionSource()},
  {"input": reviewInputsText.objectives(), "detailBelow": true, "by": reviewInputsText.objectivesBy(), "source": reviewInputsText.objectivesSource()},
  {"input": reviewInputsText.servicePerformance(), "by": reporting.owner.title, "source": reviewInputsText.servicePerformanceSource()},
  {"input": reviewInputsText.audits(), "by": sms.manager.title, "source": reviewInputsText.auditsSource()},
  {"input": reviewInputsText.nonconformities(), "by": sms.manager.title, "source": reviewInputsText.nonconformitiesSource()},
  {"input": reviewInputsText.monitoring(), "by": reviewInputsText.processOwners(), "source": reviewInputsText.monitoringSource()},
  {"input": reviewInputsText.risks(), "by": sms.manager.title, "source": reviewInputsText.risksSource()},
  {"input": reviewInputsText.supplierPerformance(), "by": supplierManagement.owner.title, "source": reviewInputsText.suppliersSource()},
  {"input": reviewInputsText.resources(), "by": reviewInputsText.resourcesBy(budgeting.owner.title), "source": reviewInputsText.resourcesSource()},
  {"input": reviewInputsText.improvement(), "by": sms.manager.title, "source": reviewInputsText.improvementSource()},
  {"input": reviewInputsText.workload(), "by": reviewInputsText.processOwners(), "source": reviewInputsText.workloadSource()}
]>
