<#--
id: service-portfolio
title: Service Portfolio Procedure
kind: procedure
code: PRO-04
order: 600
clauses: ["8.2", "8.2.1", "8.2.2", "8.2.3", "8.2.4", "8.2.5", "8.2.6"]
editions: ["2018"]
-->
<#assign catalogue = processes["service-catalogue-management"]>
<#assign asset = processes["asset-management"]>
<#assign config = processes["configuration-management"]>
<#assign supplier = processes["supplier-management"]>
<#assign change = processes["change-management"]>
<@sms.documentHeader/>

<@sms.section title="Purpose"/>

This procedure sets out how ${org.name} decides which services it provides, delivers them, keeps control of
the other parties that contribute to them, and maintains accurate information about the services, the
assets they use and the configuration items (CIs) they are built from. Together these activities form the
service portfolio: the services in live operation, the services being planned or changed, and the
resources behind them.

<@sms.section title="Scope"/>

The procedure applies to every service in the scope of the service management system (SMS), to services
that are proposed or being designed, and to the assets, CIs and suppliers that support them. It covers
the whole life of a service, from the first requirement to its removal.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": sms.topManagement, "duties": "Approves the service portfolio each year and decisions to add, transfer or remove a service."},
  {"role": catalogue.owner, "duties": "Owns the service catalogue management process; maintains the service portfolio and the service catalogue; runs the annual service planning cycle."},
  {"role": supplier.owner, "duties": "Keeps the register of parties involved in the service lifecycle; makes sure each one is under a contract or agreement with controls the SMS can rely on."},
  {"role": asset.owner, "duties": "Owns the asset management process and the asset register in " + sms.toolOf("asset-management") + "."},
  {"role": config.owner, "duties": "Owns the configuration management process; defines CI types; maintains configuration information in " + sms.toolOf("configuration-management") + "; runs configuration audits."},
  {"role": sms.manager, "duties": "Checks that the portfolio, catalogue, asset and configuration information are consistent with each other and with the SMS plan."}
]/>

<#if services?has_content>
Each service has a service owner who is accountable for its delivery against its service level agreement
(SLA):

| Service | Service owner | Criticality | Customers |
|---|---|---|---|
<#list services as s>
| ${s.name} | <@sms.roleWithPerson s.owner/> | ${(s.criticality!"medium")?cap_first} | <@sms.names items=s.customers empty="none assigned"/> |
</#list>
<#else>
A service owner is appointed for each service when it is approved; no services are defined yet.
</#if>

<@sms.section title="Principles" clauses=["8.2"]/>

- A service exists in the portfolio only when it has an owner, documented requirements and, once live, an
  entry in the <@sms.link "service-catalogue"/> and an SLA.
- ${org.name} remains accountable for every service it provides, including the parts delivered by
  external or internal suppliers.
- New services, major changes to services, transfers and removals are decided in the service planning
  cycle and delivered through service design and transition.
- Asset and configuration information is recorded once, in the tools named in this procedure, and is
  updated only through controlled changes.

<@sms.section title="Service delivery" clauses=["8.2.1"]/>

${org.name} delivers its services by running the operational activities of the SMS every day, with the
resources set out in <@sms.link "sms-plan"/>. For each service the service owner makes sure that:

1. **Operation.** The activities needed to run the service (monitoring, scheduled maintenance, patching,
   backups, service desk cover) are scheduled and staffed for the service hours in the catalogue.
2. **Handling demand.** Incidents and service requests are handled under
   <@sms.link "resolution-and-fulfilment"/>, and changes under <@sms.link "design-build-transition"/>.
3. **Monitoring.** Availability, capacity and incident performance are monitored against the SLA targets;
   deviations are raised as incidents or improvement opportunities.
4. **Coordination.** Activities that involve suppliers follow the interfaces agreed in their contracts or
   internal agreements.
5. **Review.** Service performance is reviewed monthly with the service report and at each service review
   with the customer, as described in <@sms.link "relationship-and-agreement"/>.

<@sms.section title="Planning the services" clauses=["8.2.2"]/>

The ${catalogue.owner.title} runs a service planning cycle once a year, aligned with the budget cycle in
<@sms.link "supply-and-demand"/>, and whenever a customer, a supplier or top management raises a need that
cannot wait for the next cycle.

1. **Collect requirements.** The ${processes["business-relationship-management"].owner.title} gathers the
   service requirements of existing and prospective customers from service reviews and contract
   renewals. The ${catalogue.owner.title} adds ${org.name}'s own requirements (legal and regulatory
   obligations, security, cost, technology lifecycle) and the risks and opportunities recorded for the SMS.
2. **Document requirements.** Record the requirements of each service: functionality, service hours,
   availability and performance targets, capacity, continuity, information security, and the customers
   and users concerned.
3. **Assess the portfolio.** For each service decide whether to keep it as it is, change it, introduce a
   new service or remove it. Take into account customer demand, the forecasts in the capacity plan,
   supplier performance, budget, resources and the dependencies between services.
4. **Prioritise.** Rank the proposals by business value to customers, risk to current services, legal or
   contractual obligation and cost. Proposals that meet the criteria for potential major impact in
   <@sms.link "change-management-policy"/> are listed for service design and transition.
5. **Approve.** Present the proposed portfolio to the ${sms.topManagement.title} for approval, normally as
   part of the management review (see <@sms.link "management-review"/>).
6. **Act.** Raise a request for change for each approved proposal and update the SMS plan, budget and
   capacity plan to match.

Outputs: documented service requirements, the approved service portfolio with its priorities, and the
requests for change that carry it out.

<@sms.section title="Control of parties involved in the service lifecycle" clauses=["8.2.3"]/>

${org.name} keeps the accountability for its services and for the SMS even where other parties supply a
service, operate a service component or carry out part of a process. Policy, planning, performance
evaluation and improvement of the SMS are never handed to another party.

<#if suppliers?has_content>
The parties currently involved in the service lifecycle are:

| Party | Type | Contribution | Services supported | Controlled through | Managed by |
|---|---|---|---|---|---|
<#list suppliers as x>
| ${x.name} | ${x.type?cap_first} supplier | ${x.provides!"Supporting services"} | <@sms.names items=x.services empty="none in the catalogue"/> | <#if x.contractRef?has_content>Contract ${x.contractRef}<#elseif x.type == "internal">Internal agreement<#else>Supplier contract</#if> | <@sms.roleWithPerson x.manager/> |
</#list>
<#else>
No other party currently supplies a service, a service component or part of a process: ${org.name}
delivers its services with its own staff and infrastructure. If that changes, the party is added to the
supplier register before it starts work and the controls below apply.
</#if>

The ${supplier.owner.title} applies these controls to every party:

1. **Selection.** A party is selected against documented criteria: ability to meet the service
   requirements, financial stability, information security, continuity arrangements and references.
2. **Agreement.** The scope, service levels, interfaces with ${org.name}'s processes, reporting and
   security obligations are set out in a contract (external supplier) or a documented agreement (internal
   supplier) before the party starts work.
3. **Integration.** Where a party carries out part of an SMS process, such as resolving incidents on its
   own components or implementing changes, the interface is defined: what it records, in which tool, and
   how and when it hands over to ${org.name}.
4. **Measurement.** The party's performance is measured against its agreed targets and reviewed as set
   out in <@sms.link "relationship-and-agreement"/>.
5. **Action.** Shortfalls are raised with the party and tracked to closure; repeated shortfalls lead to a
   review of the contract or agreement and, where needed, to a change of supplier under service design and
   transition.

<@sms.section title="Service catalogue management" clauses=["8.2.4"]/>

The ${catalogue.owner.title} maintains the <@sms.link "service-catalogue"/> as the single description of
the live services, their intended outcomes, owners, customers, supporting suppliers, hours, targets and
dependencies.

1. Add a service to the catalogue when it is accepted into live operation at the end of transition.
2. Update the entry through a request for change whenever a catalogue attribute changes; check it against
   the SLA and the supplier agreements of the service before issue.
3. Remove or mark a service as withdrawn on the date it is removed or transferred.
4. Publish each new version to the service desk, the service owners and the customers concerned.
5. Review the whole catalogue at least once a year, after the service planning cycle.

<@sms.section title="Asset management" clauses=["8.2.5"]/>

Assets that are used to deliver the services are managed so that they meet the service requirements and
${org.name}'s legal, contractual and licensing obligations. The asset register is kept in
${sms.toolOf("asset-management")} by the ${asset.owner.title}.

| Asset class | Examples | Key information recorded |
|---|---|---|
| Hardware | servers, network devices, end-user devices, spares | serial number, model, location, owner, warranty and support end dates |
| Software and licences | operating systems, applications, subscriptions | licence type, quantity purchased, quantity in use, renewal date |
| Cloud resources | virtual machines, storage, platform subscriptions | subscription, cost centre, service supported |
| Information | customer configuration data, backups, documentation | classification, owner, storage location, retention |

1. **Acquire.** Assets are bought through the approved purchasing route, which notifies the
   ${asset.owner.title}.
2. **Register.** The asset is entered in the register before it is put into use, labelled where physical,
   and linked to the service it supports.
3. **Maintain.** Ownership, location and status are kept current through changes and service requests.
   Warranty, support and licence renewals are tracked and flagged 90 days before expiry.
4. **Verify.** Licence use is reconciled with entitlements every quarter; a physical or automated
   inventory check of hardware is carried out every year.
5. **Dispose.** Assets are retired through a change; storage media are wiped or destroyed to the standard
   in <@sms.link "information-security-policy"/> and a disposal certificate is kept.

Where an asset is also a configuration item, the asset record and the CI record share the same identifier
so that the two sets of information do not diverge.

<@sms.section title="Configuration management" clauses=["8.2.6"]/>

The ${config.owner.title} maintains the configuration information for the services in
${sms.toolOf("configuration-management")}. Configuration information is what changes, incidents,
problems, releases and continuity planning rely on, so it must be accurate enough to support them.

### Configuration item types

Each CI type is defined below. A CI is recorded at the level at which it is changed, replaced or supported
independently.

| CI type | Definition | Examples |
|---|---|---|
| Service | A service in the service catalogue | <#if services?has_content>${sms.andList(services?map(s -> s.name))}<#else>each live service</#if> |
| Server | A physical or virtual server that hosts a service component | hypervisors, virtual machines, database servers |
| Network device | A device that carries or protects network traffic | routers, switches, firewalls, wireless access points |
| End-user device | A device issued to a user | laptops, desktops, mobile devices |
| Software | An application, operating system or firmware version that a service depends on | operating system builds, line-of-business applications |
| Cloud resource | A resource provisioned on a supplier's platform | tenants, subscriptions, storage accounts |
| Supporting service | A service received from a supplier | <#if suppliers?has_content>${sms.andList(suppliers?map(x -> x.name))}<#else>external supplier services</#if> |
| Documentation | A controlled document that defines a service | SLAs, supplier contracts, service design documents |

### Configuration information recorded

For every CI the record holds:

- a unique identifier and the CI type;
- name, description and version or build;
- owner, and the service or services it supports;
- status (planned, in build, live, withdrawn, disposed);
- location (site, data centre or cloud tenant);
- relationships to other CIs (runs on, connects to, depends on) and to the supplier that provides it;
- the changes, incidents, problems and releases linked to it;
- the date and source of the last verification.

### Control of configuration information

1. **Identify.** New CIs are identified during service design and recorded before they enter the live
   environment.
2. **Control.** Configuration information is changed only as part of an approved change, a standard
   change or a service request; the change record references the CIs affected. Automated discovery
   updates are reconciled by the ${config.owner.title} every week.
3. **Baseline.** A configuration baseline of each service is taken before every major release and
   before any change that meets the criteria for potential major impact, so that the previous state can be
   restored. Baselines are kept until the next baseline of the same service has been taken and the change
   has been closed.
4. **Report.** The change, incident and problem processes use configuration information for impact
   assessment and diagnosis; the ${change.owner.title} gets a report of CIs changed without an approved
   change every month.
5. **Audit.** A configuration audit is carried out every quarter: a sample of at least 10% of the CIs of
   each high-criticality service<#if services?has_content> (${sms.andList(services?filter(s -> (s.criticality!"medium") == "high")?map(s -> s.name))?has_content?then(sms.andList(services?filter(s -> (s.criticality!"medium") == "high")?map(s -> s.name)), "none at present")})</#if>
   and 5% of all other CIs is checked against the live environment. A full audit is also carried out before
   the certification audit and after any major transition. Discrepancies are corrected through a change
   and their cause is recorded as a nonconformity if it is a process failure.

Write access to <#if sms.toolOf("asset-management") == sms.toolOf("configuration-management")>${sms.toolOf("asset-management")}<#else>${sms.toolOf("asset-management")} and ${sms.toolOf("configuration-management")}</#if>
is limited to the staff named by the ${config.owner.title} and to the automated discovery accounts; all
other staff who need the information have read access.

<@sms.section title="Inputs and outputs"/>

| Inputs | Outputs |
|---|---|
| Customer and business requirements | Documented service requirements |
| Service reviews and satisfaction results | Approved service portfolio and priorities |
| Capacity plan and demand forecasts | Service catalogue |
| Supplier performance reviews | Supplier register and agreements |
| Purchases, changes and releases | Asset register and configuration information |
| Discovery and monitoring data | Configuration baselines and audit reports |

<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="configuration-management" rows=[
  {"record": "Service requirements and portfolio decisions", "owner": catalogue.owner, "heldIn": "SMS document library", "retention": "3 years after the service is removed"},
  {"record": "Service catalogue versions", "owner": catalogue.owner, "heldIn": "SMS document library", "retention": "3 years after being superseded"},
  {"record": "Supplier register and evaluation results", "owner": supplier.owner, "heldIn": "SMS document library", "retention": "6 years after the end of the contract"},
  {"record": "Asset register and disposal certificates", "owner": asset.owner, "heldIn": sms.toolOf("asset-management")?cap_first, "retention": "6 years after disposal"},
  {"record": "Configuration information", "owner": config.owner, "retention": "3 years after the CI is withdrawn"},
  {"record": "Configuration baselines", "owner": config.owner, "retention": "Until the next baseline of the service has been taken and the change is closed"},
  {"record": "Configuration audit reports", "owner": config.owner, "retention": "3 years"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
| Live services with an owner, a catalogue entry and a signed SLA | 100% |
| CIs found correct at configuration audit | at least 98% |
| Changes closed without updating the affected CIs | none |
| Software licences in use within entitlement | 100% |
| Suppliers with a current contract or agreement | 100% |

<@sms.section title="Related documents"/>

- <@sms.link "service-catalogue"/>
- <@sms.link "relationship-and-agreement"/>
- <@sms.link "supply-and-demand"/>
- <@sms.link "change-management-policy"/>
- <@sms.link "design-build-transition"/>
- <@sms.link "sms-plan"/>
