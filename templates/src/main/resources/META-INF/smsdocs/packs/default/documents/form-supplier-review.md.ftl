<#--
id: form-supplier-review
title: Supplier Review Record Form
kind: form
code: FRM-09
order: 958
clauses: ["8.3.4.1", "8.3.4.2"]
editions:
  "2018": {}
  "2011": {clauses: ["7.2", "6.1"]}
related: ["relationship-and-agreement", "form-internal-agreement"]
-->
<#-- The structure of the supplier review record form; its words are in form-supplier-review.text.ftl and its language variants. -->
<#include "/sections/form-parts.ftl">
<#import "/documents/form-supplier-review.text.ftl" as text>
<@sms.section title=text.useTitle() key="use-of-this-form"/>

${text.use()}

<@recordBlock/>

<@sms.section title=text.supplierTitle() key="1.-supplier-and-review"/>

<#if procedures.parties?has_content>
${text.partiesHeader()}
<#list procedures.parties as x>
| ☐ | ${x.name} | ${x.typeLabel} | ${x.agreement} | <@sms.names items=x.services empty=text.noServices()/> | ${x.manager.title} | ${sms.servesHigh(x.services)?then(text.quarterly(), text.sixMonthly())} |
</#list>

</#if>
${text.reviewTable()}

<@sms.section title=text.performanceTitle() key="2.-performance-against-the-contract-or-agreement"/>

${text.performanceHeader()}
<@blankRows 8 5/>

<@sms.section title=text.reviewPointsTitle() key="3.-review-points"/>

${text.reviewPoints()}
| ${text.stillMeetsNeeds()} | <@choices [text.yes(), text.noChangeToAgree()]/> |
${text.contractEndRow()}

<@sms.section title=text.actionsTitle() key="4.-actions"/>

${text.actionsHeader()}
<@blankRows 6 4 true/>

<@sms.section title=text.signOffTitle() key="sign-off"/>

<@signoff [
  {"step": text.written()},
  {"step": text.agreed()},
  {"step": text.received(), "role": supplierManagement.owner}
]/>
