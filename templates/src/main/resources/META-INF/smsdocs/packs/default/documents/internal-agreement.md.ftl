<#--
id: internal-agreement
title: Internal Agreement
kind: agreement
code: IA
order: 315
foreach: internal-supplier
clauses: ["8.3.4.2"]
editions:
  "2018": {}
  "2011": {clauses: ["6.1"]}
process: supplier-management
related: ["supplier-register", "relationship-and-agreement", "service-catalogue", "service-continuity-plan", "change-management-policy", "resolution-and-fulfilment"]
-->
<#-- One agreement per internal supplier (foreach: internal-supplier): supplier is the current one. The levels it
     commits to are derived from the services it supports in InternalAgreementTerms (internalAgreements[supplier.id]). -->
<#assign terms = internalAgreements[supplier.id]>
<#assign openRef = supplier.open.supplierAgreement!"">
<#-- Its words are in internal-agreement.text.ftl and its language variants. -->
<#import "/documents/internal-agreement.text.ftl" as text>
<@sms.section title=text.partiesTitle() key="parties-to-this-agreement" clauses=["8.3.4.2"] clauses2011=["6.1"]/>

${text.partiesIntro()}

${text.partiesTable()}

<#if supplier.contractRef?has_content>
${text.recorded()}
<#else>
${text.notRecorded(openRef?has_content?then(" " + t["decision.mark"]?replace("{0}", openRef), ""))}
</#if>

<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.providedTitle() key="what-is-provided" clauses=["8.3.4.2"] clauses2011=["6.1"]/>

<#if supplier.provides?has_content>
${text.provides()}
<#else>
${text.providesUndescribed()}
</#if>

<#if terms.services?has_content>
${text.servicesIntro()}
<#list terms.services as s>
| ${s.name} | ${s.criticalityWord} | ${s.hours} | ${sms.pct(s.availabilityTarget)}${s.targetMark} | ${s.rto} | <#if docs["sla-" + s.id]??><@sms.link "sla-" + s.id/><#else>—</#if> |
</#list>
<#else>
${text.noServices()}
</#if>

<@sms.section title=text.levelsTitle() key="service-levels" clauses=["8.3.4.2"] clauses2011=["6.1"]/>

<#if terms.services?has_content>
${text.levelsIntro()}

${text.levelsTable(terms)}
<#if priorities?has_content>
<#assign responseTargets><#list priorities as p>${p.id}: ${p.response}<#sep>; </#list></#assign>
<#assign resolutionTargets><#list priorities as p>${p.id}: ${p.resolution}<#sep>; </#list></#assign>
${text.incidentLevels(terms, responseTargets, resolutionTargets)}
</#if>
${text.plannedWorkLevel()}

${text.levelsMeasured()}
<#else>
${text.noLevels()}
</#if>

<@sms.section title=text.responsibilitiesTitle() key="responsibilities" clauses=["8.3.4.2"] clauses2011=["6.1"]/>

${text.responsibilities()}

<@sms.section title=text.escalationTitle() key="contacts-and-escalation" clauses=["8.3.4.2"] clauses2011=["6.1"]/>

${text.escalationIntro()}

${text.escalationHeader()}
<#list terms.escalation as row>
| ${row.level} | <@sms.roleWithPerson row.role/> | ${row.when} |
</#list>

${text.escalationContacts()}

<@sms.section title=text.reviewTitle() key="reporting-and-review" clauses=["8.3.4.2"] clauses2011=["6.1"]/>

${text.review()}

<@sms.section title=text.changesTitle() key="changes-to-this-agreement" clauses=["8.3.4.2"] clauses2011=["6.1"]/>

${text.changes()}

<@sms.section title=text.signaturesTitle() key="signatures"/>

${text.signatures()}
