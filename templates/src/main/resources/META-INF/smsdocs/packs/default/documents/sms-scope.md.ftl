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
-->
<#-- The structure of the SMS scope statement; its words are in sms-scope.text.ftl and its language variants. -->
<#import "/documents/sms-scope.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope-of-the-sms" clauses=["4.3"]/>

${text.scopeStatement()}

<@sms.section title=text.boundariesTitle() key="organisational-and-location-boundaries" clauses=["4.3"]/>

${text.boundariesIntro()}

<#if org.address?has_content>
${text.locationAt()}
<#else>
${text.location()}
</#if>
${text.organisation()}
<#if internalSuppliers?has_content>
${text.widerOrganisation()}
<#else>
${text.noWiderOrganisation()}
</#if>
<#if externalSuppliers?has_content>
${text.externalSites()}
</#if>

<@sms.section title=text.servicesTitle() key="services-in-scope" clauses=["4.3"]/>

<#if services?has_content>
${text.servicesIntro()}
<#list services as s>
| ${s.name} | ${s.description} | <#if s.customers?has_content><#list s.customers as c>${c.name}<#sep>, </#list><#else>${text.internalUsers()}</#if> | ${s.hours} | ${s.owner.title} |
</#list>

${text.servicesChanges()}
<#else>
${text.noServices()}
</#if>

<@sms.section title=text.customersTitle() key="customers" clauses=["4.3"]/>

<#if customers?has_content>
${text.customersHeader()}
<#list customers as c>
| ${c.name} | ${sms.word((c.type!"external"))} | ${c.contact!"—"} | <#if c.services?has_content><#list c.services as s>${s.name}<#sep>, </#list><#else>${text.noneAtPresent()}</#if> |
</#list>

${text.customersManaged()}
<#else>
${text.noCustomers()}
</#if>

<@sms.section title=text.suppliersTitle() key="suppliers-and-their-role-in-the-service-lifecycle" clauses=["4.3"]/>

<#if externalSuppliers?has_content>
### ${t.ExternalSuppliers}

${text.externalSuppliersIntro()}
<#list externalSuppliers as s>
| ${s.name} | ${s.provides!"—"} | <#if s.services?has_content><#list s.services as x>${x.name}<#sep>, </#list><#else>${text.noneAtPresent()}</#if> | ${s.reference} | ${s.manager.title} |
</#list>

</#if>
<#if internalSuppliers?has_content>
### ${t.InternalSuppliers}

${text.internalSuppliersIntro()}
<#list internalSuppliers as s>
| ${s.name} | ${s.provides!"—"} | <#if s.services?has_content><#list s.services as x>${x.name}<#sep>, </#list><#else>${text.noneAtPresent()}</#if> | ${s.agreement} | ${s.manager.title} |
</#list>

</#if>
<#if !suppliers?has_content>
${text.noSuppliers()}

</#if>
${text.supplierRoles()}

<@sms.section title=text.interfacesTitle() key="interfaces" clauses=["4.3"]/>

${text.interfaces()}
<#if externalSuppliers?has_content>
${text.externalSupplierInterface()}
</#if>
<#if internalSuppliers?has_content>
${text.internalSupplierInterface()}
</#if>
${text.otherInterfaces()}

<@sms.section title=text.applicationTitle() key="application-of-iso/iec-20000-1" clauses=["4.3", "4.4"]/>

${text.application()}
<#list governance.clauseCoverage as c>
<#assign links><#list c.documents as d><@sms.link d/><#sep>, </#list></#assign>
| ${c.clause} ${c.title} | <#if c.documents?has_content && c.agreements>${text.documentsAndAgreements(links)}<#elseif c.documents?has_content>${links}<#elseif c.agreements>${text.agreementsOnly()}<#else>${text.notYetDocumented()}</#if> |
</#list>

<@sms.section title=text.otherPartiesTitle() key="processes-operated-by-other-parties" clauses=["4.4", "8.2.3"]/>

${text.otherParties()}

<#if suppliers?has_content>
${text.otherPartiesToday()}
</#if>

<@sms.section title=text.smsTitle() key="the-service-management-system" clauses=["4.4"]/>

${text.smsParts()}

<@sms.section title=text.reviewTitle() key="review-of-the-scope"/>

${text.review()}
