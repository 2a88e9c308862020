<#--
id: service-catalogue
title: Service Catalogue
kind: catalogue
code: CAT-01
order: 300
clauses: ["8.2.4"]
editions:
  "2018": {}
  "2011": {clauses: ["6.1"]}
process: service-catalogue-management
related: ["service-portfolio", "relationship-and-agreement", "change-management-policy", "design-build-transition", "resolution-and-fulfilment"]
-->
<#-- The structure of the service catalogue; its words are in service-catalogue.text.ftl and its language variants. -->
<#import "/documents/service-catalogue.text.ftl" as text>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose()}

<@sms.section title=text.scopeTitle() key="scope"/>

${text.scope()}

<@sms.section title=text.overviewTitle() clauses=["8.2.4"] key="service-overview"/>

<#if services?has_content>
${text.overview()}
<#list services as s>
| ${s.name} | ${s.description} | <@sms.roleWithPerson s.owner/> | <@sms.names items=s.customers empty=text.noCustomers()/> | ${s.hours} | ${sms.pct(s.availabilityTarget)} | ${s.criticalityWord} |
</#list>
<#else>
${text.noServices()}
</#if>

<#if services?has_content>
<@sms.section title=text.detailsTitle() clauses=["8.2.4"] key="service-details"/>

<#list services as s>
### ${s.name}

${text.serviceDetails(s)}

</#list>
</#if>
<@sms.section title=text.requestingTitle() clauses=["8.2.4"] key="requesting-a-service"/>

<#if services?has_content>
${text.requesting()}
<#else>
${text.requestingNoServices()}
</#if>

<@sms.section title=text.dependenciesTitle() clauses=["8.2.4"] key="service-dependencies"/>

<#if services?has_content>
${text.dependencies()}

<#if suppliers?has_content>
${text.suppliersHeader()}
<#list suppliers as x>
| ${x.name} | ${sms.word(x.type)} | <@sms.names items=x.services empty=text.noServiceInCatalogue()/> |
</#list>
<#else>
${text.noSuppliers()}
</#if>

${text.configurationItems()}
<#else>
${text.dependenciesNoServices()}
</#if>

<@sms.section title=text.maintainingTitle() clauses=["8.2.4"] key="maintaining-the-catalogue"/>

${text.maintaining()}

${text.responsibilities()}

${text.serviceOwnersReport()}
