<#--
id: relationship-processes
title: Relationship Processes Procedure
kind: procedure
code: PRO-17
order: 620
editions:
  "2011": {clauses: ["7", "7.1", "7.2"]}
related: ["service-delivery-processes", "governance-of-other-parties", "service-catalogue", "supplier-register", "change-management-policy", "nonconformity-and-corrective-action"]
-->
<@sms.section title="Purpose" clauses2011=["7"]/>

This procedure sets out how ${org.name}, as the ${t.provider}, builds and keeps its relationships with
the customers of its services and with the suppliers and internal groups that help deliver them, so that
what it commits to customers is understood, reviewed and backed by what others commit to it.

<@sms.section title="Scope"/>

The procedure covers every customer of the services in <@sms.link "service-catalogue"/>, the service
reviews, satisfaction measurement and service complaints, and every supplier and internal group that
contributes to those services. The agreement of service levels with customers is part of service level
management in <@sms.link "service-delivery-processes"/>.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": brm.owner, "duties": "Owns business relationship management; is the named contact for each customer; runs service reviews, the satisfaction survey and the complaint procedure."},
  {"role": supplierManagement.owner, "duties": "Owns supplier management; keeps the supplier register; manages contracts and agreements; runs supplier performance reviews and the contractual dispute procedure."},
  {"role": slm.owner, "duties": "Checks that supplier contracts and internal agreements support the service level targets agreed with customers."},
  {"role": supplierManagement.owner, "duties": "Signs or amends supplier contracts within the approved budget."},
  {"role": sms.topManagement, "duties": "Signs supplier contracts beyond the approved budget; is the final point of escalation for complaints and disputes."}
]/>

<#include "/sections/business-relationship-management.ftl">
<#include "/sections/supplier-management.ftl">
<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="business-relationship-management" rows=[
  {"record": "Customer records and service review minutes", "owner": brm.owner, "retention": "3 years"},
  {"record": "Customer satisfaction results", "owner": brm.owner, "retention": "3 years"},
  {"record": "Service complaints", "owner": brm.owner, "retention": "3 years after closure"},
  {"record": "Supplier contracts and agreements with internal groups", "owner": supplierManagement.owner, "heldIn": "SMS document library", "retention": "6 years after expiry"},
  {"record": "Supplier evaluations and performance reviews", "owner": supplierManagement.owner, "heldIn": "SMS document library", "retention": "6 years after the end of the contract"},
  {"record": "Contractual dispute records", "owner": supplierManagement.owner, "heldIn": "SMS document library", "retention": "6 years after settlement or after the end of the contract, whichever is later"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
<#list measures.of["relationship-processes"] as m>
| ${m.name} | ${m.target} |
</#list>
