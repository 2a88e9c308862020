<#--
id: sms-scope
title: SMS Scope Statement
kind: statement
code: STM-01
order: 110
clauses: ["4.3", "4.4"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.1"]}
related: ["service-management-policy", "sms-plan", "service-catalogue", "relationship-and-agreement", "documented-information-control"]
packVersion: 1.0.0
-->
<#-- Harbour Consulting: the built-in scope statement, unchanged, followed by the review Harbour holds with
     the SMS owner before the scope wording goes to the certification body. -->
<#-- The built-in template prints this just before its "Related documents" section. -->
<#macro beforeRelatedDocuments>
<#assign hcManager = sms.manager>
<#assign hcUnowned = services?filter(s -> s.owner.id == hcManager.id)>
<#assign hcNoCustomer = services?filter(s -> !s.customers?has_content)>
<#assign hcNoContract = externalSuppliers?filter(s -> !s.contractRef?has_content)>
<#assign hcUnused = suppliers?filter(s -> !s.services?has_content)>
<#assign hcOpen = implementation.gaps?filter(g -> g.status != "implemented")>
<#assign hcScopeGap = implementation.gaps?filter(g -> g.clause == "4.3" || g.clause == "4.5.1")>
<#assign hcGroups = (sms.edition == "2011")?then(["4", "5", "6", "7", "8", "9"], ["4", "5", "6", "7", "8", "9", "10"])>
<#assign hcUncovered = hcGroups?filter(c -> !documents?filter(d -> d.clauses?filter(x -> x == c || x?starts_with(c + "."))?has_content)?has_content)>

<@sms.section title="Consultant's statement of applicability review" clauses=["4.3", "4.4"] clauses2011=["4.5.1"]/>

Harbour Consulting reviewed this statement with the <@sms.roleWithPerson hcManager/> before the scope
wording was proposed to the certification body<#if certification.body?has_content> (${certification.body})</#if>.
ISO/IEC 20000-1 allows no exclusions, so the review does not ask which requirements apply: all of them do.
It asks whether the boundary drawn above can be defended at the stage 1 audit, and whether every part of
the scope is backed by an owner, an agreement and a document.

| Review question | Finding |
|---|---|
| Is the scope wording specific about services, organisation and locations? | The SMS covers ${services?size} service<#if services?size != 1>s</#if><#if org.address?has_content>, managed from ${org.address}</#if>. Check that the wording quoted above names each of them and the locations: it is the text the certificate will carry. |
| Does every service in scope have its own accountable owner? | <#if hcUnowned?has_content>To confirm: <@sms.names items=hcUnowned/> <#if hcUnowned?size == 1>is<#else>are</#if> owned by the ${hcManager.title}, who also owns the SMS. Confirm that this is intended, or name a service owner.<#else>Yes: each service has an owner other than the SMS owner.</#if> |
| Does every service have a customer and an agreement? | <#if hcNoCustomer?has_content>Not yet: <@sms.names items=hcNoCustomer/> <#if hcNoCustomer?size == 1>has<#else>have</#if> no recorded customer.<#else>Yes: every service has at least one customer and its own service level agreement.</#if> |
| Is every ${t.externalSupplier} under a contract that supplier management holds? | <#if !externalSuppliers?has_content>No ${t.externalSupplier} contributes to the services.<#elseif hcNoContract?has_content>Not yet: no contract reference is recorded for <@sms.names items=hcNoContract/>.<#else>Yes: ${externalSuppliers?size} contract<#if externalSuppliers?size != 1>s</#if>, each with a reference and a supplier manager.</#if> |
| Does every supplier listed support a service in scope? | <#if hcUnused?has_content><@sms.names items=hcUnused/> support<#if hcUnused?size == 1>s</#if> no service in scope: remove <#if hcUnused?size == 1>it<#else>them</#if> from the scope or link <#if hcUnused?size == 1>it<#else>them</#if> to a service.<#else>Yes: no supplier is listed without a service it supports.</#if> |
| Is every clause of the standard addressed by a document of the set? | <#if hcUncovered?has_content>Not yet: clauses ${sms.andList(hcUncovered)} have no document.<#else>Yes: all clauses 4 to ${hcGroups?last} are addressed (see "Application of ISO/IEC 20000-1" above)</#if>; the <@sms.link "traceability-matrix"/> gives the detail clause by clause. |
| Was the scope itself rated in the gap assessment? | <#if hcScopeGap?has_content>Rated ${hcScopeGap[0].status}<#if hcScopeGap[0].note?has_content>: ${hcScopeGap[0].note}</#if>.<#else>Not rated separately; it is reviewed here instead.</#if> |
| How many gaps are still open across the SMS? | <#if hcOpen?has_content>${hcOpen?size}, each scheduled in <@sms.link "implementation-plan"/>. None may be closed by narrowing the scope: a gap is closed by implementing the requirement.<#else>None.</#if> |

Harbour Consulting's recommendation is that the scope is submitted as worded above. Any change to it
before the stage 1 audit passes through the same review and is approved by the ${doc.approver.title}.

</#macro>
<#include "/builtin/documents/sms-scope.md.ftl">
