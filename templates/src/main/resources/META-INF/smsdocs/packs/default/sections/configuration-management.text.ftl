<#-- The words of the configuration management section (English); its structure is configuration-management.ftl. -->
@@title
Configuration management
@@intro
The ${configuration.owner.title} maintains ${t.theConfigurationInformation} for the services in
${sms.toolOf("configuration-management")}. ${t.ConfigurationInformation} is what changes, incidents,
problems, releases and continuity planning rely on, so it must be accurate enough to support them.
@@ciTypesTitle
Configuration item types
@@ciTypes
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
| Supporting service | A service received from a supplier | <#if suppliers?has_content>${sms.andList(suppliers?map(x -> x.name))}<#else>${t.externalSupplier} services</#if> |
| Documentation | A controlled document that defines a service | SLAs, supplier contracts, service design documents |
@@recordedTitle
${t.ConfigurationInformation} recorded
@@recorded
For every CI the record holds:

- a unique identifier and the CI type;
- name, description and version or build;
- owner, and the service or services it supports;
- status (planned, in build, live, withdrawn, disposed);
- location (site, data centre or cloud tenant);
- relationships to other CIs (runs on, connects to, depends on) and to the supplier that provides it;
- the changes, incidents, problems and releases linked to it;
- the date and source of the last verification.
@@controlTitle
Control of ${t.configurationInformation}
@@control highCriticality
1. **Identify.** New CIs are identified during service design and recorded before they enter the live
   environment.
2. **Control.** ${t.ConfigurationInformation} is changed only as part of an approved change, a standard
   change or a service request; the change record references the CIs affected. Automated discovery
   updates are reconciled by the ${configuration.owner.title} every week.
3. **Baseline.** A configuration baseline of each service is taken before every major release and
   before any change that meets the criteria for potential major impact, so that the previous state can be
   restored. Baselines are kept until the next baseline of the same service has been taken and the change
   has been closed.
4. **Report.** The change, incident and problem processes use ${t.configurationInformation} for impact
   assessment and diagnosis; the ${change.owner.title} gets a report of CIs changed without an approved
   change every month.
5. **Audit.** A configuration audit is carried out every quarter: a sample of at least 10% of the CIs of
   each high-criticality service<#if services?has_content> (${highCriticality?has_content?then(highCriticality, "none at present")})</#if>
   and 5% of all other CIs is checked against the live environment. A full audit is also carried out before
   the certification audit and after any major transition. Discrepancies are corrected through a change
   and their cause is recorded as a nonconformity if it is a process failure.
@@writeAccess
Write access to <#if sms.toolOf("asset-management") == sms.toolOf("configuration-management")>${sms.toolOf("asset-management")}<#else>${sms.toolOf("asset-management")} and ${sms.toolOf("configuration-management")}</#if>
is limited to the staff named by the ${configuration.owner.title} and to the automated discovery accounts; all
other staff who need the information have read access.
