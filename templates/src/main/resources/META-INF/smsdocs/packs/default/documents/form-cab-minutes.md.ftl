<#--
id: form-cab-minutes
title: Change Advisory Board (CAB) Minutes Form
kind: form
code: FRM-02
order: 951
clauses: ["8.5.1.3"]
editions:
  "2018": {}
  "2011": {clauses: ["9.2"], related: ["change-management-policy", "control-processes", "form-rfc"]}
related: ["change-management-policy", "design-build-transition", "form-rfc"]
-->
<#-- The structure of the CAB minutes form; its words are in form-cab-minutes.text.ftl and its language variants. -->
<#include "/sections/form-parts.ftl">
<#import "/documents/form-cab-minutes.text.ftl" as text>
<@sms.section title=text.useTitle() key="use-of-this-form"/>

${text.use(changeProcedure)}

<@recordBlock/>

<@sms.section title=text.meetingTitle() key="1.-meeting"/>

${text.meetingTable(choices)}

<@sms.section title=text.attendanceTitle() key="2.-attendance"/>

${text.attendanceHeader()}
<#list procedures.cabMembers as r>
| ${r.title} | | ☐ | |
</#list>
${text.attendanceInvited()}

<@sms.section title=text.previousActionsTitle() key="3.-actions-from-the-previous-meeting"/>

${text.previousActionsHeader()}
<@blankRows 4 3/>

<@sms.section title=text.implementedTitle() key="4.-changes-implemented-since-the-last-meeting"/>

${text.implementedIntro()}

${text.implementedHeader()}
<@blankRows 6 6/>

<@sms.section title=text.forDecisionTitle() key="5.-requests-for-change-for-decision"/>

${text.forDecisionIntro()}

${text.forDecisionHeader()}
<@blankRows 8 6/>

<@sms.section title=text.scheduleTitle() key="6.-change-schedule"/>

${text.scheduleTable()}

<@sms.section title=text.actionsTitle() key="7.-actions"/>

${text.actionsHeader()}
<@blankRows 5 4 true/>

<@sms.section title=text.signOffTitle() key="sign-off"/>

<@signoff [
  {"step": text.minutesWritten()},
  {"step": text.minutesApproved(), "role": change.owner}
]/>
