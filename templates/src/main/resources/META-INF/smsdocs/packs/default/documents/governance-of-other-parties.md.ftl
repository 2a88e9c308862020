<#--
id: governance-of-other-parties
title: Governance of Processes Operated by Other Parties
kind: procedure
code: PRO-15
order: 230
editions:
  "2011": {clauses: ["4.2"]}
related: ["relationship-processes", "internal-audit", "sms-scope", "service-catalogue"]
-->
<#-- Processes that a supplier or internal group carries out in part, from what each one provides. -->
<@sms.section title="Purpose" clauses2011=["4.2"]/>

${org.name} is the ${t.provider} for the services in the scope of its service management system (SMS).
Where another party operates a service, a service component or part of a service management process,
${org.name} keeps the accountability for it and governs it as part of the SMS. This procedure sets out
how those parties and the processes they operate are identified, agreed, measured and controlled.

<@sms.section title="Scope" clauses2011=["4.2"]/>

The procedure applies to every other party that contributes to the services: suppliers under a contract,
internal groups of the wider organisation under a documented agreement, and customers that carry out part
of a service themselves. The requirements of clause 4 of ${sms.standard}, the SMS itself, are met by
${org.name} and are never handed to another party.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": sms.topManagement, "duties": "Keeps the accountability for every process operated by another party; approves the selection and replacement of parties that support a high-criticality service."},
  {"role": supplierManagement.owner, "duties": "Identifies the other parties and the processes they operate; makes sure each one has a contract or agreement; runs their performance reviews."},
  {"role": sms.manager, "duties": "Includes the processes operated by other parties in the internal audit programme and in the SMS measures; reports on their governance to management review."}
]/>

Each process owner remains accountable for the whole of the process, including the part that another
party carries out, and defines the interface with that party.

<#include "/sections/control-of-other-parties.ftl">
<@sms.section title="Demonstrating governance" clauses2011=["4.2"]/>

For each process, or part of a process, operated by another party, ${org.name} can show an auditor:

| What ${org.name} demonstrates | Evidence |
|---|---|
| It is accountable for the process and has the authority to require the party to follow it | The contract or agreement, with the process interface and the obligation to follow ${sms.possessive(org.name)} procedures |
| The party's part of the process is defined | The interface description: what the party records, in which tool, and when it hands over |
| Performance is measured against agreed targets | Monthly performance data and the supplier review records |
| Requirements and changes are controlled | Changes to the agreement and to the interface go through change management |
| The process is audited | The party's activities in the internal audit programme, or the party's own audit results |
| Shortfalls are corrected | Actions from reviews and audits, tracked to closure |

<#if procedures.operators?has_content>
The parties that currently contribute to the services, the process interfaces agreed with them, and how
often their performance is reviewed (${serviceLevels.supplierReviewRule}):

| Party | Type | Contribution | Process interfaces | Managed by | Performance review |
|---|---|---|---|---|---|
<#list procedures.operators as x>
| ${x.name} | ${x.typeLabel} | ${x.provides!"Supporting services"} | Incidents and service requests on its components; changes and releases it implements; monthly performance data | <@sms.roleWithPerson x.manager/> | ${x.reviewFrequency?cap_first} |
</#list>
</#if>

<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="supplier-management" rows=[
  {"record": "Register of other parties and the processes they operate", "owner": supplierManagement.owner, "heldIn": "SMS document library", "retention": "Current version, plus superseded versions for 3 years"},
  {"record": "Contracts, internal agreements and interface descriptions", "owner": supplierManagement.owner, "heldIn": "SMS document library", "retention": "6 years after expiry"},
  {"record": "Performance reviews and actions", "owner": supplierManagement.owner, "heldIn": "SMS document library", "retention": "6 years after the end of the contract"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
<#list measures.of["governance-of-other-parties"] as m>
| ${m.name} | ${m.target} |
</#list>
