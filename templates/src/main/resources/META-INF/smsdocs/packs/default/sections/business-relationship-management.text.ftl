<#-- The words of the business relationship management section (English); its structure is business-relationship-management.ftl. -->
@@title
Business relationship management
@@customersTitle
Customers
@@customersTable
The customers of the services, and the frequency of their service reviews, are:

| Customer | Type | Contact | Services received | Service review |
|---|---|---|---|---|
@@contactInSla
Named in the SLA
@@noServices
none at present
@@reviewRule
The frequency follows the criticality of the services a customer receives: ${serviceLevels.customerReviewRule}.
A customer with several services has one combined review.
@@noCustomers
No customers are recorded yet. When the first customer is agreed, the ${brm.owner.title} records it with
its contact, the services it receives and its service review frequency: ${serviceLevels.customerReviewRule}.
@@interestedParties
The ${brm.owner.title} also keeps a record of the other interested parties in the services, such as the
customers' users, regulators and the suppliers' account managers, with the way each is kept informed. The
customer records are held in ${sms.toolOf("business-relationship-management")}.
@@reviewsTitle
Service reviews
@@reviews
1. **Prepare.** Five working days before the review, send the customer the latest service reports and the
   list of open actions.
2. **Review performance.** Go through availability, incidents, requests, breaches and changes against the
   SLA, and the trend since the last review.
3. **Review needs.** Ask about changes in the customer's business, planned growth or reduction, new
   requirements and any change to the service they expect in the next twelve months. Forecast demand is
   passed to demand management as set out in <@sms.link "supply-and-demand"/>.
4. **Agree actions.** Record agreed actions with owners and dates, including improvements and changes to
   the SLA.
5. **Follow up.** Send the minutes within five working days; track actions in
   ${sms.toolOf("business-relationship-management")} and report their status at the next review.

Changes to requirements that affect the service or its SLA are raised as requests for change and, where
they meet the criteria in <@sms.link "change-management-policy"/>, handled through service design and
transition.
@@satisfactionTitle
Customer satisfaction
@@satisfaction
Customer satisfaction is measured in two ways:

- **Quarterly survey.** Each customer's contact and a sample of its users score overall satisfaction,
  service quality, communication and value on a scale of 1 to 5, with free-text comments.
- **Transactional feedback.** Users receive a one-question survey when an incident or request is closed.

The ${brm.owner.title} analyses the results each quarter by customer and by service, discusses them at the
next service review, and raises an improvement opportunity for any average score below 3.5 or any fall of
more than 0.5 from the previous quarter. A summary goes to each management review
(see <@sms.link "management-review"/>).
@@complaintsTitle
Service complaints
@@complaints
A service complaint is any expression of dissatisfaction by a customer or user with a service or with how
${org.name} has delivered it, where the complainant expects a response. A complaint is not an incident or a
request: a report that something is broken is an incident, a complaint about how the incident was handled
is a complaint. Every complaint is recorded, whatever channel it arrives through.

1. **Record.** The service desk or whoever receives the complaint records it in
   ${sms.toolOf("business-relationship-management")} on the same day, with the complainant, the service
   and what they are dissatisfied with.
2. **Acknowledge.** The ${brm.owner.title} acknowledges the complaint within 1 working day and tells the
   complainant who is handling it.
3. **Investigate.** The ${brm.owner.title} establishes the facts with the service owner and the teams
   involved, and identifies the cause.
4. **Respond.** The complainant receives a full answer within 10 working days, setting out the findings and
   the actions taken or planned. If the investigation needs longer, the complainant is told why and given
   a date.
5. **Escalate.** If the complainant is not satisfied with the answer, or the complaint is not closed
   within 20 working days, it is escalated to the ${sms.topManagement.title}.
6. **Close.** The complaint is closed when the complainant accepts the answer, or when the
   ${sms.topManagement.title} has given a final answer. Where the cause shows a weakness in the SMS, a
   nonconformity or an improvement is raised under <@sms.link "nonconformity-and-corrective-action"/>.

Complaint numbers, causes and closure times are reported monthly in the service reports and reviewed at
each management review.
