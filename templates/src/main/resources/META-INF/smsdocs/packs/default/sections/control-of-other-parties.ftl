<#-- Control of the parties involved in the service lifecycle. 2018 8.2.3; 2011 4.2. -->
<@sms.section title="Control of parties involved in the service lifecycle" clauses=["8.2.3"]/>

${org.name} keeps the accountability for its services and for the SMS even where other parties supply a
service, operate a service component or carry out part of a process. Policy, planning, performance
evaluation and improvement of the SMS are never handed to another party.

<#if suppliers?has_content>
The parties currently involved in the service lifecycle are:

| Party | Type | Contribution | Services supported | Controlled through | Managed by |
|---|---|---|---|---|---|
<#list procedures.parties as x>
| ${x.name} | ${x.typeLabel} | ${x.provides!"Supporting services"} | <@sms.names items=x.services empty="none in the catalogue"/> | ${x.agreement} | <@sms.roleWithPerson x.manager/> |
</#list>
<#else>
No other party currently supplies a service, a service component or part of a process: ${org.name}
delivers its services with its own staff and infrastructure. If that changes, the party is added to the
supplier register before it starts work and the controls below apply.
</#if>

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

