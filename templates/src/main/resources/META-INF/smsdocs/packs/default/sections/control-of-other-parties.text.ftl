<#-- The words of the section on the control of other parties (English); its structure is control-of-other-parties.ftl. -->
@@title
Control of parties involved in the service lifecycle
@@accountability
${org.name} keeps the accountability for its services and for the SMS even where other parties supply a
service, operate a service component or carry out part of a process. Policy, planning, performance
evaluation and improvement of the SMS are never handed to another party.
@@partiesIntro
The parties currently involved in the service lifecycle are:
@@partiesHeader
| Party | Type | Contribution | Services supported | Controlled through | Managed by |
|---|---|---|---|---|---|
@@supportingServices
Supporting services
@@noServices
none in the catalogue
@@noParties
No other party currently supplies a service, a service component or part of a process: ${org.name}
delivers its services with its own staff and infrastructure. If that changes, the party is added to the
supplier register before it starts work and the controls below apply.
@@controls
The ${supplierManagement.owner.title} applies these controls to every party:

1. **Selection.** A party is selected against documented criteria: ability to meet the service
   requirements, financial stability, information security, continuity arrangements and references.
2. **Agreement.** The scope, service levels, interfaces with ${sms.possessive(org.name)} processes, reporting and
   security obligations are set out in a contract (${t.externalSupplier}) or a documented agreement
   (${t.internalSupplier}) before the party starts work.
3. **Integration.** Where a party carries out part of an SMS process, such as resolving incidents on its
   own components or implementing changes, the interface is defined: what it records, in which tool, and
   how and when it hands over to ${org.name}.
4. **Measurement.** The party's performance is measured against its agreed targets and reviewed as set
   out in <@sms.link "relationship-and-agreement"/>.
5. **Action.** Shortfalls are raised with the party and tracked to closure; repeated shortfalls lead to a
   review of the contract or agreement and, where needed, to a change of supplier under service design and
   transition.
