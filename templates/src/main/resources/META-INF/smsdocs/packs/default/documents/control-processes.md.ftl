<#--
id: control-processes
title: Control Processes Procedure
kind: procedure
code: PRO-18
order: 655
editions:
  "2011": {clauses: ["9", "9.1", "9.2", "9.3"]}
related: ["change-management-policy", "release-policy", "design-build-transition", "service-catalogue", "resolution-and-fulfilment", "service-delivery-processes"]
-->
<@sms.section title="Purpose" clauses2011=["9"]/>

This procedure sets out how ${org.name}, as the ${t.provider}, keeps control of its services and their
components: how configuration items (CIs) are identified and recorded in the configuration management
database (CMDB), how every change is recorded, assessed, approved and reviewed, and how releases are
planned, tested and deployed. It puts into practice <@sms.link "change-management-policy"/> and
<@sms.link "release-policy"/>.

<@sms.section title="Scope"/>

The procedure applies to every CI of the services in <@sms.link "service-catalogue"/>, to every change to
an item under change control, and to every release deployed into the live environment, whoever builds or
deploys it, including suppliers and internal groups. Changes with potential major impact, new services and
the removal of a service are also designed and transitioned under <@sms.link "design-build-transition"/>.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": configuration.owner, "duties": "Owns configuration management; defines the CI types; maintains the CMDB " + configuration.inTool + "; runs configuration audits."},
  {"role": asset.owner, "duties": "Keeps the asset register consistent with the CMDB; controls licences and disposal of assets."},
  {"role": change.owner, "duties": "Owns change management; chairs the CAB; maintains the change schedule; reviews failed and emergency changes."},
  {"role": release.owner, "duties": "Owns release and deployment management; maintains the release policy; plans, tests and deploys releases; runs early life support."}
]/>

Change owners (the person who raises the change, or the service owner for a change to a service) are
responsible for the content of the request for change (RFC) and for the business case behind it.

<#include "/sections/configuration-management.ftl">
<#include "/sections/asset-management.ftl">
<#include "/sections/change-management.ftl">
<#include "/sections/release-and-deployment.ftl">
<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="configuration-management" rows=[
  {"record": "CMDB records of the CIs and their relationships", "owner": configuration.owner, "retention": "3 years after the CI is withdrawn"},
  {"record": "Configuration baselines and configuration audit reports", "owner": configuration.owner, "retention": "3 years"},
  {"record": "Requests for change, assessments and approvals", "owner": change.owner, "heldIn": sms.toolOf("change-management")?cap_first, "retention": "3 years after closure"},
  {"record": "CAB minutes and post-implementation reviews", "owner": change.owner, "heldIn": sms.toolOf("change-management")?cap_first, "retention": "3 years"},
  {"record": "Release plans, test results and deployment records", "owner": release.owner, "heldIn": sms.toolOf("release-and-deployment-management")?cap_first, "retention": "3 years"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
<#list measures.of["control-processes"] as m>
| ${m.name} | ${m.target} |
</#list>
