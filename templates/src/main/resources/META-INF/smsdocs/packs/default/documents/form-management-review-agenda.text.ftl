<#-- The words of the management review agenda form (English); its structure is form-management-review-agenda.md.ftl. -->
@@useTitle
Use of this form
@@use
The ${sms.manager.title} completes this agenda for every management review and circulates it with the
input pack at least five working days before the review, as <@sms.link "management-review"/> sets out.
The items follow the review inputs of the procedure, in the same order; the ${sms.topManagement.title}
chairs the review. The minutes are recorded on the <@sms.link "form-management-review-minutes"/>.
@@meetingTitle
1. Meeting
@@fullReview
Full review
@@extraordinaryReview
Extraordinary review
@@meetingTable reviewChoices
| Meeting | |
|---|---|
| Date, time and place | |
| Review | ${reviewChoices} |
| Event that called an extraordinary review | |
| Period covered | |
| Chair | ${sms.topManagement.title} |
| Input pack circulated on | |
@@invitedTitle
2. Invited
@@invitedHeader
| ${t.role} | ${t.holder} | Presents |
|---|---|---|
@@chairs
Chairs the review
@@overallPerformance
The overall performance of the SMS
@@chairsAndOverallPerformance
Chairs the review; the overall performance of the SMS
@@invitedForItem
| Invited for an item | | |
| Invited for an item | | |
@@agendaTitle
3. Agenda
@@agendaHeader
| ${t["form.no"]} | Item | Presented by | Time |
|---|---|---|---|
@@opening
Opening: quorum and agenda
@@conclusions
Conclusions: is the SMS still suitable, adequate and effective; do the policy and the objectives need to change
@@decisionsItem
Decisions and actions, each with its owner and due date
@@nextReview
Date of the next review, and items to follow up before it
@@signOffTitle
Sign-off
@@agendaPrepared
Agenda prepared
@@agendaAgreed
Agenda agreed (chair)
