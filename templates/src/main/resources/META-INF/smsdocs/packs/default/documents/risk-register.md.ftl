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
<@sms.section title="Purpose" clauses=["6.1"] clauses2011=["4.5.2"]/>

This register records the risks and opportunities of the service management system (SMS) of ${org.name}:
what could stop the SMS or the services achieving their intended results, what could help them, how each is
rated, how it is treated and who owns it. How risks are identified and reviewed is set out in
<@sms.link "sms-plan"/>; information security risks are assessed in detail under information security
management<#if sms.edition == "2011"> (<@sms.link "service-delivery-processes"/>)<#else> (<@sms.link "service-assurance"/>)</#if>.

<@sms.section title="Rating method" clauses=["6.1"] clauses2011=["4.5.2"]/>

Each risk is rated for likelihood and impact, taking existing controls into account; the matrix gives its
level, and the level sets the response.

<#include "/sections/risk-criteria.ftl">
<@sms.section title="Register" clauses=["6.1"] clauses2011=["4.5.2"]/>

<#if sms.risks?has_content>
<#include "/sections/risk-register.ftl">
<#else>
No risks or opportunities are recorded yet. They are identified at the yearly planning workshop, at each
register review and whenever the services, suppliers or the organisation change.

</#if>
<@sms.section title="Review"/>

Risk owners review their risks ${cadence.riskReview.every} and after any incident, audit finding or change that affects
them. The ${sms.manager.title} reviews the whole register ${cadence.riskReview.every} and before each management review,
which receives the high risks and the effectiveness of the treatments.
