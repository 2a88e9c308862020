<#-- The words of the request catalogue (English); its structure is request-catalogue.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This catalogue lists the requests that users can raise for the services of ${org.name}: for each type of
request, who may raise it, the approval it needs and how soon it is fulfilled, and for each service the
standard requests it offers. The fulfilment targets are those the service level agreements commit to. How
requests are recorded, approved and fulfilled is set out in <@sms.link "resolution-and-fulfilment"/>; the
services themselves are described in <@sms.link "service-catalogue"/>.
@@raisingTitle
Raising a request
@@raising
Requests are raised with the service desk, through the channels published to customers, and recorded
${request.inTool}. A fulfilment target counts in service hours from the moment the request has all the
approvals it needs. A request that turns out to need a change that is not pre-approved is raised as a request
for change under <@sms.link "change-management-policy"/>, and its date is agreed with the requester.
@@typesTitle
Request types
@@typesHeader
| Request type | Who may raise it | Approval | Fulfilment target |
|---|---|---|---|
@@typesTarget
${measures.byId["sla-request-targets"].target?cap_first} of the requests for each service are to be fulfilled within these
targets every month, as the service level agreements commit. The result is reported in the service reports
described in <@sms.link "monitoring-and-reporting"/>; the measure is defined in <@sms.link "measure-definitions"/>.
@@standardRequestsTitle
Standard requests by service
@@standardRequestsHeader
| Service | Request | Type | Who may raise it | Approval | Fulfilment target |
|---|---|---|---|---|---|
@@withoutRequests one
No standard requests are defined yet for <@sms.names items=requests.withoutRequests/>. Until their
owners define them, requests for <#if one>this service<#else>these services</#if> are
raised as requests for information or advice, for access rights, or as other requests.
@@noServices
No services are recorded in the service catalogue yet, so no standard requests are offered.
@@maintainingTitle
Maintaining the catalogue
@@maintaining
1. **Propose.** A service owner proposes a new standard request, or a change to one, to the
   ${doc.owner.title}, with the work instruction that fulfils it.
2. **Pre-approve.** A request that changes a configuration item becomes a standard request only once
   change management has approved it as a standard change; one that opens access to information keeps the
   approval of access rights.
3. **Publish.** The ${doc.owner.title} adds the request to this catalogue under
   <@sms.link "documented-information-control"/>, sets it up ${request.inTool} and tells the service
   desk and the customers of the service.
4. **Review.** The ${doc.owner.title} reviews the catalogue with the service owners at least every
   ${sms.documentControl.reviewIntervalMonths} months and whenever a service is added, changed or withdrawn,
   and removes requests that are no longer raised.
