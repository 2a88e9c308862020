<#--
id: form-internal-agreement
title: Internal Agreement Template
kind: form
code: FRM-12
order: 961
clauses: ["8.3.4.2"]
editions:
  "2018": {}
  "2011": {title: Internal Group Agreement Template, clauses: ["6.1"]}
related: ["relationship-and-agreement", "form-supplier-review"]
-->
<#-- The structure of the internal agreement template; its words are in form-internal-agreement.text.ftl and its language variants. -->
<#include "/sections/form-parts.ftl">
<#import "/documents/form-internal-agreement.text.ftl" as text>
<@sms.section title=text.useTitle() key="use-of-this-form"/>

${text.use()}

<@recordBlock/>

<@sms.section title=text.partiesTitle() key="1.-parties"/>

<#if internalSuppliers?has_content>
${text.suppliersHeader()}
<#list internalSuppliers as x>
| ☐ | ${x.name} | ${x.provides!"—"} | <@sms.names items=x.services empty=text.noneInCatalogue()/> | ${x.manager.title} |
</#list>

</#if>
${text.partiesTable()}

<@sms.section title=text.providedTitle() key="2.-what-is-provided"/>

${text.providedTable()}

<@sms.section title=text.serviceLevelsTitle() key="3.-service-levels"/>

${text.serviceLevelsHeader()}
<@blankRows 6 4/>

<@sms.section title=text.processesTitle() key="4.-working-with-the-sms-processes"/>

${text.processesHeader()}
<#list ["incident-management", "change-management", "configuration-management", "service-continuity-management", "information-security-management", "service-reporting"] as id>
| ${processes[id].name} | | |
</#list>

<@sms.section title=text.contactsTitle() key="5.-contacts-and-escalation"/>

${text.contactsTable()}

<@sms.section title=text.reviewTitle() key="6.-review-and-change"/>

<#assign reviewChoices><@choices [text.reviewQuarterly(), text.reviewSixMonthly()]/></#assign>
${text.reviewTable(reviewChoices)}

<@sms.section title=text.signOffTitle() key="sign-off"/>

<@signoff [
  {"step": text.forSupplier()},
  {"step": text.forOrganisation()},
  {"step": text.noted(), "role": supplierManagement.owner}
]/>
