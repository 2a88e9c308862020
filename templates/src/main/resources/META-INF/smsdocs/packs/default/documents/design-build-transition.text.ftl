<#-- The words of the design, build and transition procedure (English); its structure is design-build-transition.md.ftl. -->
@@purposeTitle
Purpose
@@purpose2011
This procedure sets out how ${org.name}, as the ${t.provider}, plans, designs, develops and transitions
new services and changes to services that can have a major impact on services or customers, including the
removal of a service and its transfer to or from another party. Such changes are identified under
<@sms.link "change-management-policy"/>; every other change follows the control processes in
<@sms.link "control-processes"/>.
@@scopeTitle
Scope
@@scope2011
The procedure applies to every new service, every change to a service that meets the criteria for
potential major impact in the change management policy, and every removal or transfer of a service in
<@sms.link "service-catalogue"/>, whoever designs or builds it, including suppliers and internal groups.
@@rolesTitle
Roles and responsibilities
@@transitionOwnerDuties2011
Owns the design and transition of new or changed services; writes the transition plans; coordinates design, build, acceptance and transition; reports the outcome.
@@changeOwnerDuties2011
Decides, under the change management policy, which changes go through this procedure; has the CAB review transition plans and designs.
@@releaseOwnerDuties2011
Deploys new or changed services into the live environment under the release policy; runs early life support.
@@configurationOwnerDuties2011
Records the new CIs and their relationships in the CMDB and takes baselines before deployment.
@@topManagementDuties2011
Approves transition plans and accepts new services into live operation.
@@purpose
This procedure sets out how ${org.name} changes its services: how requests for change are recorded,
assessed, approved and implemented; how new services and major changes are planned, designed, built and
transitioned into live operation, or out of it; and how releases are planned, tested and deployed. It puts
into practice the rules of <@sms.link "change-management-policy"/>.
@@scope
The procedure applies to every change to an item under change control as defined in the policy, to every
new service and every removal or transfer of a service, and to every release deployed into the live
environment of the services in the <@sms.link "service-catalogue"/>, whoever builds or deploys it,
including suppliers.
@@changeOwnerDuties
Owns the change management process; chairs the CAB; maintains the change schedule; reviews failed and emergency changes.
@@transitionOwnerDuties
Owns service design and transition; plans and coordinates new or changed services with potential major impact, and service removals and transfers.
@@releaseOwnerDuties
Owns release and deployment management; maintains the release policy; plans, tests and deploys releases; runs early life support.
@@configurationOwnerDuties
Provides ${t.configurationInformation} for impact assessment; takes baselines; checks CIs are updated when changes close.
@@topManagementDuties
Approves changes with potential major impact before design starts and accepts new services into live operation.
@@changeOwners
Change owners (the person who raises the change, or the service owner for a change to a service) are
responsible for the content of the RFC and for the business case behind it.
@@routingTitle
How changes are routed
@@routing
Every change starts as a request for change ${change.inTool}. Its route depends on
the category set in <@sms.link "change-management-policy"/>:

| Category | Route | Deployment |
|---|---|---|
| Standard change | Change model, recorded and carried out | Procedure of the change model |
@@routes2011
| Normal change | Change management in <@sms.link "control-processes"/> | Release and deployment management |
| Emergency change | Emergency change steps in <@sms.link "control-processes"/> | Emergency release |
@@routes
| Normal change | Change management activities below | Release and deployment management |
| Emergency change | Emergency change steps below | Emergency release |
@@majorImpactRoute
| Potential major impact, including removal or transfer of a service | Service design and transition, then change management for each release | Release and deployment management, with early life support |
@@inputsTitle
Inputs and outputs
@@inputsOutputs2011
| Inputs | Outputs |
|---|---|
| Service requirements from customers and from the service management plan | Approved transition plans, or plans for removal or transfer |
| Requests for change with potential major impact | Service designs reviewed by the CAB |
| CMDB information on the services and CIs affected | Accepted services, with signed acceptance records |
| Capacity, security, continuity and availability requirements | Updated catalogue, SLAs and CMDB at go-live |
| Budget and resource constraints | Transition outcome reports and lessons learned |
@@recordsTitle
Records
@@transitionPlansRecord
Transition plans, service designs and acceptance records
@@documentLibrary
SMS document library
@@lifeOfServicePlus3Years
Life of the service plus 3 years
@@transitionReportsRecord
Transition outcome reports
@@removalRecord
Plans and records of the removal or transfer of a service
@@removalRetention
6 years after the removal or transfer
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
@@inputsOutputs
| Inputs | Outputs |
|---|---|
| Requests for change | Assessed and approved or rejected changes |
| Service requirements and portfolio decisions | Transition plans, service designs and acceptance records |
| ${t.ConfigurationInformation} | Change schedule and release plans |
| Known errors requiring a permanent fix | Deployed releases and updated ${t.configurationInformation} |
| Capacity, security and continuity requirements | Post-implementation reviews and transition reports |
@@rfcRecord
Requests for change, assessments and approvals
@@rfcRetention
3 years after closure
@@cabRecord
CAB minutes and post-implementation reviews
@@threeYears
3 years
@@releaseRecord
Release plans, test results and deployment records
@@baselineRecord
Configuration baselines
@@baselineRetention
Until the next baseline of the service has been taken and the change is closed
