<#--
id: design-build-transition
title: Design, Build and Transition Procedure
kind: procedure
code: PRO-07
order: 650
clauses: ["8.5", "8.5.1", "8.5.1.2", "8.5.1.3", "8.5.2", "8.5.2.1", "8.5.2.2", "8.5.2.3", "8.5.3"]
editions: ["2018"]
-->
<#assign change = processes["change-management"]>
<#assign sdt = processes["service-design-and-transition"]>
<#assign release = processes["release-and-deployment-management"]>
<#assign config = processes["configuration-management"]>
<#assign capacity = processes["capacity-management"]>
<#assign security = processes["information-security-management"]>
<#assign continuity = processes["service-continuity-management"]>
<@sms.documentHeader/>

<@sms.section title="Purpose"/>

This procedure sets out how ${org.name} changes its services: how requests for change are recorded,
assessed, approved and implemented; how new services and major changes are planned, designed, built and
transitioned into live operation, or out of it; and how releases are planned, tested and deployed. It puts
into practice the rules of <@sms.link "change-management-policy"/>.

<@sms.section title="Scope"/>

The procedure applies to every change to an item under change control as defined in the policy, to every
new service and every removal or transfer of a service, and to every release deployed into the live
environment of the services in the <@sms.link "service-catalogue"/>, whoever builds or deploys it,
including suppliers.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": change.owner, "duties": "Owns the change management process; chairs the CAB; maintains the change schedule; reviews failed and emergency changes."},
  {"role": sdt.owner, "duties": "Owns service design and transition; plans and coordinates new or changed services with potential major impact, and service removals and transfers."},
  {"role": release.owner, "duties": "Owns release and deployment management; maintains the release policy; plans, tests and deploys releases; runs early life support."},
  {"role": config.owner, "duties": "Provides configuration information for impact assessment; takes baselines; checks CIs are updated when changes close."},
  {"role": sms.topManagement, "duties": "Approves changes with potential major impact before design starts and accepts new services into live operation."}
]/>

Change owners (the person who raises the change, or the service owner for a change to a service) are
responsible for the content of the RFC and for the business case behind it.

<@sms.section title="How changes are routed" clauses=["8.5"]/>

Every change starts as a request for change in ${sms.toolOf("change-management")}. Its route depends on
the category set in <@sms.link "change-management-policy"/>:

| Category | Route | Deployment |
|---|---|---|
| Standard change | Change model, recorded and carried out | Procedure of the change model |
| Normal change | Change management activities below | Release and deployment management |
| Emergency change | Emergency change steps below | Emergency release |
| Potential major impact, including removal or transfer of a service | Service design and transition, then change management for each release | Release and deployment management, with early life support |

<@sms.section title="Change management" clauses=["8.5.1"]/>

Changes are managed in ${sms.toolOf("change-management")} under the rules of
<@sms.link "change-management-policy"/>, which defines what is under change control, the change types, who
approves them and which changes have potential major impact. The ${change.owner.title} keeps the change
schedule and chairs the change advisory board (CAB), which meets every week.

<@sms.section title="Change initiation" clauses=["8.5.1.2"] level=3/>

Requests for change come from service owners, problem management (permanent fixes), capacity and
availability management, information security, customers through their service reviews, suppliers, and
the service planning cycle in <@sms.link "service-portfolio"/>.

1. **Record.** The change owner records the RFC in ${sms.toolOf("change-management")} with:
   - a description of the change and the reason for it;
   - the services and configuration items affected, selected from the configuration information;
   - the requested implementation date and any deadline;
   - the implementation plan, the test plan and the backout plan;
   - the people and suppliers who will carry it out.
2. **Check.** The ${change.owner.title} checks within 1 working day that the RFC is complete; an
   incomplete RFC is returned to the change owner with the reason.
3. **Classify.** The ${change.owner.title} confirms the category (standard, normal minor, normal
   significant, emergency) and decides whether the change has potential major impact under the policy
   criteria. Changes with potential major impact follow the service design and transition steps of this
   procedure.

<@sms.section title="Change activities" clauses=["8.5.1.3"] level=3/>

1. **Assess.** The change owner and the technical owners of the CIs assess the change using the
   configuration information in ${sms.toolOf("configuration-management")}:
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
   when the configuration information has been updated.

| Risk rating | Typical change |
|---|---|
| Low | Well understood, easily backed out, affects one CI and no customer during the service hours |
| Medium | Affects one service and can be backed out within the window, but customers may notice it |
| High | Affects several services or customers, is hard to back out, or has not been done before |

The ${change.owner.title} analyses change records every month for trends (failed changes, changes causing
incidents, emergency changes, unauthorised changes) and reports them in the service reports.

### Emergency changes

1. The incident or security manager who needs the change contacts the ${change.owner.title} or the
   deputy on call.
2. The emergency CAB (the ${change.owner.title} and the owner of the affected service, or their deputies)
   assesses the risk and approves or rejects the change, by telephone if necessary; the approval is noted
   on the related incident.
3. The change is implemented with the minimum testing that the situation allows, and with a backout plan
   where one is possible.
4. The RFC is recorded in full within 1 working day, with the approval, and the configuration information
   is updated.
5. Every emergency change is reviewed at the next CAB meeting.

<@sms.section title="Service design and transition" clauses=["8.5.2"]/>

These steps apply to changes with potential major impact, including a new service, the removal of a
service and the transfer of a service to or from another party. They are coordinated by the
${sdt.owner.title}; each change is still recorded as an RFC, and each deployment goes through release and
deployment management.

<@sms.section title="Planning new or changed services" clauses=["8.5.2.1"] level=3/>

1. **Confirm the requirements.** Take the service requirements documented in the service planning cycle
   and confirm them with the customers concerned and the service owner.
2. **Write the transition plan.** The ${sdt.owner.title} writes a plan that sets out:
   - the activities, with the roles responsible for each, and the timescales;
   - the human, technical, financial and supplier resources needed;
   - the risks to the services and to customers, and how they are treated;
   - the dependencies on other services, changes and suppliers;
   - the testing needed and the acceptance criteria;
   - the expected outcomes of the service, expressed in measurable terms;
   - the changes needed to the SMS: processes, documents, SLAs, the catalogue and supplier contracts.
3. **Approve the plan.** The ${sms.topManagement.title} approves the plan, after the CAB has reviewed the
   risks to the existing services.

For the **removal** of a service the plan also states the date of removal, the notice given to
customers, how customer data is returned or destroyed, how CIs and assets are decommissioned and disposed
of, which contracts are ended, and the date the service leaves the catalogue. For the **transfer** of a
service it also states what is handed over (data, CIs, documentation, knowledge, contracts), the handover
date, the responsibilities of each party during the transfer, and how continuity of service is kept.

<@sms.section title="Design" clauses=["8.5.2.2"] level=3/>

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

<@sms.section title="Build and transition" clauses=["8.5.2.3"] level=3/>

1. **Build.** Build the service components to the design, recording new CIs in the configuration
   information with the status "in build".
2. **Test.** Test the service against the acceptance criteria: functional tests, operational tests
   (monitoring, backup, failover), performance tests and security tests.
3. **Accept.** Confirm that every acceptance criterion in the table below is met. The customer and the
   service owner sign the acceptance. A criterion that is not met needs the approval of the
   ${sms.topManagement.title} to go live, with a dated action to close it.
4. **Transition.** Deploy the service into the live environment through release and deployment
   management. Update the service catalogue, the SLA and the configuration information on the go-live
   date.
5. **Support early life.** Run early life support as described below.
6. **Report.** Within 20 working days of go-live, the ${sdt.owner.title} reports the outcome against the
   expected outcomes in the plan to the ${sms.topManagement.title} and records the lessons learned. For a
   removal, the report confirms that data, CIs, assets and contracts have been dealt with as planned.

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

<@sms.section title="Release and deployment management" clauses=["8.5.3"]/>

Releases are planned, built and deployed in ${sms.toolOf("release-and-deployment-management")} by the
${release.owner.title}'s team. A release groups one or more approved changes that are tested and deployed
together.

### Release policy

The release policy is agreed with customers through their SLAs and service reviews.

| Release type | Content | Frequency |
|---|---|---|
| Major | New services, new functionality or architectural change | Planned with the customer, at most once a quarter per service |
| Minor | Small enhancements and fixes to known errors | At most once a month per service, in the agreed maintenance window |
| Patch | Security and vendor patches | Monthly patch cycle; security patches within 14 days of release by the vendor, critical ones within 72 hours (see <@sms.link "service-assurance"/>) |
| Emergency | Fix needed to restore a service or close a critical vulnerability | As needed, linked to an emergency change |

<#if services?has_content>
| Service | Criticality | Release window |
|---|---|---|
<#list services as s>
| ${s.name} | ${(s.criticality!"medium")?cap_first} | <#if (s.criticality!"medium") == "high">Agreed maintenance window only; major releases need the customer's written agreement<#elseif (s.hoursPerWeek!0) == 168>Agreed maintenance window<#else>Outside the service hours (${s.hours}) or in the agreed maintenance window</#if> |
</#list>
</#if>

### Release steps

1. **Plan.** For each release, the ${release.owner.title} records a release plan: the changes it
   contains, the release date, the deliverables, the deployment method and sequence, the people and
   suppliers involved, the communication to customers, and the criteria for success and for rollback.
2. **Build and configure.** Build the release from controlled sources and record the versions of its
   components; take a configuration baseline of the affected service before deployment.
3. **Test.** Test the release in an environment that represents the live one as closely as practical.
   Tests cover the change itself, regression of existing functions, deployment and rollback.
4. **Approve for deployment.** The ${change.owner.title} authorises deployment when tests are passed and
   the release has been scheduled.
5. **Deploy.** Deploy following the release plan. The deployment is checked against the success criteria
   before the window closes.
6. **Roll back.** If the success criteria are not met, or the deployment causes an incident that cannot be
   resolved within the window, roll back to the baseline, record the failure and raise an incident.
7. **Early life support.** After a major release or a new service, the project team stays available to
   the support teams for 10 working days (30 days for a new service). Early life support ends when no
   <#if priorities?size gt 1>${priorities[0].id} or ${priorities[1].id}<#else>high-priority</#if> incident caused by the release remains open and the incident volume has returned to the
   expected level.
8. **Review.** Record the success or failure of the release. The ${release.owner.title} analyses failed
   releases and incidents caused by releases<#if release.owner.id != change.owner.id>, reports them to the ${change.owner.title},</#if>
   and raises improvements.

### Emergency releases

An emergency release implements an emergency change. It is built and tested as far as the situation
allows, deployed with the approval of the emergency CAB, documented in full within 1 working day, and
reviewed at the next CAB meeting together with its emergency change.

<@sms.section title="Inputs and outputs"/>

| Inputs | Outputs |
|---|---|
| Requests for change | Assessed and approved or rejected changes |
| Service requirements and portfolio decisions | Transition plans, service designs and acceptance records |
| Configuration information | Change schedule and release plans |
| Known errors requiring a permanent fix | Deployed releases and updated configuration information |
| Capacity, security and continuity requirements | Post-implementation reviews and transition reports |

<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="change-management" rows=[
  {"record": "Requests for change, assessments and approvals", "owner": change.owner, "retention": "3 years after closure"},
  {"record": "CAB minutes and post-implementation reviews", "owner": change.owner, "retention": "3 years"},
  {"record": "Transition plans, service designs and acceptance records", "owner": sdt.owner, "heldIn": "SMS document library", "retention": "Life of the service plus 3 years"},
  {"record": "Transition outcome reports", "owner": sdt.owner, "heldIn": "SMS document library", "retention": "Life of the service plus 3 years"},
  {"record": "Release plans, test results and deployment records", "owner": release.owner, "heldIn": sms.toolOf("release-and-deployment-management")?cap_first, "retention": "3 years"},
  {"record": "Configuration baselines", "owner": config.owner, "heldIn": sms.toolOf("configuration-management")?cap_first, "retention": "Until the next baseline of the service has been taken and the change is closed"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
| Changes implemented successfully at the first attempt | at least 95% |
| Changes causing an incident within 7 days | below 3% |
| Emergency changes as a share of all changes | below 10% |
| Unauthorised changes detected | none |
| Releases deployed without rollback | at least 95% |
| New or changed services meeting all acceptance criteria at go-live | 100% |

<@sms.section title="Related documents"/>

- <@sms.link "change-management-policy"/>
- <@sms.link "service-portfolio"/>
- <@sms.link "service-catalogue"/>
- <@sms.link "supply-and-demand"/>
- <@sms.link "resolution-and-fulfilment"/>
- <@sms.link "service-assurance"/>
