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
<#-- The structure of the request catalogue; its words are in request-catalogue.text.ftl and its language variants. -->
<#import "/documents/request-catalogue.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.raisingTitle() clauses=["8.6.2"] clauses2011=["8.1"] key="raising-a-request"/>

${text.raising()}

<@sms.section title=text.typesTitle() clauses=["8.6.2"] clauses2011=["8.1"] key="request-types"/>

${text.typesHeader()}
<#list requests.types as type>
| ${type.name} | ${type.requester} | ${type.approval} | ${type.target} |
</#list>

${text.typesTarget()}

<@sms.section title=text.standardRequestsTitle() clauses=["8.6.2"] clauses2011=["8.1"] key="standard-requests-by-service"/>

<#if requests.services?has_content>
${text.standardRequestsHeader()}
<#list requests.services as entry>
<#list entry.requests as r>
| ${entry.service.name} | ${r.name} | ${r.type.label} | ${r.type.requester} | ${r.type.approval} | ${r.type.target} |
</#list>
</#list>

</#if>
<#if requests.withoutRequests?has_content>
${text.withoutRequests(requests.withoutRequests?size == 1)}
<#elseif !services?has_content>
${text.noServices()}
</#if>

<@sms.section title=text.maintainingTitle() clauses=["8.6.2"] clauses2011=["8.1"] key="maintaining-the-catalogue"/>

${text.maintaining()}
