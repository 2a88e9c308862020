<#--
id: form-internal-agreement
title: Internal Agreement Template
kind: form
code: FRM-12
order: 961
clauses: ["8.3.4.2"]
editions:
  "2018": {}
  "2011": {title: Internal Group Agreement Template, clauses: ["6.1"]}
related: ["relationship-and-agreement", "form-supplier-review"]
-->
<#include "/sections/form-parts.ftl">
<@sms.section title="Use of this form"/>

An ${t.internalSupplier} is a part of the wider organisation, outside the SMS, that contributes to a
service. It signs no commercial contract: the manager of each ${t.internalSupplier} at ${org.name} agrees
this document with it instead, as the supplier management steps of the <@sms.link "relationship-and-agreement"/>
require: what it provides, the service levels and how they are measured, how it works with the SMS
processes, the contacts and the escalation route. Performance is monitored monthly and reviewed with the
<@sms.link "form-supplier-review"/>; the agreement is reviewed at least once a year and whenever the services
it supports change.

<@recordBlock/>

<@sms.section title="1. Parties"/>

<#if internalSuppliers?has_content>
| ${t["form.tick"]} | ${t.InternalSupplier} | Provides | Services supported | Managed by |
|---|---|---|---|---|
<#list internalSuppliers as x>
| ☐ | ${x.name} | ${x.provides!"—"} | <@sms.names items=x.services empty="none in the catalogue"/> | ${x.manager.title} |
</#list>

</#if>
| Parties | |
|---|---|
| ${t.InternalSupplier} | |
| Head of the ${t.internalSupplier} | |
| Agreement reference | |
| ${org.name}, represented by | |
| Effective from | |
| Next review due | |

<@sms.section title="2. What is provided"/>

| What is provided | |
|---|---|
| Service or activity provided | |
| Services in scope that depend on it | |
| Hours of support | |
| What is not included | |
| What ${org.name} provides in return (information, access, funding) | |

<@sms.section title="3. Service levels"/>

| Measure | Target | How it is measured | Reported to ${org.name} |
|---|---|---|---|
<@blankRows 6 4/>

<@sms.section title="4. Working with the SMS processes"/>

| Process | What the ${t.internalSupplier} does | Contact |
|---|---|---|
<#list ["incident-management", "change-management", "configuration-management", "service-continuity-management", "information-security-management", "service-reporting"] as id>
| ${processes[id].name} | | |
</#list>

<@sms.section title="5. Contacts and escalation"/>

| Level | For ${org.name} | For the ${t.internalSupplier} |
|---|---|---|
| Day-to-day contact | | |
| First escalation | | |
| Final escalation | | |

<@sms.section title="6. Review and change"/>

| Review and change | |
|---|---|
| Performance reviewed | <@choices ["Quarterly (supports a high-criticality service)", "Every six months"]/> |
| Changes to this agreement | Agreed in writing by both signatories, and assessed first for their effect on the services |
| How disagreements are settled | |

<@sms.section title="Sign-off"/>

<@signoff [
  {"step": "For the " + t.internalSupplier},
  {"step": "For " + org.name + ": the manager of this " + t.internalSupplier},
  {"step": "Noted", "role": supplierManagement.owner}
]/>
