<#--
id: form-rfc
title: Request for Change (RFC) Form
kind: form
code: FRM-01
order: 950
clauses: ["8.5.1.2", "8.5.1.3"]
editions:
  "2018": {}
  "2011": {clauses: ["9.2"]}
related: ["change-management-policy", "design-build-transition", "form-cab-minutes"]
-->
<#-- The structure of the request for change form; its words are in form-rfc.text.ftl and its language variants. -->
<#include "/sections/form-parts.ftl">
<#import "/documents/form-rfc.text.ftl" as text>
<@sms.section title=text.useTitle() key="use-of-this-form"/>

${text.use(changeProcedure)}

<@recordBlock/>

<@sms.section title=text.requestTitle() key="1.-request"/>

${text.requestTable(choices)}

<@sms.section title=text.servicesTitle() key="2.-services-and-configuration-items-affected"/>

<#if forms.services?has_content>
${text.servicesTickHeader()}
<#list forms.services as s>
| ☐ | ${s.name} | ${s.criticalityWord} | ${s.owner.title} | ${s.hours} |
</#list>
<#else>
${text.servicesBlankHeader()}
<@blankRows 4 3/>
</#if>

${text.configurationItemsHeader()}
<@blankRows 6 4/>

<@sms.section title=text.plansTitle() key="3.-plans"/>

${text.plansTable(choices)}

<@sms.section title=text.assessmentTitle() key="4.-assessment"/>

${text.riskRatingIntro()}

<#include "/sections/change-risk-ratings.ftl">

${text.assessmentTable(choices)}

<@sms.section title=text.classificationTitle() key="5.-classification"/>

${text.classificationTable(choices)}

<@sms.section title=text.decisionTitle() key="6.-decision"/>

${text.decidedByTable()}

${text.decisionTable(choices)}

<@sms.section title=text.implementationTitle() key="7.-implementation-and-review"/>

${text.implementationTable(choices)}

<@sms.section title=text.signOffTitle() key="sign-off"/>

<@signoff [
  {"step": text.requested()},
  {"step": text.classified(), "role": change.owner},
  {"step": text.decided(), "role": change.owner},
  {"step": text.reviewedAndClosed(), "role": change.owner}
]/>
