<#-- The words of the management review minutes form (English); its structure is form-management-review-minutes.md.ftl. -->
@@useTitle
Use of this form
@@use
The ${sms.manager.title} records the minutes of every management review on this form and issues the draft
to the attendees within five working days, as <@sms.link "management-review"/> sets out. Attendees send
corrections within three working days; the ${sms.topManagement.title} then approves the minutes, and the
actions are entered in the management review action log.
@@meetingTitle
1. Meeting
@@meetingTable choices
| Meeting | |
|---|---|
| Date and place | |
| Review | <@choices ["Full review", "Extraordinary review"]/> |
| Period covered | |
| Chair | ${sms.topManagement.title} |
| Minutes taken by | |
| Quorate: chair (or formal deputy) and ${sms.manager.title} present, and at least two thirds of the process owners attending or reporting in writing | <@choices ["Yes", "No: review to be held again within four weeks"]/> |
@@attendanceTitle
2. Attendance
@@attendanceHeader
| ${t.role} | ${t.holder} | Present | Deputy, apologies or written report |
|---|---|---|---|
@@attendanceInvited
| Invited for an item | | ☐ | |
| Invited for an item | | ☐ | |
@@inputsTitle
3. Inputs considered
@@inputsHeader
| ${t["form.no"]} | Input | Results, trend and what they mean for the SMS |
|---|---|---|
@@conclusionsTitle
4. Conclusions
@@conclusionsTable choices
| Conclusions | |
|---|---|
| The SMS remains suitable for the organisation | <@choices ["Yes", "No, because"]/> |
| The SMS remains adequate for the services | <@choices ["Yes", "No, because"]/> |
| The SMS is effective in achieving its objectives | <@choices ["Yes", "No, because"]/> |
| The service management policy needs to change | <@choices ["No", "Yes"]/> |
| The service management objectives or their targets need to change | <@choices ["No", "Yes"]/> |
@@decisionsTitle
5. Decisions and actions
@@decisionsIntro
Each decision or action has one of these subjects: an opportunity for improvement; a change to the SMS, its
policy, objectives, scope, plan or processes; a change to services, service level targets or supplier
arrangements; resources; risks and opportunities; a corrective action beyond a process owner's authority.
@@decisionsHeader
| ${t["form.no"]} | Decision or action | Subject | Owner | Due |
|---|---|---|---|---|
@@nextReviewTable
| Next review | |
|---|---|
| Date of the next review | |
| Items to follow up before it | |
@@signOffTitle
Sign-off
@@minutesWritten
Minutes written
@@minutesApproved
Minutes approved
