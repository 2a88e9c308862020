<#-- The words of the root-cause analysis (problem) report form (English); its structure is form-problem-report.md.ftl. -->
@@useTitle
Use of this form
@@use
The investigator completes this report for every problem whose root cause is investigated under
<@sms.link "resolution-and-fulfilment"/>, and the ${problem.owner.title} accepts it. It is attached to
the problem record in ${problem.toolName}. The permanent fix is requested with the
<@sms.link "form-rfc"/>, and the problem is closed only once the fix has been shown to work.
@@problemTitle
1. Problem
@@problemTable choices
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
@@investigationTitle
2. Investigation
@@investigationTable choices
| Investigation | |
|---|---|
| Technique used | <@choices ["Timeline analysis", "Five whys", "Fault-tree analysis", "Other"]/> |
| Evidence examined (logs, monitoring, records, interviews) | |
| Configuration items involved | |
@@fiveWhys
For the five whys, each answer is the next question:

| ${t["form.no"]} | Why? | Answer | Evidence |
|---|---|---|---|
@@causeTable
| Cause | |
|---|---|
| Root cause | |
| Contributing factors (people, process, technology, ${t.externalSupplier}) | |
@@knownErrorTitle
3. Known error and workaround
@@knownErrorTable
| Known error | |
|---|---|
| Known error recorded (number) | |
| Workaround | |
| Made available to the service desk on | |
@@resolutionTitle
4. Resolution
@@resolutionTable
| Resolution | |
|---|---|
| Permanent fix | |
| Request for change (RFC number) | |
| Fix deployed on | |
| How the fix was shown to work (no recurrence over what period) | |
| Known error record updated on | |
| Problem closed on | |
@@actionsHeader
| ${t["form.no"]} | Action | Owner | Due |
|---|---|---|---|
@@signOffTitle
Sign-off
@@investigationCompleted
Investigation completed by the investigator
@@rootCauseAccepted
Root cause accepted
@@problemClosed
Problem closed
