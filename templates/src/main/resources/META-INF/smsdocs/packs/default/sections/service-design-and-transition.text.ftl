<#-- The words of the service design and transition section (English); its structure is service-design-and-transition.ftl. -->
@@title
Service design and transition
@@intro
These steps apply to changes with potential major impact, including a new service, the removal of a
service and the transfer of a service to or from another party. They are coordinated by the
${transition.owner.title}; each change is still recorded as an RFC, and each deployment goes through release and
deployment management.
@@planningTitle
Planning new or changed services
@@planning
1. **Confirm the requirements.** Take the service requirements documented in the service planning cycle
   and confirm them with the customers concerned and the service owner.
2. **Write the transition plan.** The ${transition.owner.title} writes a plan that sets out:
   - the activities, with the roles responsible for each, and the timescales;
   - the human, technical, financial and supplier resources needed;
   - the risks to the services and to customers, and how they are treated;
   - the dependencies on other services, changes and suppliers;
   - the testing needed and the acceptance criteria;
   - the expected outcomes of the service, expressed in measurable terms;
   - the changes needed to the SMS: processes, documents, SLAs, the catalogue and supplier contracts.
3. **Approve the plan.** The ${sms.topManagement.title} approves the plan, after the CAB has reviewed the
   risks to the existing services.
@@removalAndTransfer
For the **removal** of a service the plan also states the date of removal, the notice given to
customers, how customer data is returned or destroyed, how CIs and assets are decommissioned and disposed
of, which contracts are ended, and the date the service leaves the catalogue. For the **transfer** of a
service it also states what is handed over (data, CIs, documentation, knowledge, contracts), the handover
date, the responsibilities of each party during the transfer, and how continuity of service is kept.
@@designTitle
Design
@@design
The service owner and the technical leads produce a service design that meets the requirements and the
acceptance criteria. It covers:

- the service components and CIs, and their relationships;
- the changes to the SLA and to the entry in the <@sms.link "service-catalogue"/>;
- the capacity needed, confirmed by the ${capacity.owner.title};
- the information security controls, confirmed by the ${security.owner.title};
- the service continuity and availability arrangements, confirmed by the ${continuity.owner.title};
- the contracts and internal agreements with suppliers;
- the staff, competences and training needed to run and support the service;
- the budget and costing of the service;
- the changes to the SMS processes, procedures and tools;
- the knowledge and documentation handed to the service desk and support teams.

The design is reviewed by the CAB and approved by the service owner before build starts. Where the design
cannot meet a requirement, the gap is agreed with the customer and recorded.
@@buildTitle
Build and transition
@@build
1. **Build.** Build the service components to the design, recording new CIs in
   ${t.theConfigurationInformation} with the status "in build".
2. **Test.** Test the service against the acceptance criteria: functional tests, operational tests
   (monitoring, backup, failover), performance tests and security tests.
3. **Accept.** Confirm that every acceptance criterion in the table below is met. The customer and the
   service owner sign the acceptance. A criterion that is not met needs the approval of the
   ${sms.topManagement.title} to go live, with a dated action to close it.
4. **Transition.** Deploy the service into the live environment through release and deployment
   management. Update the service catalogue, the SLA and ${t.theConfigurationInformation} on the go-live
   date.
5. **Support early life.** Run early life support as described below.
6. **Report.** Within 20 working days of go-live, the ${transition.owner.title} reports the outcome against the
   expected outcomes in the plan to the ${sms.topManagement.title} and records the lessons learned. For a
   removal, the report confirms that data, CIs, assets and contracts have been dealt with as planned.
@@acceptanceCriteria
| Acceptance criterion | Evidence |
|---|---|
| The service works as specified | Signed test results |
| Service level targets can be met | Monitoring and reporting set up and tested |
| Capacity is in place for forecast demand | Confirmation in the capacity plan |
| Security controls are in place | Security review signed off |
| Continuity arrangements work | Recovery test results |
| Support is ready | Service desk briefed; knowledge articles published; support staff trained |
| Agreements are in place | SLA signed; supplier contracts or internal agreements signed |
| Information is up to date | CIs recorded; catalogue entry prepared |

The acceptance criteria of a particular service are set in its transition plan and may add to this list,
but not remove from it.
