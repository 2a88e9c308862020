<#-- The words of the knowledge management procedure (English); its structure is knowledge-management.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This procedure describes how ${org.name} decides what knowledge it needs to operate the service
management system (SMS) and deliver its services, and how that knowledge is captured, kept accurate,
made available to the people who need it and retired when it is no longer valid. Its aim is that
incidents are resolved faster, work is done consistently, and the organisation does not depend on what
individual people remember.
@@scopeTitle
Scope
@@scope
The procedure applies to the knowledge used to deliver and support every service in scope of the SMS,
to the knowledge needed to run the SMS processes, and to lessons learned from incidents, changes, audits
and projects. It covers knowledge held by ${org.name} and knowledge that suppliers provide about the
service components they deliver. Controlled documents such as policies and procedures are managed under
<@sms.link "documented-information-control"/>; this procedure covers the operational knowledge around
them.
@@rolesTitle
Roles and responsibilities
@@ownerDuties
Owns this procedure.
@@managerDuties
Reviews the knowledge measures monthly; maintains the lessons-learned register.
@@incidentDuties
Owns the knowledge base used by the service desk; makes sure articles are linked to incidents and that flagged articles are corrected.
@@problemDuties
Approves and publishes known errors and workarounds; retires them when the underlying problem is fixed.
@@changeDuties
Makes sure each change identifies the knowledge articles and work instructions it affects and that they are updated before the change is closed.
@@transitionDuties
Makes sure the knowledge for a new or changed service is in place before it goes live.
@@staffDuties
Every member of staff searches the knowledge base before escalating, records new knowledge they gain,
and flags articles that are wrong or out of date.
@@knowledgeHeldTitle
Knowledge held
@@knowledgeHeld
| Knowledge | Content | Where it is held | Owner | Reviewed |
|---|---|---|---|---|
| Known errors and workarounds | Symptoms, root cause where known, workaround, linked problem | ${sms.toolOf("problem-management")?cap_first} | ${problem.owner.title} | At the monthly problem review, and when the problem is closed |
| Service desk knowledge articles | Troubleshooting steps, how-to guidance, answers to frequent questions | ${sms.toolOf("incident-management")?cap_first} | ${incident.owner.title} | At least every 12 months |
| Work instructions and runbooks | Step-by-step operation of service components, request types and standard changes | ${sms.toolOf("service-request-management")?cap_first} | Process owners | At least every 12 months and after each related change |
| Service information | Service descriptions, service level targets, support model, service hours | <@sms.link "service-catalogue"/> | ${catalogue.owner.title} | With the service catalogue |
| Configuration information | Configuration items, their relationships and baselines | ${sms.toolOf("configuration-management")?cap_first} | ${configuration.owner.title} | At each configuration audit |
| Supplier information | Support procedures, escalation contacts, contract summaries | ${sms.toolOf("supplier-management")?cap_first} | ${supplierManagement.owner.title} | At each supplier review |
| Customer information | Business context, contacts, requirements, history of complaints | ${sms.toolOf("business-relationship-management")?cap_first} | ${brm.owner.title} | At each customer review |
| Lessons learned | Findings from major-incident reviews, post-implementation reviews, audits, continuity tests and projects | Lessons-learned register in the SMS document library | ${manager.title} | Quarterly |
@@secrets
Passwords, keys and customer personal data are never written in knowledge articles; articles refer to
the secure store where such information is held.
@@needsTitle
Determining knowledge needs
@@needs
The knowledge required is determined at these points:

- **New or changed services.** The design of each new or changed service lists the knowledge articles,
  work instructions and training it needs. Their availability is an acceptance criterion for go-live
  under <@sms.link "design-build-transition"/>.
- **Incident analysis.** Each month the ${incident.owner.title} reviews incidents that were escalated or
  resolved without a knowledge article, and commissions articles for recurring subjects.
- **Process reviews.** Each process owner checks that the work instructions of the process are complete
  and current at the process review.
- **Changes in people.** When someone leaves or changes role, the line manager runs a handover at least
  two weeks before the move, and knowledge held only by that person is written down.
- **Suppliers.** New supplier service components come with support documentation and escalation routes,
  obtained by the ${supplierManagement.owner.title} before the supplier starts work.
@@serviceKnowledgeHeader
For each service, the following minimum knowledge is kept.

| Service | Service owner | Minimum knowledge held | Supplier knowledge |
|---|---|---|---|
@@serviceKnowledgeRow s
| ${s.name} | ${s.owner.title} | Service description and targets; support and escalation model (service hours ${s.hours}); known errors; runbooks for routine operation and recovery | <#if s.suppliers?has_content>Support procedures and escalation contacts of <#list s.suppliers as x>${x.name}<#sep>, </#list><#else>No supplier involved</#if> |
@@noServices
When a service enters the scope of the SMS, its owner defines the minimum knowledge held for it: the
service description and targets, the support and escalation model, known errors, and runbooks for
routine operation and recovery.
@@lifecycleTitle
Knowledge lifecycle
@@lifecycle
1. **Capture.** Whoever gains new knowledge, for example by resolving an incident that has no article,
   drafts an article in the knowledge base within two working days. Each article states its title, the
   service or configuration item it applies to, the symptoms or context, the steps, the expected result,
   its author and its review date.
2. **Review.** A subject expert other than the author checks the article for accuracy within five
   working days. Known errors are approved by the ${problem.owner.title}. Steps that change a
   configuration item must correspond to an approved standard change.
3. **Publish.** The article is published to its audience: internal only, or also to customers through
   the self-service portal. Customer-facing articles are checked by the ${incident.owner.title} for
   clarity before publication.
4. **Use.** Staff search the knowledge base before escalating, link the article used to the incident or
   request, and flag any article that did not work.
5. **Maintain.** The owner reviews each article at least every 12 months. Flagged articles are corrected
   within ten working days. At the closure of each change, articles it affects are updated.
6. **Retire.** When a service or configuration item is withdrawn, a problem is permanently fixed, or an
   article is superseded, the owner archives the article. Archived articles are hidden from search and
   kept for three years.
@@lessonsTitle
Lessons learned
@@lessons
The ${manager.title} records lessons from major-incident reviews, post-implementation reviews of
changes, audits, continuity tests and completed projects in the lessons-learned register, each with the
action it led to. The register is reviewed quarterly, and recurring lessons are raised as improvements
under <@sms.link "continual-improvement"/>.
@@recordsTitle
Records
@@articlesRecord
Knowledge articles with their revision history
@@articlesRetention
Life of the article plus 3 years
@@knownErrorsRecord
Known error records
@@knownErrorsRetention
3 years after closure of the problem
@@lessonsRecord
Lessons-learned register
@@documentLibrary
SMS document library
@@lessonsRetention
3 years after the action is closed
@@handoverRecord
Handover records for leavers and role changes
@@lineManagers
Line managers
@@personnelFiles
Personnel files
@@handoverRetention
2 years
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
@@measuresReporting
The results are reported monthly in the service reports described in <@sms.link "monitoring-and-reporting"/>.
