<#-- The words of the control processes procedure (English); its structure is control-processes.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how ${org.name}, as the ${t.provider}, keeps control of its services and their
components: how configuration items (CIs) are identified and recorded in the configuration management
database (CMDB), how every change is recorded, assessed, approved and reviewed, and how releases are
planned, tested and deployed. It puts into practice <@sms.link "change-management-policy"/> and
<@sms.link "release-policy"/>.
@@scopeTitle
Scope
@@scope
The procedure applies to every CI of the services in <@sms.link "service-catalogue"/>, to every change to
an item under change control, and to every release deployed into the live environment, whoever builds or
deploys it, including suppliers and internal groups. Changes with potential major impact, new services and
the removal of a service are also designed and transitioned under <@sms.link "design-build-transition"/>.
@@rolesTitle
Roles and responsibilities
@@configurationOwnerDuties
Owns configuration management; defines the CI types; maintains the CMDB ${configuration.inTool?no_esc}; runs configuration audits.
@@assetOwnerDuties
Keeps the asset register consistent with the CMDB; controls licences and disposal of assets.
@@changeOwnerDuties
Owns change management; chairs the CAB; maintains the change schedule; reviews failed and emergency changes.
@@releaseOwnerDuties
Owns release and deployment management; maintains the release policy; plans, tests and deploys releases; runs early life support.
@@changeOwners
Change owners (the person who raises the change, or the service owner for a change to a service) are
responsible for the content of the request for change (RFC) and for the business case behind it.
@@recordsTitle
Records
@@cmdbRecord
CMDB records of the CIs and their relationships
@@cmdbRetention
3 years after the CI is withdrawn
@@baselinesRecord
Configuration baselines and configuration audit reports
@@threeYears
3 years
@@rfcRecord
Requests for change, assessments and approvals
@@threeYearsAfterClosure
3 years after closure
@@cabRecord
CAB minutes and post-implementation reviews
@@releaseRecord
Release plans, test results and deployment records
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
