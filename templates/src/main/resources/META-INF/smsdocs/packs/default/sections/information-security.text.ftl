<#-- The words of the information security management section (English); its structure is information-security.ftl. -->
@@title
Information security management
@@intro
Information security is managed under <@sms.link "information-security-policy"/>, approved by top
management. <#if governance.securityTitled>The ${security.owner.title}<#else>The ${security.owner.title}, as information security officer,</#if>
runs the activities below with the process owners and service owners. Security records are kept in
${sms.toolOf("information-security-management")} with access limited to the people who need it.
@@riskTitle
Information security risk assessment
@@riskAssessment
1. **Identify assets.** Start from the asset and ${t.configurationInformation} maintained by the
   ${asset.owner.title}: services, information held for customers, systems, locations and suppliers.
2. **Identify risks.** For each asset group, identify threats to confidentiality, integrity and
   availability and the weaknesses they could exploit.
3. **Rate risks.** Rate likelihood and impact as high, medium or low with the criteria of
   <@sms.link "risk-register"/>, the same as every other risk of the SMS; its risk matrix gives the level.
4. **Decide treatment.** High risks are treated with controls. The level sets the response required and
   who may accept the risk, as the register sets out.
5. **Record.** Record each risk, its level, owner, treatment and residual level in the risk register.
6. **Repeat.** Repeat the assessment at least once a year, before a new or changed service is
   transitioned, and after any critical security incident.
@@controlsTitle
Information security controls
@@controls
Every control is recorded in a control register, which links it to the risks it treats, names its owner
and states how its operation is checked. The baseline controls are:

| Control area | Control | Owner | Checked |
|---|---|---|---|
| Access control | Access granted on approved request only; privileged accounts use multi-factor authentication | ${security.owner.title} | Access review every quarter |
| Leavers and movers | Access removed on the last working day; role changes reviewed | ${security.owner.title} | Monthly reconciliation with staff list |
| Vulnerability management | Security patches applied within 14 days, critical ones within 72 hours | ${change.owner.title} | Monthly patch compliance report |
| Malware protection | Endpoint protection on every managed device and server | ${availability.owner.title} | Weekly coverage report |
| Backup | Backups of service and customer data taken and test-restored | ${continuity.owner.title} | Monthly test restore |
| Logging and monitoring | Security events logged centrally and kept for 12 months | ${security.owner.title} | Weekly review of alerts |
| Asset protection | Asset inventory kept current; disks encrypted; media disposed of securely | ${asset.owner.title} | Licence reconciliation every quarter; hardware inventory check every year |
| Change control | Security impact assessed for every request for change | ${change.owner.title} | Sample of changes every quarter |
| Supplier security | Security obligations in every supplier contract | ${supplierManagement.owner.title} | Yearly, at a supplier performance review |
| Awareness | Security training at induction and every year | ${sms.manager.title} | Completion report every quarter |
@@controlsReview
**Review of controls.** The ${security.owner.title} reviews the control register every six months: each
control is checked for whether it operates as described and whether it still treats its risks. Controls
are also reviewed after a security incident that they failed to prevent or detect, and when the risk
assessment changes. Changes to controls go through change management. The result of each review, with
its actions, is recorded and reported to management review.
@@supplierObligations
**Suppliers' security obligations.** The ${supplierManagement.owner.title} makes sure that every contract with an
${t.externalSupplier}, and every agreement with an ${t.internalSupplier}, states the supplier's obligations to
protect information, to report security incidents to ${org.name} within 24 hours, to give access for
audit or provide independent assurance (such as an ISO/IEC 27001 certificate or a SOC 2 report), and to
return or destroy information at the end of the contract. Compliance is checked at least once a year, at
one of the supplier performance reviews held under <@sms.link "relationship-and-agreement"/>.
@@suppliersHeader
| ${t.ExternalSupplier} | Provides | Contract | Managed by |
|---|---|---|---|
@@providesInContract
see contract
@@noSuppliers
No ${t.externalSuppliers} contribute to the services at present. A supplier's security obligations are
agreed before it is given access to any information or system.
@@incidentsTitle
Information security incidents
@@incidents
An information security incident is any event that has compromised, or could compromise, the
confidentiality, integrity or availability of information or of a service: for example unauthorised
access, malware, loss of a device, disclosure of data to the wrong recipient, or a supplier breach.

Security incidents are recorded as incidents in ${sms.toolOf("incident-management")}, in a security
category that only the service desk, the ${security.owner.title} and named responders can read. They
follow <@sms.link "resolution-and-fulfilment"/> with the additional steps below.

| Severity | Typical situation | Incident priority | ${security.owner.title} informed |
|---|---|---|---|
| Critical | Confirmed loss or disclosure of customer or personal data; ransomware; compromise of a privileged account | ${sms.priorityId(0)} | Immediately, by phone |
| High | Confirmed compromise of a system or account, contained, with no evidence of data loss | ${sms.priorityId(1)} | Within 1 hour |
| Medium | Attempted attack or policy breach without compromise | ${sms.priorityId(2)} | Same working day |
| Low | Suspicious event or weakness reported, no evidence of attack | ${sms.priorityId(3)} | Next working day |

1. **Report.** Staff, users and suppliers report suspected security incidents to the service desk at
   once. Reports are never discouraged, even when they turn out to be false alarms.
2. **Record and classify.** The service desk records the incident and sets its severity from the table
   above. The ${security.owner.title} confirms or changes the severity.
3. **Contain.** The ${security.owner.title} directs containment: isolating devices, disabling accounts,
   blocking addresses. Evidence (logs, images, e-mails) is preserved before systems are rebuilt.
4. **Notify.** For incidents that affect a customer's information, the service owner informs the customer
   within 24 hours of confirmation. Where personal data is involved, the ${security.owner.title} decides
   with the ${sms.topManagement.title} whether the data protection authority must be notified; if so,
   notification is made within 72 hours of becoming aware of the breach.
5. **Eradicate and recover.** Remove the cause, restore systems from known good sources, and confirm
   with the service owner that the service is secure before closing the incident.
6. **Learn.** For critical and high incidents, hold a lessons-learned review within ten working days.
   Record the cause, what worked and what did not, and the actions; open a problem record where the
   cause is not yet removed; update the risk assessment and the control register.

The ${security.owner.title} reports the number, severity and trend of security incidents every month and
presents the lessons learned at management review.
