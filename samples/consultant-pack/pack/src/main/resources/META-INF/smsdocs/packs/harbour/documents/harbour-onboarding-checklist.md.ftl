<#--
id: harbour-onboarding-checklist
title: SMS Onboarding and Go-Live Checklist
kind: plan
code: PLN-90
order: 130
clauses: ["5.3", "6.2.1", "6.3", "7.1", "7.5.3", "8.1"]
editions: {"2018": {}}
-->
<#-- Harbour Consulting: the checklist a client works through with its Harbour consultant between the
     kick-off and the day the SMS goes live. Every row is computed from the descriptor, so the checklist
     shows what is still open each time the set is generated.
     It cites the clauses it plans and verifies, and no process clause (8.2.4, 8.3.3 ...): the SMS plan
     lists the documents of each process by those, and a checklist is not a process document. -->
<#assign top = sms.topManagement>
<#assign manager = sms.manager>
<#assign dc = sms.documentControl>
<#assign keyRoles = roles?filter(r -> r.id == top.id || r.id == manager.id || r.ownedProcesses?has_content
    || r.ownedServices?has_content || r.managedSuppliers?has_content)>
<#assign unnamed = keyRoles?filter(r -> !r.person?has_content)>
<#assign untooled = processList?filter(p -> !p.tool?has_content)>
<#assign managerProcesses = processList?filter(p -> p.owner.id == manager.id)>
<#assign noCustomer = services?filter(s -> !s.customers?has_content)>
<#assign noContract = suppliers?filter(s -> !s.contractRef?has_content)>
<#assign drafts = documents?filter(d -> d.status != "Approved")>
<#assign openGaps = implementation.gaps?filter(g -> g.status != "implemented")>
<#assign openReadiness = roadmap.readiness?filter(i -> !i.passed)>
<#import "/lib/harbour.ftl" as harbour>
<@sms.documentHeader/>

<@sms.section title="Purpose"/>

This checklist takes ${org.name} from the decision to run a service management system (SMS) to the day
the SMS goes live and the certification audits can be booked. It was agreed with Harbour Consulting at
the onboarding meeting and is worked through by the <@sms.roleWithPerson manager/>, who owns it, with
the process and service owners it names. Each row is derived from the SMS descriptor, so the checklist
is up to date every time the document set is generated: a row marked "Action needed" says what is
missing, and it turns to "Ready" when the descriptor records the missing decision.

<@sms.section title="How to use this checklist"/>

1. Work through the sections in order: accountability and roles come first because every later row
   names an owner.
2. Record each decision in the SMS descriptor, not in this document, and regenerate the set. The
   document register and the traceability matrix follow automatically.
3. Review the open rows at the weekly implementation meeting until none are left. The SMS goes live
   when the ${top.title} signs the go-live decision at the end of this checklist.

<@sms.section title="Accountability and roles" clauses=["5.3"]/>

| Check | State | Detail |
|---|---|---|
| Top management of the SMS is named | <@harbour.state top.person?has_content/> | <@sms.roleWithPerson top/> |
| The SMS has an owner | <@harbour.state manager.person?has_content/> | <@sms.roleWithPerson manager/> |
| Documents have a default owner and approver | Ready | Owner: ${dc.owner.title}; approver: ${dc.approver.title} |
| Every role that owns a process, service or supplier has a named holder | <@harbour.state !unnamed?has_content/> | <#if unnamed?has_content>No holder yet: <#list unnamed as r>${r.title}<#sep>, </#list><#else>${keyRoles?size} roles, each with a holder</#if> |
| The SMS owner is not the owner of every process | <@harbour.state managerProcesses?size lt processList?size/> | The ${manager.title} owns ${managerProcesses?size} of ${processList?size} processes |

| Role | Holder | Owns |
|---|---|---|
<#list keyRoles as r>
| ${r.title} | ${r.person!"Not yet named"} | <#if r.ownedProcesses?has_content>${r.ownedProcesses?size} process<#if r.ownedProcesses?size != 1>es</#if></#if><#if r.ownedProcesses?has_content && r.ownedServices?has_content>, </#if><#if r.ownedServices?has_content>${r.ownedServices?size} service<#if r.ownedServices?size != 1>s</#if></#if><#if (r.ownedProcesses?has_content || r.ownedServices?has_content) && r.managedSuppliers?has_content>, </#if><#if r.managedSuppliers?has_content>${r.managedSuppliers?size} supplier<#if r.managedSuppliers?size != 1>s</#if></#if><#if !r.ownedProcesses?has_content && !r.ownedServices?has_content && !r.managedSuppliers?has_content>Direction of the SMS</#if> |
</#list>

<@sms.section title="Objectives" clauses=["6.2.1"]/>

<#if sms.objectives?has_content>
| Objective | Measure | Target | Owner | State |
|---|---|---|---|---|
<#list sms.objectives as o>
| ${o.objective} | ${o.measure!""} | ${o.target!""} | ${o.owner.title} | <@harbour.state o.measure?has_content && o.target?has_content/> |
</#list>
<#else>
No service management objective is recorded yet. Agree at least one objective per key service outcome
with the ${top.title} before go-live.
</#if>

<@sms.section title="Processes, owners and tools" clauses=["7.1", "8.1"]/>

Every process of the SMS needs an owner who answers for it at the internal audit, and a tool or place
where its records are kept. <#if untooled?has_content>${untooled?size} process<#if untooled?size != 1>es have<#else> has</#if> no tool recorded yet; until one is chosen, the documents say "the service management tool".<#else>Every process has a tool recorded.</#if>

| Clause | Process | Owner | Tool | State |
|---|---|---|---|---|
<#list processList as p>
| ${p.clause} | ${p.name} | <@sms.roleWithPerson p.owner/> | ${p.tool!"Not yet chosen"} | <@harbour.state p.tool?has_content/> |
</#list>

<@sms.section title="Services and agreements"/>

<#if services?has_content>
| Service | Owner | Customers | Hours | Target | Agreement | State |
|---|---|---|---|---|---|---|
<#list services as s>
| ${s.name} | ${s.owner.title} | <@sms.names items=s.customers empty="None recorded"/> | ${s.hours} | ${sms.pct(s.availabilityTarget)} (${s.allowedDowntime} a month) | <@sms.link "sla-" + s.id/> | <@harbour.state s.customers?has_content/> |
</#list>

Before go-live each service level agreement is signed by the customer's contact and the service owner,
and the service is entered in <@sms.link "service-catalogue"/>.
<#else>
No service is recorded yet. Add the services in scope to the descriptor first: most of this checklist
depends on them.
</#if>

<@sms.section title="Suppliers"/>

<#if suppliers?has_content>
| Supplier | Type | Supports | Contract or agreement | Managed by | State |
|---|---|---|---|---|---|
<#list suppliers as s>
| ${s.name} | ${s.type?cap_first} | <@sms.names items=s.services empty="No service yet"/> | ${s.contractRef!"Not recorded"} | ${s.manager.title} | <@harbour.state s.contractRef?has_content && s.services?has_content/> |
</#list>
<#if noContract?has_content>

Record the contract or agreement reference of <@sms.names items=noContract/> before go-live: the
auditor samples supplier contracts against the services they support.
</#if>
<#else>
No supplier is recorded. Confirm with the ${top.title} that no other party contributes to the services.
</#if>

<@sms.section title="Documented information" clauses=["7.5.3"]/>

| Check | State | Detail |
|---|---|---|
| The document set has an effective date | <@harbour.state sms.effectiveDate?has_content/> | <#if sms.effectiveDate?has_content>Effective ${sms.effectiveDate}, reviewed every ${dc.reviewIntervalMonths} months<#else>Documents are drafts, effective on approval</#if> |
| Every document is approved | <@harbour.state !drafts?has_content/> | <#if drafts?has_content>${drafts?size} of ${documents?size} documents are not yet approved<#else>All ${documents?size} documents are approved</#if> |
| The set is published where staff can find it | Ready | <@sms.link "document-register"/> lists each document and where it is held |
| Classification is agreed | Ready | ${dc.classification} |

<@sms.section title="Open gaps" clauses=["6.3"]/>

<#if openGaps?has_content>
${openGaps?size} clause<#if openGaps?size != 1>s are<#else> is</#if> still open from the gap assessment. Each is scheduled in
<@sms.link "implementation-plan"/>; go-live waits for the ones marked missing.

| Clause | Status | Note |
|---|---|---|
<#list openGaps as g>
| ${g.clause} ${clauseTitle[g.clause]!""} | ${g.status?cap_first} | ${g.note!""} |
</#list>
<#else>
No gap is open. Confirm with the internal audit that the implemented clauses work in practice.
</#if>

<@sms.section title="Certification readiness"/>

<#if certification.body?has_content>
The certification body is ${certification.body}.<#if certification.stage1?has_content> The stage 1 audit is planned for ${certification.stage1}<#if certification.stage2?has_content> and the stage 2 audit for ${certification.stage2}</#if>.</#if>
<#else>
No certification body is chosen yet. Ask for at least two quotations once the open gaps above are planned.
</#if>

<#if openReadiness?has_content>
${openReadiness?size} of ${roadmap.readiness?size} readiness items are open (see <@sms.link "certification-roadmap"/>):

<#list openReadiness as i>
<#-- The clause items list every open clause; the roadmap has them, the checklist keeps to one line each. -->
- ${i.title}: <#if i.detail?length lt 100>${i.detail}<#else>open, see the roadmap for the clauses</#if>
</#list>
<#else>
All ${roadmap.readiness?size} readiness items of <@sms.link "certification-roadmap"/> are met.
</#if>

<@sms.section title="Go-live decision"/>

| Decision | Name | Date | Signature |
|---|---|---|---|
| The checklist is complete and the SMS goes live | <@sms.roleWithPerson top/> | | |
| Checked with the client | Harbour Consulting engagement lead | | |

<@sms.section title="Related documents"/>

<@sms.related ["sms-plan", "sms-scope", "implementation-plan", "certification-roadmap", "service-catalogue", "document-register", "traceability-matrix"]/>
