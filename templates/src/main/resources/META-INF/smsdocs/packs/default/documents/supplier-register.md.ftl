<#--
id: supplier-register
title: Supplier and Contract Register
kind: register
code: REG-08
order: 903
clauses: ["8.3.4", "8.3.4.1", "8.3.4.2"]
editions:
  "2018": {}
  "2011": {clauses: ["7.2", "6.1"]}
process: supplier-management
related: ["relationship-and-agreement", "service-catalogue", "service-continuity-plan", "governance-of-other-parties", "decision-register", "document-register"]
-->
<#-- The rows, the services with their criticality, the reference or its open decision, the review frequency and the
     next review date are computed once in SupplierRegister (supplierRegister.*); an internal supplier's agreement
     is a document of the set (supplier.agreementDocument). -->
<#-- Its words are in supplier-register.text.ftl and its language variants. -->
<#import "/documents/supplier-register.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses=["8.3.4"] clauses2011=["7.2"] key="purpose"/>

${text.purpose()}
<#if provider.inHouse>
${text.inHouse()}
</#if>

<@sms.section title=text.keepingTitle() clauses=["8.3.4"] clauses2011=["7.2"] key="how-the-register-is-kept"/>

${text.keeping()}
<#if supplierRegister.dated>
${text.nextReviewDated()}
<#else>
${text.nextReviewUndated()}
</#if>
${text.openReference()}

<@sms.section title=t.ExternalSuppliers clauses=["8.3.4.1"] clauses2011=["7.2"] key="external-suppliers"/>

<#if supplierRegister.external?has_content>
${text.externalHeader()}
<#list supplierRegister.external as r>
| ${r.supplier.name} | ${r.supplier.provides!"—"} | ${r.services} | ${r.supplier.reference?cap_first} | <@sms.roleWithPerson r.supplier.manager/> | ${r.reviewFrequency?cap_first} | ${r.nextReview} |
</#list>
<#else>
${text.noExternal()}
</#if>

<@sms.section title=t.InternalSuppliers clauses=["8.3.4.2"] clauses2011=["6.1"] key="internal-suppliers"/>

<#if supplierRegister.internal?has_content>
${text.internalIntro()}

${text.internalHeader()}
<#list supplierRegister.internal as r>
| ${r.supplier.name} | ${r.supplier.provides!"—"} | ${r.services} | ${r.supplier.reference?cap_first}<#if r.supplier.agreementDocument??>: <@sms.link r.supplier.agreementDocument/></#if> | <@sms.roleWithPerson r.supplier.manager/> | ${r.reviewFrequency?cap_first} | ${r.nextReview} |
</#list>
<#else>
${text.noInternal()}
</#if>

<@sms.section title=text.contractTitle() clauses=["8.3.4.1"] clauses2011=["7.2"] key="what-a-contract-must-contain"/>

${text.contract()}
<#list sector.supplier as point>
- **${sector.name?cap_first}:** ${point}
</#list>

<@sms.section title=text.agreementTitle() clauses=["8.3.4.2"] clauses2011=["6.1"] key="what-an-internal-agreement-must-contain"/>

${text.agreement()}

${text.agreementShortfalls()}

<@sms.section title=text.reviewTitle() clauses=["8.3.4"] clauses2011=["7.2"] key="review-of-the-register"/>

${text.review()}
