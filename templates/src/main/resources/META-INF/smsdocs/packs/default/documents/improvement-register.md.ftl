<#--
id: improvement-register
title: Improvement Register
kind: register
code: REG-09
order: 904
clauses: ["10.2"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.5.1", "4.5.5.2"]}
related: ["continual-improvement", "risk-register", "implementation-plan", "traceability-matrix", "nonconformity-and-corrective-action", "management-review"]
-->
<#-- The entries the register starts with are derived in ImprovementRegister (improvementRegister.entries): the
     opportunities of the risk register and the open gaps of the gap assessment, each by a rule stated below. -->
<#-- The structure of the improvement register; its words are in improvement-register.text.ftl and its language variants. -->
<#import "/documents/improvement-register.text.ftl" as text>
<#assign y2011 = sms.edition == "2011">
<@sms.section title=text.purposeTitle() clauses=["10.2"] clauses2011=["4.5.5.1"] key="purpose"/>

${text.purpose()}
<#if y2011>
${text.purposePreventive()}
</#if>

<@sms.section title=text.howEntriesTitle() clauses=["10.2"] clauses2011=["4.5.5.2"] key="how-entries-are-made"/>

${text.howEntries(y2011)}

<@sms.section title=text.derivedTitle() clauses=["10.2"] clauses2011=["4.5.5.2"] key="entries-derived-from-the-risk-register-and-the-gap-assessment"/>

${text.derived(y2011)}

<@sms.section title=text.registerTitle() clauses=["10.2"] clauses2011=["4.5.5.2"] key="register"/>

<#if improvementRegister.entries?has_content>
<#if y2011>
${text.registerHeader2011()}
<#else>
${text.registerHeader()}
</#if>
<#list improvementRegister.entries as e>
<#if e.kind == "opportunity">
${text.opportunityRow(e, y2011)}
<#else>
${text.gapRow(e, y2011)}
</#if>
</#list>
<#else>
${text.noEntries()}
</#if>

<@sms.section title=text.reviewTitle() key="review-of-the-register"/>

${text.review()}
