<#--
id: glossary
title: Glossary of Service Management Terms
kind: glossary
code: GLO-01
order: 910
clauses: ["7.5.1"]
editions:
  "2018": {}
  "2011": {clauses: ["4.3.1"]}
related: ["documented-information-control", "document-register", "framework-cross-reference"]
-->
<#-- The structure of the glossary; its words are in glossary.text.ftl and its language variants. -->
<#include "/sections/document-cells.ftl">
<#import "/documents/glossary.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.useTitle() key="use-of-terms" clauses=["7.5.1"]/>

${text.use()}

<@sms.section title=text.termsTitle() key="terms"/>

${text.termsHeader()}
<#-- Each term: the documents and clauses where it matters (the same in every language) and, for a term of one
     edition only, in2011 (true: the 2011 edition only; false: every edition but 2011). Its name and meaning are
     the catalogue's entry of the same name; the catalogue's termOrder lists them in its language's order. -->
<#assign terms = {
  "assetTerm": {"ids": ["service-portfolio"], "clauses": ["8.2.5"]},
  "availabilityTerm": {"ids": ["service-assurance"], "clauses": ["8.7.1"]},
  "changeTerm": {"ids": ["change-management-policy", "design-build-transition"], "clauses": ["8.5.1"]},
  "cmdbTerm": {"ids": ["control-processes"], "clauses": ["8.2.6"], "in2011": true},
  "configurationInformationTerm": {"ids": ["service-portfolio"], "clauses": ["8.2.6"], "in2011": false},
  "configurationItemTerm": {"ids": ["service-portfolio"], "clauses": ["8.2.6"]},
  "continualImprovementTerm": {"ids": ["continual-improvement"], "clauses": ["10.2"]},
  "customerTerm": {"ids": ["sms-scope", "relationship-and-agreement"], "clauses": ["8.3.2"]},
  "documentedInformationTerm": {"ids": ["documented-information-control", "document-register"], "clauses": ["7.5"]},
  "emergencyChangeTerm": {"ids": ["change-management-policy"], "clauses": ["8.5.1.1"]},
  "externalSupplierTerm": {"ids": ["relationship-and-agreement"], "clauses": ["8.3.4.1"], "in2011": false},
  "incidentTerm": {"ids": ["resolution-and-fulfilment"], "clauses": ["8.6.1"]},
  "informationSecurityIncidentTerm": {"ids": ["service-assurance", "information-security-policy"], "clauses": ["8.7.3.3"]},
  "interestedPartyTerm": {"ids": ["sms-plan"], "clauses": ["4.2"]},
  "internalGroupTerm": {"ids": ["relationship-processes", "governance-of-other-parties"], "clauses": ["8.3.4.2"], "in2011": true},
  "internalSupplierTerm": {"ids": ["relationship-and-agreement"], "clauses": ["8.3.4.2"], "in2011": false},
  "knownErrorTerm": {"ids": ["resolution-and-fulfilment", "knowledge-management"], "clauses": ["8.6.3"]},
  "majorIncidentTerm": {"ids": ["resolution-and-fulfilment"], "clauses": ["8.6.1"]},
  "nonconformityTerm": {"ids": ["nonconformity-and-corrective-action", "internal-audit"], "clauses": ["10.1"]},
  "organizationTerm": {"ids": ["sms-scope"], "clauses": ["4.3"], "in2011": false},
  "problemTerm": {"ids": ["resolution-and-fulfilment"], "clauses": ["8.6.3"]},
  "releaseTerm": {"ids": ["design-build-transition"], "clauses": ["8.5.3"]},
  "riskTerm": {"ids": ["sms-plan", "service-assurance"], "clauses": ["6.1", "8.7.3"]},
  "serviceTerm": {"ids": ["service-catalogue"], "clauses": ["8.2.4"]},
  "serviceCatalogueTerm": {"ids": ["service-catalogue", "service-portfolio"], "clauses": ["8.2.4"]},
  "serviceComponentTerm": {"ids": ["design-build-transition", "service-portfolio"], "clauses": ["8.5.2"]},
  "serviceContinuityTerm": {"ids": ["service-continuity-plan"], "clauses": ["8.7.2"]},
  "slaTerm": {"ids": ["relationship-and-agreement"], "clauses": ["8.3.3"]},
  "serviceLevelTargetTerm": {"ids": ["relationship-and-agreement", "monitoring-and-reporting"], "clauses": ["8.3.3", "9.4"]},
  "smsTerm": {"ids": ["sms-scope", "sms-plan"], "clauses": ["4.4"]},
  "serviceOwnerTerm": {"ids": ["service-portfolio"], "clauses": ["8.2.1"]},
  "serviceProviderTerm": {"ids": ["sms-scope"], "clauses": ["4.3"], "in2011": true},
  "serviceRequestTerm": {"ids": ["resolution-and-fulfilment"], "clauses": ["8.6.2"]},
  "serviceRequirementTerm": {"ids": ["service-portfolio", "sms-plan"], "clauses": ["8.2.2"]},
  "supplierTerm": {"ids": ["relationship-processes"], "clauses": ["8.3.4.1"], "in2011": true},
  "topManagementTerm": {"ids": ["service-management-policy"], "clauses": ["5.1"]},
  "transitionTerm": {"ids": ["design-build-transition"], "clauses": ["8.5.2"]},
  "userTerm": {"ids": ["resolution-and-fulfilment"]},
  "valueTerm": {"ids": ["service-portfolio"], "clauses": ["8.2.2"]},
  "workaroundTerm": {"ids": ["resolution-and-fulfilment"], "clauses": ["8.6.3"]}
}>
<#list text.termOrder()?markup_string?word_list as name>
<#assign term = terms[name]>
<#if !term.in2011?? || term.in2011 == (sms.edition == "2011")>
| ${text[name]()} | <@where ids=term.ids clauses=term.clauses![]/> |
</#if>
</#list>

<@sms.section title=text.abbreviationsTitle() key="abbreviations"/>

${text.abbreviations()}

<#if sms.edition == "2011">
<@sms.section title=text.changedIn2018Title() key="terms-changed-in-the-2018-edition"/>

${text.changedIn2018Intro()}

${text.changedIn2018Table()}

<#else>
<@sms.section title=text.changedSince2011Title() key="terms-changed-since-the-2011-edition"/>

${text.changedSince2011Intro()}

${text.changedSince2011Table()}

${text.newIn2018()}

</#if>
<@sms.section title=text.maintainingTitle() key="maintaining-the-glossary"/>

${text.maintaining()}
