<#--
id: request-catalogue
title: Request Catalogue
kind: catalogue
code: CAT-02
order: 305
clauses: ["8.6.2"]
editions:
  "2018": {}
  "2011": {clauses: ["8.1"]}
process: service-request-management
related: ["service-catalogue", "resolution-and-fulfilment", "change-management-policy", "monitoring-and-reporting"]
-->
<#-- The request types (who may raise each, its approval and its fulfilment target) are the ones the service
     level agreements print, and each service's standard requests take the values of their type: both come from
     the generator (RequestCatalogue): requests.types, requests.type.<id>, requests.services, requests.withoutRequests. -->
<@sms.section title="Purpose"/>

This catalogue lists the requests that users can raise for the services of ${org.name}: for each type of
request, who may raise it, the approval it needs and how soon it is fulfilled, and for each service the
standard requests it offers. The fulfilment targets are those the service level agreements commit to. How
requests are recorded, approved and fulfilled is set out in <@sms.link "resolution-and-fulfilment"/>; the
services themselves are described in <@sms.link "service-catalogue"/>.

<@sms.section title="Raising a request" clauses=["8.6.2"] clauses2011=["8.1"]/>

Requests are raised with the service desk, through the channels published to customers, and recorded
${request.inTool}. A fulfilment target counts in service hours from the moment the request has all the
approvals it needs. A request that turns out to need a change that is not pre-approved is raised as a request
for change under <@sms.link "change-management-policy"/>, and its date is agreed with the requester.

<@sms.section title="Request types" clauses=["8.6.2"] clauses2011=["8.1"]/>

| Request type | Who may raise it | Approval | Fulfilment target |
|---|---|---|---|
<#list requests.types as type>
| ${type.name} | ${type.requester} | ${type.approval} | ${type.target} |
</#list>

${measures.byId["sla-request-targets"].target?cap_first} of the requests for each service are to be fulfilled within these
targets every month, as the service level agreements commit. The result is reported in the service reports
described in <@sms.link "monitoring-and-reporting"/>; the measure is defined in <@sms.link "measure-definitions"/>.

<@sms.section title="Standard requests by service" clauses=["8.6.2"] clauses2011=["8.1"]/>

<#if requests.services?has_content>
| Service | Request | Type | Who may raise it | Approval | Fulfilment target |
|---|---|---|---|---|---|
<#list requests.services as entry>
<#list entry.requests as r>
| ${entry.service.name} | ${r.name} | ${r.type.label} | ${r.type.requester} | ${r.type.approval} | ${r.type.target} |
</#list>
</#list>

</#if>
<#if requests.withoutRequests?has_content>
No standard requests are defined yet for <@sms.names items=requests.withoutRequests/>. Until their
owners define them, requests for <#if requests.withoutRequests?size == 1>this service<#else>these services</#if> are
raised as requests for information or advice, for access rights, or as other requests.
<#elseif !services?has_content>
No services are recorded in the service catalogue yet, so no standard requests are offered.
</#if>

<@sms.section title="Maintaining the catalogue" clauses=["8.6.2"] clauses2011=["8.1"]/>

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
