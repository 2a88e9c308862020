<#--
id: glossary
title: Glossary of Service Management Terms
kind: glossary
code: GLO-01
order: 910
clauses: ["7.5.1"]
editions:
  "2018": {}
  "2011": {clauses: ["4.3.1"]}
-->
<#assign incident = processes["incident-management"]>
<#assign problem = processes["problem-management"]>
<#assign change = processes["change-management"]>
<#assign release = processes["release-and-deployment-management"]>
<#assign asset = processes["asset-management"]>
<#assign config = processes["configuration-management"]>
<#assign catalogue = processes["service-catalogue-management"]>
<#assign security = processes["information-security-management"]>
<#assign continuity = processes["service-continuity-management"]>
<#assign availability = processes["service-availability-management"]>
<#assign slm = processes["service-level-management"]>
<#assign supplierMgmt = processes["supplier-management"]>
<#assign slas = documents?filter(d -> d.id?starts_with("sla-"))>
<#assign targets = services?map(s -> s.availabilityTarget)>
<#-- The documents where a term matters, with the clauses; a document left out of the set is skipped. -->
<#macro where ids clauses=[]>
<#local present = []>
<#list ids as id><#local target = sms.linkTarget(id)><#if docs[target]?? && !present?seq_contains(target)><#local present += [target]></#if></#list>
<#local cited = sms.cite(clauses)>
<#list present as id><@sms.link id/><#sep>; </#list><#if cited?has_content><#if present?has_content> (</#if>Abschnitt<#if (cited?size > 1)>e</#if> ${sms.andList(cited)}<#if present?has_content>)</#if></#if><#if !present?has_content && !clauses?has_content>—</#if><#t>
</#macro>
<@sms.documentHeader/>

