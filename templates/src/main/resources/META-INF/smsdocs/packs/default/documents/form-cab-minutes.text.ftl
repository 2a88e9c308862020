<#-- The words of the change advisory board (CAB) minutes form (English); its structure is form-cab-minutes.md.ftl. -->
@@useTitle
Use of this form
@@use changeProcedure
The ${change.owner.title} chairs the change advisory board (CAB) and completes this form at every meeting,
and for every decision of the emergency CAB. The decision on each change is also entered on its request
for change in ${change.toolName}. Which changes the CAB decides, and how, is set out in
<@sms.link "change-management-policy"/> and <@sms.link changeProcedure/>.
@@meetingTitle
1. Meeting
@@meetingTable choices
| Meeting | |
|---|---|
| Date and time | |
| Meeting | <@choices ["Scheduled CAB", "Emergency CAB"]/> |
| Chair | ${change.owner.title} |
| Minutes taken by | |
| Decisions valid: chair and the owner of every affected service present | <@choices ["Yes", "No: decisions deferred"]/> |
@@attendanceTitle
2. Attendance
@@attendanceHeader
| ${t.role} | ${t["form.name"]} | Present | Deputy or apologies |
|---|---|---|---|
| ${change.owner.title} (chair) | | ☐ | |
@@attendanceInvited
| Owner of an affected service | | ☐ | |
| Owner of an affected service | | ☐ | |
| Owner of an affected service | | ☐ | |
| Supplier representative (invited) | | ☐ | |
@@previousActionsTitle
3. Actions from the previous meeting
@@previousActionsHeader
| Action | Owner | Status |
|---|---|---|
@@implementedTitle
4. Changes implemented since the last meeting
@@implementedIntro
Every emergency change, and every change that failed, was backed out or caused an incident, is reviewed
here.
@@implementedHeader
| RFC number | Title | Result | Incidents caused | Emergency change | Review or action agreed |
|---|---|---|---|---|---|
@@forDecisionTitle
5. Requests for change for decision
@@forDecisionIntro
A significant change is approved only with the agreement of the chair and of the owner of every affected
service; where they disagree, the decision goes to the ${top.title}. Decisions: approved, approved with
conditions, rejected or deferred.
@@forDecisionHeader
| RFC number | Title | Services affected | Risk | Decision | Conditions or reason |
|---|---|---|---|---|---|
@@scheduleTitle
6. Change schedule
@@scheduleTable
| Change schedule | |
|---|---|
| Changes scheduled for the coming period, and conflicts between them | |
| Change freezes in force or announced | |
| Maintenance windows to be used | |
| Customers to be told of changes that affect them | |
@@actionsTitle
7. Actions
@@actionsHeader
| ${t["form.no"]} | Action | Owner | Due |
|---|---|---|---|
@@signOffTitle
Sign-off
@@minutesWritten
Minutes written
@@minutesApproved
Minutes approved (chair)
