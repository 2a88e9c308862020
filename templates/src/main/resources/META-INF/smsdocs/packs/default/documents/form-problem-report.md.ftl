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
<#include "/sections/form-parts.ftl">
<@sms.section title="Use of this form"/>

The investigator completes this report for every problem whose root cause is investigated under
<@sms.link "resolution-and-fulfilment"/>, and the ${problem.owner.title} accepts it. It is attached to
the problem record in ${problem.toolName}. The permanent fix is requested with the
<@sms.link "form-rfc"/>, and the problem is closed only once the fix has been shown to work.

<@recordBlock/>

<@sms.section title="1. Problem"/>

| Problem | |
|---|---|
| Problem number | |
| Title | |
| Opened on | |
| Raised from | <@choices ["Major incident", "Recurring incidents (trend analysis)", "Supplier or technical team", "Other"]/> |
| Related incidents (numbers) | |
| Services affected | |
| Priority (impact of the incidents and risk of recurrence) | <@choices ["High", "Medium", "Low"]/> |
| Investigator | |

<@sms.section title="2. Investigation"/>

| Investigation | |
|---|---|
| Technique used | <@choices ["Timeline analysis", "Five whys", "Fault-tree analysis", "Other"]/> |
| Evidence examined (logs, monitoring, records, interviews) | |
| Configuration items involved | |

For the five whys, each answer is the next question:

| ${t["form.no"]} | Why? | Answer | Evidence |
|---|---|---|---|
<@blankRows 5 4 true/>

| Cause | |
|---|---|
| Root cause | |
| Contributing factors (people, process, technology, ${t.externalSupplier}) | |

<@sms.section title="3. Known error and workaround"/>

| Known error | |
|---|---|
| Known error recorded (number) | |
| Workaround | |
| Made available to the service desk on | |

<@sms.section title="4. Resolution"/>

| Resolution | |
|---|---|
| Permanent fix | |
| Request for change (RFC number) | |
| Fix deployed on | |
| How the fix was shown to work (no recurrence over what period) | |
| Known error record updated on | |
| Problem closed on | |

| ${t["form.no"]} | Action | Owner | Due |
|---|---|---|---|
<@blankRows 4 4 true/>

<@sms.section title="Sign-off"/>

<@signoff [
  {"step": "Investigation completed by the investigator"},
  {"step": "Root cause accepted", "role": problem.owner},
  {"step": "Problem closed", "role": problem.owner}
]/>
