<#-- The words of the service portfolio procedure (English); its structure is service-portfolio.md.ftl.
     The duties are used as plain text and escaped where they are printed, so a value in them is written ${x?no_esc}. -->
@@purposeTitle
Purpose
@@purpose
This procedure sets out how ${org.name} decides which services it provides, delivers them, keeps control of
the other parties that contribute to them, and maintains accurate information about the services, the
assets they use and the configuration items (CIs) they are built from. Together these activities form the
service portfolio: the services in live operation, the services being planned or changed, and the
resources behind them.
@@scopeTitle
Scope
@@scope
The procedure applies to every service in the scope of the service management system (SMS), to services
that are proposed or being designed, and to the assets, CIs and suppliers that support them. It covers
the whole life of a service, from the first requirement to its removal.
@@rolesTitle
Roles and responsibilities
@@topManagementDuties
Approves the service portfolio each year and decisions to add, transfer or remove a service.
@@catalogueOwnerDuties
Owns the service catalogue management process; maintains the service portfolio and the service catalogue; runs the annual service planning cycle.
@@supplierOwnerDuties
Keeps the register of parties involved in the service lifecycle; makes sure each one is under a contract or agreement with controls the SMS can rely on.
@@assetOwnerDuties
Owns the asset management process and the asset register in ${sms.toolOf("asset-management")?no_esc}.
@@configurationOwnerDuties
Owns the configuration management process; defines CI types; maintains configuration information in ${sms.toolOf("configuration-management")?no_esc}; runs configuration audits.
@@managerDuties
Checks that the portfolio, catalogue, asset and configuration information are consistent with each other and with the SMS plan.
@@serviceOwners
Each service has a service owner who is accountable for its delivery against its service level agreement
(SLA):
@@serviceOwnersHeader
| Service | Service owner | Criticality | Customers |
|---|---|---|---|
@@noCustomers
none assigned
@@noServices
A service owner is appointed for each service when it is approved; no services are defined yet.
@@principlesTitle
Principles
@@principles
- A service exists in the portfolio only when it has an owner, documented requirements and, once live, an
  entry in the <@sms.link "service-catalogue"/> and an SLA.
- ${org.name} remains accountable for every service it provides, including the parts delivered by
  external or internal suppliers.
- New services, major changes to services, transfers and removals are decided in the service planning
  cycle and delivered through service design and transition.
- Asset and configuration information is recorded once, in the tools named in this procedure, and is
  updated only through controlled changes.
@@deliveryTitle
Service delivery
@@delivery
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
@@planningTitle
Planning the services
@@planning
The ${catalogue.owner.title} runs a service planning cycle once a year, aligned with the budget cycle in
<@sms.link "supply-and-demand"/>, and whenever a customer, a supplier or top management raises a need that
cannot wait for the next cycle.

1. **Collect requirements.** The ${brm.owner.title} gathers the
   service requirements of existing and prospective customers from service reviews and contract
   renewals. The ${catalogue.owner.title} adds ${sms.possessive(org.name)} own requirements (legal and regulatory
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
@@inputsOutputsTitle
Inputs and outputs
@@inputsOutputs
| Inputs | Outputs |
|---|---|
| Customer and business requirements | Documented service requirements |
| Service reviews and satisfaction results | Approved service portfolio and priorities |
| Capacity plan and demand forecasts | Service catalogue |
| Supplier performance reviews | Supplier register and agreements |
| Purchases, changes and releases | Asset register and configuration information |
| Discovery and monitoring data | Configuration baselines and audit reports |
@@recordsTitle
Records
@@requirementsRecords
Service requirements and portfolio decisions
@@catalogueRecords
Service catalogue versions
@@supplierRecords
Supplier register and evaluation results
@@assetRecords
Asset register and disposal certificates
@@configurationRecords
Configuration information
@@baselineRecords
Configuration baselines
@@auditRecords
Configuration audit reports
@@documentLibrary
SMS document library
@@afterServiceRemoved
3 years after the service is removed
@@afterSuperseded
3 years after being superseded
@@afterContractEnd
6 years after the end of the contract
@@afterDisposal
6 years after disposal
@@afterCiWithdrawn
3 years after the CI is withdrawn
@@untilNextBaseline
Until the next baseline of the service has been taken and the change is closed
@@threeYears
3 years
@@measuresTitle
Measures
@@measuresHeader
| Measure | Target |
|---|---|
