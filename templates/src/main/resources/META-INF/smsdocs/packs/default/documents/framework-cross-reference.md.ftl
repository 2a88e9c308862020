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
<#-- The structure of the cross-reference; its words are in framework-cross-reference.text.ftl and its language
     variants. -->
<#include "/sections/document-cells.ftl">
<#import "/documents/framework-cross-reference.text.ftl" as text>
<#-- The "This SMS" cell of a row (documents and owner), handed to the row's words in the catalogue. -->
<#function thisSms ids owner><#local cell><@here ids=ids owner=owner/></#local><#return cell></#function>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.frameworksTitle() clauses=["4.4"] key="how-the-sms-relates-to-the-frameworks"/>

<#assign smsDocs = ["sms-scope", "sms-plan"]?filter(id -> docs[id]??)>
${text.frameworks(smsDocs?has_content?then(text.setOutIn(smsDocs), ""))}

<@sms.section title=text.cmmiKeyTitle() key="key-to-cmmi-svc-process-areas"/>

${text.cmmiKey()}

<@sms.section title=text.byClauseGroupTitle() key="cross-reference-by-clause-group"/>

${text.byClauseGroup()}

<#if sms.edition == "2011">
<@sms.section title=text.generalRequirementsTitle() level=3 key="service-management-system-general-requirements:-clause-4"/>

${text.tableHeader()}
${text.managementResponsibility2011(thisSms(["service-management-policy", "sms-plan"], top))}
${text.otherPartiesGovernance2011(thisSms(["governance-of-other-parties"], supplierManagement.owner))}
${text.documentationManagement2011(thisSms(["documented-information-control", "document-register"], manager))}
${text.resourceManagement2011(thisSms(["competence-awareness-communication"], manager))}
${text.smsScopePlanningOperation2011(thisSms(["sms-scope", "sms-plan"], manager))}
${text.monitoringAndReview2011(thisSms(["monitoring-and-reporting", "internal-audit", "management-review"], manager))}
${text.maintainingAndImproving2011(thisSms(["nonconformity-and-corrective-action", "continual-improvement"], manager))}

<@sms.section title=text.designAndTransitionTitle() level=3 key="design-and-transition-of-new-or-changed-services:-clause-5"/>

${text.tableHeader()}
${text.designAndTransition2011(thisSms(["design-build-transition"], transition.owner))}

<@sms.section title=text.serviceDeliveryProcessesTitle() level=3 key="service-delivery-processes:-clause-6"/>

${text.tableHeader()}
${text.serviceLevelManagement2011(thisSms(["service-delivery-processes", "service-catalogue"], slm.owner))}
${text.serviceReporting2011(thisSms(["service-delivery-processes"], reporting.owner))}
${text.continuityAndAvailability2011(thisSms(["service-continuity-plan", "availability-plan", "business-impact-analysis", "service-delivery-processes"], continuity.owner))}
${text.budgetingAndAccounting2011(thisSms(["budgeting-and-accounting-policy"], budgeting.owner))}
${text.capacityManagement2011(thisSms(["capacity-plan", "service-delivery-processes"], capacity.owner))}
${text.informationSecurityManagement2011(thisSms(["information-security-policy", "service-delivery-processes"], security.owner))}

<@sms.section title=text.relationshipProcessesTitle() level=3 key="relationship-processes:-clause-7"/>

${text.tableHeader()}
${text.businessRelationshipManagement2011(thisSms(["relationship-processes"], brm.owner))}
${text.supplierManagement2011(thisSms(["relationship-processes"], supplierManagement.owner))}

<@sms.section title=text.resolutionProcessesTitle() level=3 key="resolution-processes:-clause-8"/>

${text.tableHeader()}
${text.incidentAndRequestManagement2011(thisSms(["resolution-and-fulfilment", "request-catalogue"], incident.owner))}
${text.problemManagement2011(thisSms(["resolution-and-fulfilment"], problem.owner))}

<@sms.section title=text.controlProcessesTitle() level=3 key="control-processes:-clause-9"/>

${text.tableHeader()}
${text.configurationManagement2011(thisSms(["control-processes"], configuration.owner))}
${text.changeManagement2011(thisSms(["change-management-policy", "control-processes"], change.owner))}
${text.releaseDeploymentManagement2011(thisSms(["release-policy", "control-processes"], release.owner))}

${text.knowledge2011()}

<#else>
<@sms.section title=text.managementSystemTitle() level=3 key="management-system:-clauses-4-to-7,-8.1,-9.1-to-9.3-and-10"/>

${text.tableHeader()}
${text.contextAndScope(thisSms(["sms-scope", "sms-plan"], manager))}
${text.leadershipPolicyRoles(thisSms(["service-management-policy"], top))}
${text.risksOpportunities(thisSms(["sms-plan"], manager))}
${text.objectivesPlanningSms(thisSms(["sms-plan"], manager))}
${text.resourcesCompetenceAwarenessCommunication(thisSms(["competence-awareness-communication"], manager))}
${text.documentedInformation(thisSms(["documented-information-control", "document-register"], manager))}
${text.operationalPlanningControl(thisSms(["sms-plan"], manager))}
${text.monitoringMeasurementAnalysisEvaluation(thisSms(["monitoring-and-reporting"], manager))}
${text.internalAudit(thisSms(["internal-audit"], manager))}
${text.managementReview(thisSms(["management-review"], top))}
${text.nonconformityCorrectiveAction(thisSms(["nonconformity-and-corrective-action"], manager))}
${text.continualImprovement(thisSms(["continual-improvement"], manager))}

<@sms.section title=text.knowledgeTitle() level=3 key="knowledge:-clause-7.6"/>

${text.tableHeader()}
${text.knowledge(thisSms(["knowledge-management"], manager))}

<@sms.section title=text.servicePortfolioTitle() level=3 key="service-portfolio:-clause-8.2"/>

${text.tableHeader()}
${text.servicePlanning(thisSms(["service-portfolio"], catalogue.owner))}
${text.controlOfParties(thisSms(["service-portfolio"], supplierManagement.owner))}
${text.serviceCatalogueManagement(thisSms(["service-portfolio", "service-catalogue"], catalogue.owner))}
${text.assetManagement(thisSms(["service-portfolio"], asset.owner))}
${text.configurationManagement(thisSms(["service-portfolio"], configuration.owner))}

<@sms.section title=text.relationshipAgreementTitle() level=3 key="relationship-and-agreement:-clause-8.3"/>

${text.tableHeader()}
${text.businessRelationshipManagement(thisSms(["relationship-and-agreement"], brm.owner))}
${text.serviceLevelManagement(thisSms(["relationship-and-agreement"], slm.owner))}
${text.supplierManagementRow(thisSms(["relationship-and-agreement"], supplierManagement.owner))}

<@sms.section title=text.supplyDemandTitle() level=3 key="supply-and-demand:-clause-8.4"/>

${text.tableHeader()}
${text.budgetingAndAccounting(thisSms(["supply-and-demand"], budgeting.owner))}
${text.demandManagement(thisSms(["supply-and-demand"], demand.owner))}
${text.capacityManagement(thisSms(["supply-and-demand"], capacity.owner))}

<@sms.section title=text.designBuildTransitionTitle() level=3 key="service-design,-build-and-transition:-clause-8.5"/>

${text.tableHeader()}
${text.changeManagement(thisSms(["change-management-policy", "design-build-transition"], change.owner))}
${text.serviceDesignTransition(thisSms(["design-build-transition"], transition.owner))}
${text.releaseDeploymentManagement(thisSms(["design-build-transition"], release.owner))}

<@sms.section title=text.resolutionFulfilmentTitle() level=3 key="resolution-and-fulfilment:-clause-8.6"/>

${text.tableHeader()}
${text.incidentManagement(thisSms(["resolution-and-fulfilment", "request-catalogue"], incident.owner))}
${text.serviceRequestManagement(thisSms(["resolution-and-fulfilment", "request-catalogue"], request.owner))}
${text.problemManagement(thisSms(["resolution-and-fulfilment"], problem.owner))}

<@sms.section title=text.serviceAssuranceTitle() level=3 key="service-assurance:-clause-8.7"/>

${text.tableHeader()}
${text.serviceAvailabilityManagement(thisSms(["service-assurance", "availability-plan"], availability.owner))}
${text.serviceContinuityManagement(thisSms(["service-continuity-plan", "business-impact-analysis"], continuity.owner))}
${text.informationSecurityManagement(thisSms(["information-security-policy", "service-assurance"], security.owner))}

<@sms.section title=text.serviceReportingTitle() level=3 key="service-reporting:-clause-9.4"/>

${text.tableHeader()}
${text.serviceReporting(thisSms(["monitoring-and-reporting"], reporting.owner))}

</#if>
<@sms.section title=text.usingTitle() key="using-the-cross-reference"/>

<#-- Each note names a document of the set and follows a word of its sentence after a space; without the document
     the sentence ends at that word. -->
<#assign auditBasis = roadmap.certification.transition?then(text.auditBasisTransition(), text.auditBasis())>
<#assign evidenceNote = (docs["traceability-matrix"]??)?then(" " + text.evidenceNote(), "")>
${text.inAudits(auditBasis, evidenceNote)}

<#assign improvementNote = (docs["continual-improvement"]??)?then(" " + text.improvementNote(), "")>
<#assign documentControlNote = (docs["documented-information-control"]??)?then(" " + text.documentControlNote(), "")>
${text.adopting(improvementNote, documentControlNote)} <#if docs["glossary"]??>${text.glossaryNote()}</#if>

${text.maintenance()}
