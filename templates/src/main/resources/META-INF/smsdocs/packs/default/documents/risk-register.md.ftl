<#--
id: risk-register
title: Risk and Opportunity Register
kind: register
code: REG-05
order: 907
clauses: ["6.1"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.2", "6.6.2"]}
related: ["sms-plan", "information-security-policy", "service-continuity-plan", "management-review"]
-->
<#-- The structure of the risk and opportunity register; its words are in risk-register.text.ftl and its language variants. -->
<#import "/documents/risk-register.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses=["6.1"] clauses2011=["4.5.2"] key="purpose"/>

${text.purpose()}<#if sms.edition == "2011"> (<@sms.link "service-delivery-processes"/>)<#else> (<@sms.link "service-assurance"/>)</#if>.

<@sms.section title=text.ratingMethodTitle() clauses=["6.1"] clauses2011=["4.5.2"] key="rating-method"/>

${text.ratingMethod()}

<#include "/sections/risk-criteria.ftl">
<@sms.section title=text.registerTitle() clauses=["6.1"] clauses2011=["4.5.2"] key="register"/>

<#if sms.risks?has_content>
<#include "/sections/risk-register.ftl">
<#else>
${text.noRisks()}

</#if>
<@sms.section title=text.reviewTitle() key="review"/>

${text.review()}
