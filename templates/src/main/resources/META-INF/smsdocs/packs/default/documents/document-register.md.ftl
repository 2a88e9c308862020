<#--
id: document-register
title: Document Register
kind: register
code: REG-01
order: 900
clauses: ["7.5.3", "7.5.4"]
editions:
  "2018": {}
  "2011": {clauses: ["4.3.1", "4.3.3"]}
related: ["documented-information-control", "sms-plan", "management-review"]
-->
<#-- The structure of the document register; its words are in document-register.text.ftl and its language variants. -->
<#import "/documents/document-register.text.ftl" as text>
<#assign library = t["documentRegister.library"]>
<#-- Link to a document of the set, or a note when the document has been excluded from it. -->
<#macro held id><#if docs[sms.linkTarget(id)]??><@sms.link id/><#else>${text.notInSet()}</#if></#macro>
<#-- Links to the documents of a list, or the fallback when there are none. -->
<#macro linkList items fallback><#if items?has_content><#list items as d><@sms.link d.id/><#sep>; </#list><#else>${fallback}</#if></#macro>
<#-- The service level agreements of the set (the first few of them, linked). -->
<#macro slasHeld><#if documentRegister.slas?has_content><#list documentRegister.slas as d><@sms.link d.id/><#sep>; </#list><#if (documentRegister.moreSlas > 0)> ${text.moreSlas(documentRegister.moreSlas)}</#if><#else>${text.noSlas()}</#if></#macro>
<#assign dc = sms.documentControl>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.documentsTitle() clauses=["7.5.4"] key="documents-of-the-sms"/>

${text.documentCount()}<#if documentRegister.kindCounts?has_content>: ${sms.andList(documentRegister.kindCounts)}</#if>. ${text.documentLinks()}<#if forms.all?has_content>${text.formsBelow()}</#if>.

${text.documentsHeader()}
<#list documents?filter(d -> d.kind != "form") as d>
| ${d.reference} | <@sms.link d.id/> | ${sms.word(d.kind)} | ${d.version} | ${d.status}<#if d.plannedApproval??> ${text.plannedApproval(d.plannedApproval)}</#if> | ${d.owner.title} | ${d.nextReview} | <#list d.clauses as c>${c}<#sep>, </#list> |
</#list>

<#if forms.all?has_content>
<@sms.section title=text.formsTitle() clauses=["7.5.3"] key="forms"/>

${text.formsIntro()}

${text.formsHeader()}
<#list forms.all as f>
| ${f.doc.reference} | <@sms.link f.doc.id/> | ${f.doc.version} | ${f.doc.status} | ${f.doc.nextReview} | ${f.record} | <#list f.clauses as c>${c}<#sep>, </#list> |
</#list>

</#if>
<@sms.section title=text.requiredTitle() clauses=["7.5.4"] key="documented-information-required-by-the-standard"/>

${text.requiredIntro(sms.edition == "2011")}

<#if sms.edition == "2011">
<#assign transitionPlans><@held "design-build-transition"/></#assign>
${text.requiredHeader()}
| ${text.requiredPolicy()} | 4.1.2 | <@held "service-management-policy"/> |
| ${text.requiredScope()} | 4.5.1 | <@held "sms-scope"/> |
| ${text.requiredPlanWithObjectives()} | 4.5.2 | <@held "sms-plan"/> |
| ${text.requiredImprovementPolicy()} | 4.5.5.1 | <@held "continual-improvement"/> |
| ${text.requiredAuditProgramme()} | 4.5.4.2 | <@held "internal-audit"/> |
| ${text.requiredServicePlans()} | 5.2 | ${text.transitionPlans(transitionPlans)} |
| ${text.requiredCatalogue()} | 6.1 | <@held "service-catalogue"/> |
| ${text.requiredSlas()} | 6.1 | <@slasHeld/> |
| ${text.requiredContinuityAndAvailabilityPlans()} | 6.3.2 | <@held "service-continuity-plan"/>; <@held "availability-plan"/> |
| ${text.requiredBudgetingPolicy()} | 6.4 | <@held "budgeting-and-accounting-policy"/> |
| ${text.requiredCapacityPlan()} | 6.5 | <@held "capacity-plan"/> |
| ${text.requiredSecurityPolicy()} | 6.6.1 | <@held "information-security-policy"/> |
| ${text.requiredChangePolicy()} | 9.2 | <@held "change-management-policy"/> |
| ${text.requiredReleasePolicy()} | 9.3 | <@held "release-policy"/> |
| ${text.requiredProcedures()} | 4.3.1 | <@linkList documentRegister.procedures text.notInSet()/> |
| ${text.requiredSupplierContracts2011()} | 7.2 | ${text.externalBelow()} |
| ${text.requiredInternalAgreements2011()} | 6.1 | <@linkList documentRegister.internalAgreements text.externalBelow()/> |
| ${text.requiredRecordsIntro()} | 4.3.3 | ${text.mandatoryBelow()} |

<#else>
${text.requiredHeader()}
| ${text.requiredScope()} | 4.3 | <@held "sms-scope"/> |
| ${text.requiredPolicy()} | 5.2 | <@held "service-management-policy"/> |
| ${text.requiredObjectives()} | 6.2 | <@held "sms-plan"/> |
| ${text.requiredRisks()} | 6.1 | <@held "sms-plan"/> |
| ${text.requiredPlan()} | 6.3 | <@held "sms-plan"/> |
| ${text.requiredChangePolicy()} | 8.5.1.1 | <@held "change-management-policy"/> |
| ${text.requiredSecurityPolicy()} | 8.7.3.1 | <@held "information-security-policy"/> |
| ${text.requiredContinuityPlan()} | 8.7.2 | <@held "service-continuity-plan"/> |
| ${text.requiredAvailability()} | 8.7.1 | <@held "availability-plan"/> |
| ${text.requiredProcesses()} | 4.4 | <@linkList documentRegister.procedures text.notInSet()/> |
| ${text.requiredServiceRequirements()} | 8.2.2, 8.3.3 | <@held "service-catalogue"/>; <@held "service-portfolio"/> |
| ${text.requiredCatalogue()} | 8.2.4 | <@held "service-catalogue"/> |
| ${text.requiredSlas()} | 8.3.3 | <@slasHeld/> |
| ${text.requiredSupplierContracts()} | 8.3.4.1 | ${text.externalBelow()} |
| ${text.requiredInternalAgreements()} | 8.3.4.2 | <@linkList documentRegister.internalAgreements text.externalBelow()/> |
| ${text.requiredRecordsIntro()} | 7.5.4 | ${text.mandatoryBelow()} |

</#if>
<@sms.section title=text.externalTitle() clauses=["7.5.3"] key="documents-of-external-origin"/>

${text.externalIntro(library)}

${text.externalHeader()}
<#list documentRegister.externalDocuments as e>
| ${e.document} | ${e.origin} | ${e.reference} | ${e.owner.title} |
</#list>
${text.externalGeneralRows()}

<#if !suppliers?has_content>
${text.noSuppliers()}

</#if>
<@sms.section title=text.recordsTitle() clauses=["7.5.3", "7.5.4"] key="mandatory-records"/>

${text.recordsIntro(library)}

${text.recordsHeader()}
<#list documentRegister.records as r>
| ${r.record} | ${sms.clauseRef(r.clause, r.clause2011!"")} | ${r.area} | ${r.owner.title} | ${r.where} | <@held r.doc/> |
</#list>

${text.otherRecords()}

<@sms.section title=text.maintainingTitle() clauses=["7.5.3"] key="maintaining-the-register"/>

${text.maintaining(dc, library, doc.owner.id == dc.owner.id)}
