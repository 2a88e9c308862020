<#--
  Table cells that point to documents of the set, shared by the glossary and the framework cross-reference in
  every language: a document left out of the set is skipped, and the few words come from the bundles.
-->
<#-- Glossary: the documents where a term matters, then the clauses; "—" when there is neither. -->
<#macro where ids clauses=[]>
<#local present = []>
<#list ids as id><#local target = sms.linkTarget(id)><#if docs[target]?? && !present?seq_contains(target)><#local present += [target]></#if></#list>
<#local cited = sms.cite(clauses)>
<#list present as id><@sms.link id/><#sep>; </#list><#if cited?has_content><#if present?has_content> (</#if>${(cited?size > 1)?then(t.clausesWord, t.clauseWord)} ${sms.andList(cited)}<#if present?has_content>)</#if></#if><#if !present?has_content && !clauses?has_content>—</#if><#t>
</#macro>
<#-- Cross-reference: the documents of the set that cover a row, "A, B and C". -->
<#macro covered ids>
<#local present = ids?filter(id -> docs[id]??)>
<#if present?has_content><#list present as id><@sms.link id/><#sep><#if present?size - id?index == 2> ${t.and} <#else>, </#if></#list><#else>${t.noDocumentInSet}</#if><#t>
</#macro>
<#-- Cross-reference, "This SMS" cell: the documents that describe the process or activity, and the role that owns it. -->
<#macro here ids owner><@covered ids/>. ${t.owner}: ${owner.title}<#t></#macro>
