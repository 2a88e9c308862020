<#--
id: relationship-and-agreement
title: Relationship and Agreement Procedure
kind: procedure
code: PRO-05
order: 620
clauses: ["8.3", "8.3.1", "8.3.2", "8.3.3", "8.3.4", "8.3.4.1", "8.3.4.2"]
editions: ["2018"]
-->
<#assign brm = processes["business-relationship-management"]>
<#assign slm = processes["service-level-management"]>
<#assign supplier = processes["supplier-management"]>
<#function servesHigh refs>
  <#return refs?filter(r -> r.criticality == "high")?has_content>
</#function>
<@sms.documentHeader/>

<@sms.section title="Purpose"/>

This procedure sets out how ${org.name} manages its relationships with the customers who receive its
services and with the suppliers who help deliver them, and how it agrees, monitors and reviews the service
levels it commits to. It makes sure that what ${org.name} promises to customers is supported by what its
suppliers promise to ${org.name}.

<@sms.section title="Scope"/>

The procedure covers all customers of the services in the <@sms.link "service-catalogue"/>, their service
level agreements (SLAs), service complaints, and all external and internal suppliers that contribute to
those services. Commercial negotiation of prices is outside its scope, but the service content of every
contract is within it.

<@sms.section title="Roles and responsibilities" clauses=["5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": brm.owner, "duties": "Owns business relationship management; is the named contact for each customer; runs service reviews, the satisfaction survey and the complaint procedure."},
  {"role": slm.owner, "duties": "Owns service level management; agrees SLAs with customers; monitors performance against them; keeps SLAs consistent with the service catalogue and supplier agreements."},
  {"role": supplier.owner, "duties": "Owns supplier management; keeps the supplier register; manages contracts and internal agreements; runs supplier performance reviews and the contractual dispute procedure."},
  {"role": sms.topManagement, "duties": "Signs SLAs and supplier contracts; is the final point of escalation for complaints and disputes."}
]/>

<@sms.section title="Relationships and agreements" clauses=["8.3", "8.3.1"]/>

${org.name} manages a chain of agreements: each customer-facing commitment must be backed by the internal
and supplier commitments it depends on.

| Agreement | Between | Defines | Owner |
|---|---|---|---|
| Service level agreement | ${org.name} and each customer | service, hours, targets, workload limits, exceptions, reporting | ${slm.owner.title} |
| Supplier contract | ${org.name} and each external supplier | scope, service levels, interfaces, obligations, dispute route | ${supplier.owner.title} |
| Internal agreement | ${org.name}'s SMS and each internal supplier | scope, service levels, interfaces, contacts | ${supplier.owner.title} |

Before a new or changed SLA is signed, the ${slm.owner.title}<#if supplier.owner.id != slm.owner.id> and the
${supplier.owner.title}</#if> check<#if supplier.owner.id == slm.owner.id>s</#if> that the supplier contracts and internal agreements of the service support its targets. Where they do not, either
the SLA target is adjusted or the supporting agreement is changed first. The same check is made before a
supporting agreement is changed or renewed.

<@sms.section title="Business relationship management" clauses=["8.3.2"]/>

### Customers

<#if customers?has_content>
The customers of the services, and the frequency of their service reviews, are:

| Customer | Type | Contact | Services received | Service review |
|---|---|---|---|---|
<#list customers as c>
| ${c.name} | ${(c.type!"external")?cap_first} | ${c.contact!"Named in the SLA"} | <@sms.names items=c.services empty="none at present"/> | <#if servesHigh(c.services)>Monthly<#else>Quarterly</#if> |
</#list>

A customer that receives at least one high-criticality service is reviewed monthly; all other customers
quarterly. A customer with several services has one combined review.
<#else>
No customers are recorded yet. When the first customer is agreed, the ${brm.owner.title} records it with
its contact, the services it receives and its service review frequency: monthly if it receives a
high-criticality service, otherwise quarterly.
</#if>

The ${brm.owner.title} also keeps a record of the other interested parties in the services, such as the
customers' users, regulators and the suppliers' account managers, with the way each is kept informed. The
customer records are held in ${sms.toolOf("business-relationship-management")}.

### Service reviews

1. **Prepare.** Five working days before the review, send the customer the latest service reports and the
   list of open actions.
2. **Review performance.** Go through availability, incidents, requests, breaches and changes against the
   SLA, and the trend since the last review.
3. **Review needs.** Ask about changes in the customer's business, planned growth or reduction, new
   requirements and any change to the service they expect in the next twelve months. Forecast demand is
   passed to demand management as set out in <@sms.link "supply-and-demand"/>.
4. **Agree actions.** Record agreed actions with owners and dates, including improvements and changes to
   the SLA.
5. **Follow up.** Send the minutes within five working days; track actions in
   ${sms.toolOf("business-relationship-management")} and report their status at the next review.

Changes to requirements that affect the service or its SLA are raised as requests for change and, where
they meet the criteria in <@sms.link "change-management-policy"/>, handled through service design and
transition.

### Customer satisfaction

Customer satisfaction is measured in two ways:

- **Quarterly survey.** Each customer's contact and a sample of its users score overall satisfaction,
  service quality, communication and value on a scale of 1 to 5, with free-text comments.
- **Transactional feedback.** Users receive a one-question survey when an incident or request is closed.

The ${brm.owner.title} analyses the results each quarter by customer and by service, discusses them at the
next service review, and raises an improvement opportunity for any average score below 3.5 or any fall of
more than 0.5 from the previous quarter. A summary goes to each management review
(see <@sms.link "management-review"/>).

### Service complaints

A service complaint is any expression of dissatisfaction by a customer or user with a service or with how
${org.name} has delivered it, where the complainant expects a response. A complaint is not an incident or a
request: a report that something is broken is an incident, a complaint about how the incident was handled
is a complaint. Every complaint is recorded, whatever channel it arrives through.

1. **Record.** The service desk or whoever receives the complaint records it in
   ${sms.toolOf("business-relationship-management")} on the same day, with the complainant, the service
   and what they are dissatisfied with.
2. **Acknowledge.** The ${brm.owner.title} acknowledges the complaint within 1 working day and tells the
   complainant who is handling it.
3. **Investigate.** The ${brm.owner.title} establishes the facts with the service owner and the teams
   involved, and identifies the cause.
4. **Respond.** The complainant receives a full answer within 10 working days, setting out the findings and
   the actions taken or planned. If the investigation needs longer, the complainant is told why and given
   a date.
5. **Escalate.** If the complainant is not satisfied with the answer, or the complaint is not closed
   within 20 working days, it is escalated to the ${sms.topManagement.title}.
6. **Close.** The complaint is closed when the complainant accepts the answer, or when the
   ${sms.topManagement.title} has given a final answer. Where the cause shows a weakness in the SMS, a
   nonconformity or an improvement is raised under <@sms.link "nonconformity-and-corrective-action"/>.

Complaint numbers, causes and closure times are reported monthly in the service reports and reviewed at
each management review.

<@sms.section title="Service level management" clauses=["8.3.3"]/>

### Service level agreements

<#if services?has_content>
Each service has one SLA, agreed with all of its customers:

| Service | SLA | Customers | Availability target |
|---|---|---|---|
<#list services as s>
| ${s.name} | <@sms.link "sla-" + s.id/> | <@sms.names items=s.customers empty="none assigned"/> | ${sms.pct(s.availabilityTarget)} |
</#list>
<#else>
No SLAs are in force yet, because no services are defined. An SLA is agreed for each service before it
goes live.
</#if>

The SLAs are consistent with the <@sms.link "service-catalogue"/>: the catalogue describes each service
and the SLA sets out the targets agreed with its customers.

### Agreeing an SLA

1. **Document requirements.** The ${slm.owner.title} records the customer's service requirements: hours,
   availability, response and resolution, request fulfilment, workload, reporting.
2. **Check feasibility.** The service owner confirms the targets can be met with current capacity and
   budget; the ${supplier.owner.title} confirms the supporting contracts and internal agreements back them.
3. **Draft.** The SLA is drafted from the standard structure: parties, service description, hours,
   service level targets, workload limits, exceptions, responsibilities, reporting, escalation and change
   control.
4. **Agree and sign.** The SLA is reviewed with the customer, signed by both parties and placed under
   document control.
5. **Communicate.** The service desk and the teams delivering the service are told of the targets before
   the SLA takes effect.

### Monitoring and reviewing SLAs

- Performance against every SLA target is measured from the monitoring, incident and request records
  and reported to the customer monthly through ${sms.toolOf("service-reporting")}.
- A target at risk during the month is escalated to the service owner; a breached target is analysed for
  its cause, and repeated breaches open a problem record.
- Each SLA is reviewed with the customer at least once a year, and whenever the service, the customer's
  needs or a supporting agreement changes. Changes to an SLA are controlled through change management.
- Trends in SLA performance are reported to each management review.

<@sms.section title="Supplier management" clauses=["8.3.4"]/>

The ${supplier.owner.title} keeps a supplier register of every external and internal supplier that
contributes to the services, with the contract or agreement, the services supported and the person
responsible for managing the relationship. Each supplier has a named manager at ${org.name}, who is the
single point of contact for performance, changes and disputes.

Supplier performance reviews are held quarterly for suppliers that support a high-criticality service and
every six months for all others.

<@sms.section title="External suppliers" clauses=["8.3.4.1"] level=3/>

<#if externalSuppliers?has_content>
| Supplier | Provides | Contract | Services supported | Managed by | Performance review |
|---|---|---|---|---|---|
<#list externalSuppliers as x>
| ${x.name} | ${x.provides!"Supporting services"} | ${x.contractRef!"Reference pending"} | <@sms.names items=x.services empty="none in the catalogue"/> | <@sms.roleWithPerson x.manager/> | <#if servesHigh(x.services)>Quarterly<#else>Six-monthly</#if> |
</#list>
<#else>
${org.name} has no external suppliers contributing to its services at present. The steps below apply as
soon as one is engaged.
</#if>

1. **Select.** Evaluate candidate suppliers against documented criteria: ability to meet the service
   requirements, information security, service continuity, financial standing and references. Record the
   evaluation.
2. **Contract.** Agree a contract that sets out the scope of the products or services supplied, the
   service levels and how they are measured, the interfaces with ${org.name}'s processes (incidents,
   changes, releases, reporting), security and continuity obligations, the responsibilities of each
   party, the term, termination and exit arrangements, and the dispute route. The ${slm.owner.title} checks
   the service levels against the SLAs they support before signature.
3. **Monitor.** Collect the supplier's performance data every month and compare it with the contract.
   Supplier incidents and breaches are recorded against the supplier.
4. **Review.** Hold a performance review at the frequency above. Review performance, incidents, changes,
   risks, improvements and whether the contract still meets ${org.name}'s needs. Record the review and
   agreed actions.
5. **Change and renew.** Changes to a contract are assessed for their effect on the services before they
   are agreed. At least six months before a contract ends, decide whether to renew, renegotiate or
   replace the supplier; replacing a supplier of a service is a change with potential major impact.

#### Contractual disputes

1. The supplier's manager at ${org.name} records the dispute with the contract clause concerned, the facts
   and the outcome sought, and notifies the supplier in writing.
2. Both parties' account managers try to settle the dispute within 10 working days.
3. If it is not settled, the ${supplier.owner.title} escalates to the supplier's senior management and the
   two parties meet within a further 10 working days.
4. If it is still not settled, the ${sms.topManagement.title} decides whether to use the dispute
   resolution route in the contract (mediation, then arbitration or the courts).
5. While a dispute is open, the service to customers takes priority: the dispute must not delay incident
   resolution or service restoration.
6. The outcome is recorded and any lesson is raised as an improvement or a change to the contract.

<@sms.section title="Internal suppliers and customers acting as suppliers" clauses=["8.3.4.2"] level=3/>

<#if internalSuppliers?has_content>
| Internal supplier | Provides | Services supported | Managed by | Agreement |
|---|---|---|---|---|
<#list internalSuppliers as x>
| ${x.name} | ${x.provides!"Supporting services"} | <@sms.names items=x.services empty="none in the catalogue"/> | <@sms.roleWithPerson x.manager/> | ${x.contractRef!"Internal agreement"} |
</#list>
<#else>
No internal supplier contributes to the services at present.
</#if>

Parts of the wider organisation that are outside the SMS, and customers that carry out part of the service
themselves (for example a customer that runs its own first-line support or supplies its own equipment), do
not sign a commercial contract. ${org.name} still documents what it depends on them for:

1. The supplier's manager agrees a documented internal agreement that sets out the service or activity
   provided, the service levels and how they are measured, the interfaces with the SMS processes, the
   contacts and the escalation route.
2. Where a customer acts as a supplier, its obligations are written into its SLA, in the customer
   responsibilities section, and the SLA targets exclude time lost when those obligations are not met.
3. Performance against the agreement is monitored monthly and reviewed at the same frequency as for
   external suppliers.
4. The agreement is reviewed at least once a year and whenever the services it supports change.

<@sms.section title="Inputs and outputs"/>

| Inputs | Outputs |
|---|---|
| Customer requirements and business plans | Customer records and service review minutes |
| Service reports and SLA performance | Signed SLAs |
| Survey results and complaints | Satisfaction analysis and complaint records |
| Supplier performance data | Supplier contracts, internal agreements and review records |
| Changes to services | Dispute records and improvement actions |

<@sms.section title="Records" clauses=["7.5.3"]/>

<@sms.recordsTable processId="business-relationship-management" rows=[
  {"record": "Customer records and service review minutes", "owner": brm.owner, "retention": "3 years"},
  {"record": "Customer satisfaction results", "owner": brm.owner, "retention": "3 years"},
  {"record": "Service complaints", "owner": brm.owner, "retention": "3 years after closure"},
  {"record": "Signed SLAs and their versions", "owner": slm.owner, "heldIn": "SMS document library", "retention": "6 years after expiry"},
  {"record": "Supplier contracts and internal agreements", "owner": supplier.owner, "heldIn": "SMS document library", "retention": "6 years after expiry"},
  {"record": "Supplier evaluations and performance reviews", "owner": supplier.owner, "heldIn": "SMS document library", "retention": "6 years after the end of the contract"},
  {"record": "Contractual dispute records", "owner": supplier.owner, "heldIn": "SMS document library", "retention": "6 years after settlement or after the end of the contract, whichever is later"}
]/>

<@sms.section title="Measures" clauses=["9.1"]/>

| Measure | Target |
|---|---|
| Service reviews held at the agreed frequency | 100% |
| Average customer satisfaction score | at least 4.0 out of 5 |
| Complaints answered in full within 10 working days | at least 90% |
| SLA targets met across all services each month | at least 95% |
| Supplier reviews held at the agreed frequency | 100% |
| Suppliers meeting their contracted service levels | at least 95% of months |

<@sms.section title="Related documents"/>

- <@sms.link "service-catalogue"/>
- <@sms.link "service-portfolio"/>
- <@sms.link "supply-and-demand"/>
- <@sms.link "change-management-policy"/>
- <@sms.link "monitoring-and-reporting"/>
- <@sms.link "nonconformity-and-corrective-action"/>
