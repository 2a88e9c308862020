<#--
id: design-build-transition
title: Design, Build and Transition Procedure
kind: procedure
code: PRO-07
order: 650
clauses: ["8.5", "8.5.1", "8.5.1.2", "8.5.1.3", "8.5.2", "8.5.2.1", "8.5.2.2", "8.5.2.3", "8.5.3"]
editions:
  "2018": {}
  "2011": {related: ["change-management-policy", "control-processes", "service-catalogue", "service-delivery-processes", "release-policy"], title: Design and Transition of New or Changed Services Procedure, clauses: ["5", "5.1", "5.2", "5.3", "5.4"]}
related: ["change-management-policy", "service-portfolio", "service-catalogue", "supply-and-demand", "resolution-and-fulfilment", "service-assurance"]
-->
<@sms.section title="Purpose"/>

<#if sms.edition == "2011">
This procedure sets out how ${org.name}, as the ${t.provider}, plans, designs, develops and transitions
new services and changes to services that can have a major impact on services or customers, including the
removal of a service and its transfer to or from another party. Such changes are identified under
<@sms.link "change-management-policy"/>; every other change follows the control processes in
<@sms.link "control-processes"/>.

<@sms.section title="Scope"/>

The procedure applies to every new service, every change to a service that meets the criteria for
potential major impact in the change management policy, and every removal or transfer of a service in
<@sms.link "service-catalogue"/>, whoever designs or builds it, including suppliers and internal groups.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": transition.owner, "duties": "Owns the design and transition of new or changed services; writes the transition plans; coordinates design, build, acceptance and transition; reports the outcome."},
  {"role": change.owner, "duties": "Decides, under the change management policy, which changes go through this procedure; has the CAB review transition plans and designs."},
  {"role": release.owner, "duties": "Deploys new or changed services into the live environment under the release policy; runs early life support."},
  {"role": configuration.owner, "duties": "Records the new CIs and their relationships in the CMDB and takes baselines before deployment."},
  {"role": sms.topManagement, "duties": "Approves transition plans and accepts new services into live operation."}
]/>

<#else>
This procedure sets out how ${org.name} changes its services: how requests for change are recorded,
assessed, approved and implemented; how new services and major changes are planned, designed, built and
transitioned into live operation, or out of it; and how releases are planned, tested and deployed. It puts
into practice the rules of <@sms.link "change-management-policy"/>.

<@sms.section title="Scope"/>

The procedure applies to every change to an item under change control as defined in the policy, to every
new service and every removal or transfer of a service, and to every release deployed into the live
environment of the services in the <@sms.link "service-catalogue"/>, whoever builds or deploys it,
including suppliers.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": change.owner, "duties": "Owns the change management process; chairs the CAB; maintains the change schedule; reviews failed and emergency changes."},
  {"role": transition.owner, "duties": "Owns service design and transition; plans and coordinates new or changed services with potential major impact, and service removals and transfers."},
  {"role": release.owner, "duties": "Owns release and deployment management; maintains the release policy; plans, tests and deploys releases; runs early life support."},
  {"role": configuration.owner, "duties": "Provides ${t.configurationInformation} for impact assessment; takes baselines; checks CIs are updated when changes close."},
  {"role": sms.topManagement, "duties": "Approves changes with potential major impact before design starts and accepts new services into live operation."}
]/>

Change owners (the person who raises the change, or the service owner for a change to a service) are
responsible for the content of the RFC and for the business case behind it.
</#if>

<@sms.section title="How changes are routed" clauses=["8.5"]/>

Every change starts as a request for change ${change.inTool}. Its route depends on
the category set in <@sms.link "change-management-policy"/>:

| Category | Route | Deployment |
|---|---|---|
| Standard change | Change model, recorded and carried out | Procedure of the change model |
<#if sms.edition == "2011">
| Normal change | Change management in <@sms.link "control-processes"/> | Release and deployment management |
| Emergency change | Emergency change steps in <@sms.link "control-processes"/> | Emergency release |
<#else>
| Normal change | Change management activities below | Release and deployment management |
| Emergency change | Emergency change steps below | Emergency release |
</#if>
| Potential major impact, including removal or transfer of a service | Service design and transition, then change management for each release | Release and deployment management, with early life support |

<#if sms.edition == "2011">
<#include "/sections/service-design-and-transition.ftl">
<@sms.section title="Inputs and outputs"/>

| Inputs | Outputs |
|---|---|
| Service requirements from customers and from the service management plan | Approved transition plans, or plans for removal or transfer |
| Requests for change with potential major impact | Service designs reviewed by the CAB |
| CMDB information on the services and CIs affected | Accepted services, with signed acceptance records |
| Capacity, security, continuity and availability requirements | Updated catalogue, SLAs and CMDB at go-live |
| Budget and resource constraints | Transition outcome reports and lessons learned |

<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="service-design-and-transition" rows=[
  {"record": "Transition plans, service designs and acceptance records", "owner": transition.owner, "heldIn": "SMS document library", "retention": "Life of the service plus 3 years"},
  {"record": "Transition outcome reports", "owner": transition.owner, "heldIn": "SMS document library", "retention": "Life of the service plus 3 years"},
  {"record": "Plans and records of the removal or transfer of a service", "owner": transition.owner, "heldIn": "SMS document library", "retention": "6 years after the removal or transfer"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
<#list measures.of["design-build-transition"] as m>
| ${m.name} | ${m.target} |
</#list>
<#else>
<#include "/sections/change-management.ftl">
<#include "/sections/service-design-and-transition.ftl">
<#include "/sections/release-and-deployment.ftl">
<@sms.section title="Inputs and outputs"/>

| Inputs | Outputs |
|---|---|
| Requests for change | Assessed and approved or rejected changes |
| Service requirements and portfolio decisions | Transition plans, service designs and acceptance records |
| ${t.ConfigurationInformation} | Change schedule and release plans |
| Known errors requiring a permanent fix | Deployed releases and updated ${t.configurationInformation} |
| Capacity, security and continuity requirements | Post-implementation reviews and transition reports |

<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="change-management" rows=[
  {"record": "Requests for change, assessments and approvals", "owner": change.owner, "retention": "3 years after closure"},
  {"record": "CAB minutes and post-implementation reviews", "owner": change.owner, "retention": "3 years"},
  {"record": "Transition plans, service designs and acceptance records", "owner": transition.owner, "heldIn": "SMS document library", "retention": "Life of the service plus 3 years"},
  {"record": "Transition outcome reports", "owner": transition.owner, "heldIn": "SMS document library", "retention": "Life of the service plus 3 years"},
  {"record": "Release plans, test results and deployment records", "owner": release.owner, "heldIn": sms.toolOf("release-and-deployment-management")?cap_first, "retention": "3 years"},
  {"record": "Configuration baselines", "owner": configuration.owner, "heldIn": sms.toolOf("configuration-management")?cap_first, "retention": "Until the next baseline of the service has been taken and the change is closed"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
<#list measures.of["design-build-transition"] as m>
| ${m.name} | ${m.target} |
</#list>
</#if>
