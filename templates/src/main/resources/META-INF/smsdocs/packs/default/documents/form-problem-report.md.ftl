<#--
id: form-problem-report
title: Root-Cause Analysis (Problem) Report Form
kind: form
code: FRM-04
order: 953
clauses: ["8.6.3"]
editions:
  "2018": {}
  "2011": {clauses: ["8.2"]}
related: ["resolution-and-fulfilment", "form-major-incident-report", "form-rfc"]
-->
<#-- The structure of the root-cause analysis report; its words are in form-problem-report.text.ftl and its language variants. -->
<#include "/sections/form-parts.ftl">
<#import "/documents/form-problem-report.text.ftl" as text>
<@sms.section title=text.useTitle() key="use-of-this-form"/>

${text.use()}

<@recordBlock/>

<@sms.section title=text.problemTitle() key="1.-problem"/>

${text.problemTable(choices)}

<@sms.section title=text.investigationTitle() key="2.-investigation"/>

${text.investigationTable(choices)}

${text.fiveWhys()}
<@blankRows 5 4 true/>

${text.causeTable()}

<@sms.section title=text.knownErrorTitle() key="3.-known-error-and-workaround"/>

${text.knownErrorTable()}

<@sms.section title=text.resolutionTitle() key="4.-resolution"/>

${text.resolutionTable()}

${text.actionsHeader()}
<@blankRows 4 4 true/>

<@sms.section title=text.signOffTitle() key="sign-off"/>

<@signoff [
  {"step": text.investigationCompleted()},
  {"step": text.rootCauseAccepted(), "role": problem.owner},
  {"step": text.problemClosed(), "role": problem.owner}
]/>
