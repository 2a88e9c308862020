<#--
id: relationship-and-agreement
title: Relationship and Agreement Procedure
kind: procedure
code: PRO-05
order: 620
clauses: ["8.3", "8.3.1", "8.3.2", "8.3.3", "8.3.4", "8.3.4.1", "8.3.4.2"]
editions: ["2018"]
related: ["service-catalogue", "supplier-register", "service-portfolio", "supply-and-demand", "change-management-policy", "monitoring-and-reporting", "nonconformity-and-corrective-action"]
-->
<@sms.section title="Purpose"/>

This procedure sets out how ${org.name} manages its relationships with the customers who receive its
services and with the suppliers who help deliver them, and how it agrees, monitors and reviews the service
levels it commits to. It makes sure that what ${org.name} promises to customers is supported by what its
suppliers promise to ${org.name}.

<@sms.section title="Scope"/>

The procedure covers all customers of the services in the <@sms.link "service-catalogue"/>, their service
level agreements (SLAs), service complaints, and all external and internal suppliers that contribute to
those services. Commercial negotiation of prices is outside its scope, but the service content of every
contract is within it.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": brm.owner, "duties": "Owns business relationship management; is the named contact for each customer; runs service reviews, the satisfaction survey and the complaint procedure."},
  {"role": slm.owner, "duties": "Owns service level management; agrees SLAs with customers; monitors performance against them; keeps SLAs consistent with the service catalogue and supplier agreements."},
  {"role": supplierManagement.owner, "duties": "Owns supplier management; keeps the supplier register; manages contracts and internal agreements; runs supplier performance reviews and the contractual dispute procedure."},
  {"role": supplierManagement.owner, "duties": "Signs or amends supplier contracts within the approved budget."},
  {"role": governance.slaSignatory, "duties": "Signs the SLAs for " + org.name + "."},
  {"role": sms.topManagement, "duties": "Signs supplier contracts beyond the approved budget; is the final point of escalation for complaints and disputes."}
]/>

<@sms.section title="Relationships and agreements" clauses=["8.3", "8.3.1"]/>

${org.name} manages a chain of agreements: each customer-facing commitment must be backed by the internal
and supplier commitments it depends on.

| Agreement | Between | Defines | Owner |
|---|---|---|---|
| Service level agreement | ${org.name} and each customer | service, hours, targets, workload limits, exceptions, reporting | ${slm.owner.title} |
| Supplier contract | ${org.name} and each external supplier | scope, service levels, interfaces, obligations, dispute route | ${supplierManagement.owner.title} |
| Internal agreement | ${sms.possessive(org.name)} SMS and each internal supplier | scope, service levels, interfaces, contacts | ${supplierManagement.owner.title} |

Before a new or changed SLA is signed, the ${slm.owner.title}<#if supplierManagement.owner.id != slm.owner.id> and the
${supplierManagement.owner.title}</#if> check<#if supplierManagement.owner.id == slm.owner.id>s</#if> that the supplier contracts and internal agreements of the service support its targets. Where they do not, either
the SLA target is adjusted or the supporting agreement is changed first. The same check is made before a
supporting agreement is changed or renewed.

<#include "/sections/business-relationship-management.ftl">
<#include "/sections/service-level-management.ftl">
<#include "/sections/supplier-management.ftl">
<@sms.section title="Inputs and outputs"/>

| Inputs | Outputs |
|---|---|
| Customer requirements and business plans | Customer records and service review minutes |
| Service reports and SLA performance | Signed SLAs |
| Survey results and complaints | Satisfaction analysis and complaint records |
| Supplier performance data | Supplier contracts, internal agreements and review records |
| Changes to services | Dispute records and improvement actions |

<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="business-relationship-management" rows=[
  {"record": "Customer records and service review minutes", "owner": brm.owner, "retention": "3 years"},
  {"record": "Customer satisfaction results", "owner": brm.owner, "retention": "3 years"},
  {"record": "Service complaints", "owner": brm.owner, "retention": "3 years after closure"},
  {"record": "Signed SLAs and their versions", "owner": slm.owner, "heldIn": "SMS document library", "retention": "6 years after expiry"},
  {"record": "Supplier contracts and internal agreements", "owner": supplierManagement.owner, "heldIn": "SMS document library", "retention": "6 years after expiry"},
  {"record": "Supplier evaluations and performance reviews", "owner": supplierManagement.owner, "heldIn": "SMS document library", "retention": "6 years after the end of the contract"},
  {"record": "Contractual dispute records", "owner": supplierManagement.owner, "heldIn": "SMS document library", "retention": "6 years after settlement or after the end of the contract, whichever is later"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
<#list measures.of["relationship-and-agreement"] as m>
| ${m.name} | ${m.target} |
</#list>
