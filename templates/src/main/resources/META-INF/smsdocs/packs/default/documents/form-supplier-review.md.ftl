<#--
id: form-supplier-review
title: Supplier Review Record Form
kind: form
code: FRM-09
order: 958
clauses: ["8.3.4.1", "8.3.4.2"]
editions:
  "2018": {}
  "2011": {clauses: ["7.2", "6.1"]}
related: ["relationship-and-agreement", "form-internal-agreement"]
-->
<#include "/sections/form-parts.ftl">
<@sms.section title="Use of this form"/>

The manager of each ${t.externalOrInternalSupplier} at ${org.name} completes this record at every
performance review with it, as the supplier management steps of the <@sms.link "relationship-and-agreement"/>
set out: quarterly where it supports a high-criticality service, every six months otherwise. The ${supplierManagement.owner.title} reports the
outcome of the reviews to the management review.

<@recordBlock/>

<@sms.section title="1. Supplier and review"/>

<#if procedures.parties?has_content>
| ${t["form.tick"]} | Supplier | Type | Contract or agreement | Services supported | Managed by | Reviews |
|---|---|---|---|---|---|---|
<#list procedures.parties as x>
| ☐ | ${x.name} | ${x.typeLabel} | ${x.agreement} | <@sms.names items=x.services empty="none in the catalogue"/> | ${x.manager.title} | <#if sms.servesHigh(x.services)>Quarterly<#else>Six-monthly</#if> |
</#list>

</#if>
| Review | |
|---|---|
| Supplier | |
| Contract or agreement reference | |
| Period reviewed | |
| Date of the review | |
| Attendees for ${org.name} | |
| Attendees for the supplier | |

<@sms.section title="2. Performance against the contract or agreement"/>

| Service level or obligation | Target | Achieved | Met | Comment |
|---|---|---|---|---|
<@blankRows 8 5/>

<@sms.section title="3. Review points"/>

| Review points | |
|---|---|
| Incidents and breaches in the period | |
| Changes made by the supplier, or affecting it | |
| Risks: information security, service continuity, financial standing | |
| Complaints from customers that involve the supplier | |
| Open disputes | |
| Improvements proposed by either side | |
| The contract or agreement still meets the needs of ${org.name} | <@choices ["Yes", "No: change to be agreed"]/> |
| Contract or agreement ends on; decision to renew, renegotiate or replace due by | |

<@sms.section title="4. Actions"/>

| ${t["form.no"]} | Action | Owner (${org.name} or supplier) | Due |
|---|---|---|---|
<@blankRows 6 4 true/>

<@sms.section title="Sign-off"/>

<@signoff [
  {"step": "Record written by the supplier's manager at " + org.name},
  {"step": "Agreed for the supplier"},
  {"step": "Received for the management review", "role": supplierManagement.owner}
]/>
