<#-- The words of the change management section (English); its structure is change-management.ftl. -->
@@title
Change management
@@intro
Changes are managed in ${sms.toolOf("change-management")} under the rules of
<@sms.link "change-management-policy"/>, which defines what is under change control, the change types, who
approves them and which changes have potential major impact. The ${change.owner.title} keeps the change
schedule and chairs the change advisory board (CAB), which meets every week.
@@initiationTitle
Change initiation
@@initiation
Requests for change come from service owners, problem management (permanent fixes), capacity and
availability management, information security, customers through their service reviews, suppliers, and
the service planning cycle in <@sms.link "service-portfolio"/>.

1. **Record.** The change owner records the RFC in ${sms.toolOf("change-management")} with:
   - a description of the change and the reason for it;
   - the services and configuration items affected, selected from ${t.theConfigurationInformation};
   - the requested implementation date and any deadline;
   - the implementation plan, the test plan and the backout plan;
   - the people and suppliers who will carry it out.
2. **Check.** The ${change.owner.title} checks within 1 working day that the RFC is complete; an
   incomplete RFC is returned to the change owner with the reason.
3. **Classify.** The ${change.owner.title} confirms the category (standard, normal minor, normal
   significant, emergency) and decides whether the change has potential major impact under the policy
   criteria. Changes with potential major impact follow the service design and transition steps of this
   procedure.
@@activitiesTitle
Change activities
@@activities
1. **Assess.** The change owner and the technical owners of the CIs assess the change using the
   ${t.configurationInformation} in ${sms.toolOf("configuration-management")}:
   - the risk of the change and the risk of not making it;
   - the effect on the services and their customers, on capacity, information security and service
     continuity, and on other scheduled changes;
   - the resources, cost and supplier involvement needed.

   The ${change.owner.title} then sets the risk rating from the table below.
2. **Approve.** The change is approved at the level set in the policy: the ${change.owner.title} for low
   risk, the CAB for medium and high risk. The decision and its reason are recorded on the RFC.
3. **Schedule.** Approved changes are placed in the change schedule, which the service desk can see at
   all times. Customers are told at least 5 working days ahead of changes that affect their use of a
   service.
4. **Build and test.** The change is built and tested in a test environment where one exists, or by a
   documented peer review where it does not. Changes are deployed through a release as described below.
5. **Implement.** The change is implemented in the approved window following the implementation plan. If
   it fails or overruns the window, the backout plan is carried out and the ${change.owner.title} is told.
6. **Verify.** The implementer checks that the change has achieved its purpose and that the service works
   as expected; monitoring is watched for 24 hours after a significant change.
7. **Review and close.** The change owner records the outcome. The ${change.owner.title} reviews every
   change within 5 working days: a change that failed, was backed out, caused an incident or was an
   emergency change gets a documented post-implementation review with actions. The RFC is closed only
   when ${t.theConfigurationInformation} has been updated.
@@trends
The ${change.owner.title} analyses change records every month for trends (failed changes, changes causing
incidents, emergency changes, unauthorised changes) and reports them in the service reports.
@@emergencyTitle
Emergency changes
@@emergency
1. The incident or security manager who needs the change contacts the ${change.owner.title} or the
   deputy on call.
2. The emergency CAB (${governance.emergencyCab}) assesses the
   risk and approves or rejects the change, by telephone if necessary; the approval is noted
   on the related incident.
3. The change is implemented with the minimum testing that the situation allows, and with a backout plan
   where one is possible.
4. The RFC is recorded in full within 1 working day, with the approval, and ${t.theConfigurationInformation}
   is updated.
5. Every emergency change is reviewed at the next CAB meeting.
