<#--
id: decision-register
title: Decision Register
kind: register
code: REG-07
order: 122
clauses: ["5.1", "7.5.2"]
editions:
  "2018": {}
  "2011": {clauses: ["4.1.1", "4.3.2"]}
related: ["sms-plan", "service-management-policy", "document-register", "service-continuity-plan"]
-->
<#-- The structure of the decision register; its words are in decision-register.text.ftl and its language variants. -->
<#import "/documents/decision-register.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses=["5.1", "7.5.2"] clauses2011=["4.1.1", "4.3.2"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.openTitle() key="open-decisions"/>

<#if decisions.count gt 0>
${text.openHeader()}
<#list decisions.open as d>
| ${d.id} | ${d.subject} | ${d.assumed} | ${d.deciderName} |
</#list>

${text.entriesIntro()}

<#list decisions.open as d>
- ${d.id}: `${d.key?no_esc}`
</#list>

<#else>
${text.noneOpen()}

</#if>
<@sms.section title=text.derivedTitle() key="derived-values"/>

${text.rules()}

<#if decisions.derived?has_content>
${text.derivedIntro()}

${text.derivedHeader()}
<#list decisions.derived as row>
| ${row.subject} | ${row.value} | ${row.basis} |
</#list>

<#else>
${text.noneDerived()}

</#if>
<@sms.section title=text.recordingTitle() key="recording-decisions"/>

${text.recording()}
