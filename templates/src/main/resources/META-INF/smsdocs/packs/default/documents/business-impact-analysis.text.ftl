<#-- The words of the business impact analysis (English); its structure is business-impact-analysis.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This analysis records, for each service in the scope of the service management system (SMS), what an outage
does to ${businessImpact.area} the longer it lasts, how long an outage can be tolerated, what the service
depends on, and the recovery objectives that follow. <@sms.link "service-continuity-plan"/> recovers each
service within these objectives, and <@sms.link "availability-plan"/> sets out how outages are prevented and
kept short.
@@methodTitle
Method
@@method
The ${doc.owner.title} leads the analysis. Each service owner assesses the service with the
representatives of its customers<#if brm.owner.id != doc.owner.id>, whom the ${brm.owner.title} brings in</#if>,
and the ${doc.approver.title} approves the result. The criticality of each service
is the one recorded in <@sms.link "service-catalogue"/>; where the organisation has not set it, it follows the
rule stated in <@sms.link "decision-register"/>.
@@counting
Outage durations are counted in hours of service: an outage that begins outside the service hours of a
service has no effect until they begin, and for a service that does not run round the clock one day of
outage means the service hours of an average day, one week those of a week. The impact is rated after
${sms.andList(businessImpact.checkpoints)} in three areas, on this scale:
@@scaleHeader
| Level | What it means for ${businessImpact.area} |
|---|---|
@@areas
- **Operations.** The criticality of the service sets the impact on ${businessImpact.area} over time, and
  its maximum tolerable outage: the longest outage after which the impact is not yet severe. The recovery
  time objective of each criticality lies well inside it.
- **Obligations.** The outage is compared with the unplanned downtime that the availability target of the
  service allows over its service hours: within the allowance of a month, the target of the month missed
  (a breach of its service level agreement), or more than the whole year allows.
- **Reputation.** The impact is that on operations when the outage is widely seen, because the service has
  ${businessImpact.widelySeenCustomers} or more customers<#if !provider.inHouse> or an external customer</#if>; otherwise it is one level lower.
@@criticality
Criticality
@@afterCheckpoint checkpoint
After ${checkpoint}
@@mto
Maximum tolerable outage
@@ruleRto
Recovery time objective of the rule
@@overTimeTitle
Impact over time
@@overTimeIntro
The table shows the impact on ${businessImpact.area} of an outage of each service.
@@serviceColumn
Service
@@serviceHours
Service hours
@@noServicesInCatalogue
No services are recorded in the service catalogue yet. Each service is analysed here before it goes live.
@@byAreaTitle
Impact by area
@@byAreaHeader
| Service | After | Operations | Obligations | Reputation |
|---|---|---|---|---|
@@noImpacts
No services are recorded yet, so no impact has been assessed.
@@dependenciesTitle
Dependencies
@@dependenciesIntro
An outage of a service also follows from an outage of what it depends on: the other services it needs and
the suppliers that contribute to it. The services that need it suffer with it.
@@dependenciesHeader
| Service | Customers | Depends on services | Needed by services | Suppliers and what they provide |
|---|---|---|---|---|
@@internalUsers
internal users
@@none
none
@@internalResourcesOnly
none; internal resources only
@@noDependencies
No services are recorded yet, so no dependencies are recorded.
@@recoveryTitle
Recovery objectives
@@recoveryIntro
The recovery objectives of each service follow from this analysis: the recovery time objective (RTO) lies
within the maximum tolerable outage, and the recovery point objective (RPO) limits the data that may be
lost. They are the objectives of the criticality rule unless the service has stricter ones of its own.
<@sms.link "service-continuity-plan"/> uses exactly these values.
@@recoveryHeader
| Service | Maximum tolerable outage | RTO | RPO | Objectives set by | RTO within the maximum tolerable outage |
|---|---|---|---|---|---|
@@yes
Yes
@@rtoTooLong
No: the RTO must be shortened
@@noRecoveryObjectives
No services are recorded yet, so no recovery objectives have been set.
@@reviewTitle
Review
@@review
The ${doc.owner.title} reviews this analysis with the continuity plan, at least every
${sms.documentControl.reviewIntervalMonths} months, and again after any major change: a service added or
withdrawn; a change to the service hours, availability target, customers, suppliers or dependencies of a
service; or a lesson from a continuity test or a real disruption. A change of criticality or of recovery
objectives found here is recorded in the service catalogue and reaches the continuity plan, the availability
plan and the service level agreements in the same issue.
