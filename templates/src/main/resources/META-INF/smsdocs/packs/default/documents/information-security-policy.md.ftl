<#--
id: information-security-policy
title: Information Security Policy
kind: policy
code: POL-03
order: 690
clauses: ["8.7.3.1"]
editions:
  "2018": {}
  "2011": {clauses: ["6.6.1"]}
process: information-security-management
related: ["service-management-policy", "service-assurance", "service-continuity-plan", "relationship-and-agreement", "internal-audit", "management-review"]
-->
<@sms.section title="Purpose"/>

This policy states how ${org.name} protects the information it handles for itself and for its
customers, and what top management expects of everyone who works with that information. It is the
basis of the information security controls and procedures described in <@sms.link "service-assurance"/>.

<@sms.section title="Policy statement and management commitment" clauses=["8.7.3.1", "5.1"]/>

Information is at the heart of the services ${org.name} delivers. ${voice.infosecTrust} Protecting that information is part of delivering the service, not an addition to it.

Top management commits to:

- protect the confidentiality, integrity and availability of information in line with the risks to it
  and with the requirements of customers, the law and our contracts;
- set information security objectives, measure progress against them and review them at management
  review;
- provide the people, skills, tools and budget needed to meet this policy;
- assign clear responsibility for information security, with a named information security officer;
- treat risks to information in a structured way, and accept residual risks only at the authority levels
  set in this policy;
- make sure that suppliers who handle our or our customers' information protect it to the same standard;
- encourage the reporting of incidents and weaknesses, and learn from them rather than assign blame;
- improve information security continually as part of the service management system (SMS).

<@sms.section title="Scope" clauses=["8.7.3.1"]/>

This policy applies to the whole scope of the SMS:

<#if sms.scope?has_content>
> ${sms.scope?replace("\n", " ")}
<#else>
> The services that ${org.name} provides to its customers, and the people, processes, tools and suppliers that deliver them.
</#if>

It covers all information created, received, stored or processed for these services, in any form
(electronic, paper or spoken), the systems and locations that hold it, and everyone who has access to
it: employees, contractors, temporary staff and suppliers.

<#if services?has_content>
The services covered are <@sms.names items=services/>.
<#else>
No services are recorded in the service catalogue yet; each service comes under this policy from the
moment it is designed.
</#if>

<@sms.section title="Information security objectives" clauses=["8.7.3.1", "6.2"]/>

Top management sets the following information security objectives. They are measured every month,
reported in the service reports and reviewed at each management review, together with the SMS objectives
in <@sms.link "sms-plan"/>.

<#-- The measure, target and owner of each objective are those of the measure definitions. -->
<#macro measure id><#local m = measures.byId[id]>${m.name} | ${m.target?cap_first} | ${m.owner.title}</#macro>
| Objective | Measure | Target | Owner |
|---|---|---|---|
| Prevent loss or disclosure of customer information | <@measure "security-breaches"/> |
| Keep systems protected against known vulnerabilities | <@measure "patching"/> |
| Give access only to those who need it | <@measure "access-control"/> |
| Make sure everyone knows their responsibilities | <@measure "awareness-training"/> |
| Learn from incidents | <@measure "security-lessons"/> |

<@sms.section title="Principles" clauses=["8.7.3.1"]/>

Three properties of information are protected:

- **Confidentiality**: information is seen only by people and systems authorised to see it.
- **Integrity**: information is accurate and complete, and is changed only in authorised ways.
- **Availability**: information and services can be used when authorised users need them, within the
  agreed service hours and targets.

In applying them, ${org.name} follows these principles:

- **Need to know and least privilege.** Access is limited to what a role requires, and no more.
- **Security by design.** Security requirements are defined when a service or change is designed, not
  added afterwards.
- **Defence in depth.** No single control is relied on to protect important information.
- **Accountability.** Every information asset and every control has a named owner, and actions on
  systems can be traced to the person who performed them.
- **Proportionality.** Controls match the value of the information and the risk to it.

<@sms.section title="Roles and responsibilities" clauses=["8.7.3.1", "5.3"]/>

<@sms.responsibilityTable rows=[
  {"role": doc.approver, "duties": "Approves this policy."},
  {"role": top, "duties": "Approves the information security objectives; provides resources; accepts high residual risks; decides sanctions for serious breaches."},
  {"role": doc.owner, "duties": "Owns this policy."},
  {"role": security.owner, "duties": governance.securityTitled?then("Owns", "Acts as information security officer: owns") + " the information security management process; maintains the risk assessment and the control register; leads the response to security incidents; advises staff and management; reports to management review."},
  {"role": sms.manager, "duties": "Integrates information security into the SMS; runs awareness training; includes security in internal audits."},
  {"role": supplierManagement.owner, "duties": "Makes sure supplier contracts include security obligations; reviews supplier security each year."},
  {"role": change.owner, "duties": "Makes sure every request for change is assessed for its security impact before approval."},
  {"role": asset.owner, "duties": "Keeps the inventory of information assets and their owners up to date."}
]/>

Every service owner is responsible for the security of the information the service handles and
approves its access rights. Every line manager makes sure that their staff have completed security
training and that access is removed when people leave or change role. Everyone who works for or with
${org.name} must follow this policy and report incidents and weaknesses without delay.

<@sms.section title="Risk-based approach" clauses=["8.7.3.1", "6.1"]/>

Information security is managed by risk. The ${security.owner.title} leads an information security risk
assessment at least once a year, before any new or changed service is transitioned, and after any
critical security incident. Risks are rated with the criteria and the risk matrix of
<@sms.link "risk-register"/>, like every other risk of the SMS, and recorded there; a residual risk may be
accepted only by the role the register names for its level.

Controls are chosen to treat the risks found, recorded in the control register with the risks they
treat, and reviewed at least every six months. ${org.name} uses ISO/IEC 27001 and ISO/IEC 27002 as the
reference for good practice when choosing controls. The method is described in
<@sms.link "service-assurance"/>.

<@sms.section title="Acceptable use"/>

- Company and customer systems are used for business purposes. Limited personal use of company devices
  is allowed if it does not affect work, security or the reputation of ${org.name}.
- Customer information is used only for the service the customer has contracted, and is never copied to
  personal devices, personal e-mail or unapproved cloud storage.
- Only software approved by the ${asset.owner.title} is installed on company devices.
- Devices are locked when unattended, and papers with confidential information are not left on desks or
  printers.
- Suspicious e-mails are reported, not opened or forwarded.
- Staff working away from the office use the company VPN and do not let others see or use their
  devices.

<@sms.section title="Access control"/>

- Access to systems and information is granted only on an approved request, recorded in
  ${sms.toolOf("service-request-management")}, with the approval of the owner of the information.
- Every user has a personal account; shared accounts are not used, except for documented technical
  accounts with a named owner.
- Privileged and remote access, and access to customer environments, uses multi-factor authentication.
- Passwords follow the password standard issued by the ${security.owner.title}: at least 14 characters, no
  reuse, and stored only in the approved password manager.
- Access rights are reviewed every quarter by the owners of the systems, and privileged rights every
  month by the ${security.owner.title}.
- Access is removed on the last working day of a leaver, and adjusted within five working days when
  someone changes role.

<@sms.section title="Supplier security" clauses=["8.7.3.1", "8.3.4"]/>

Suppliers that handle information, or that can affect the security of the services, are bound by
written security obligations before they receive any access. Contracts and agreements state the
security controls expected, the duty to report security incidents to ${org.name} within 24 hours, the
right to audit or to receive independent assurance, the conditions for sub-contracting, and the return
or destruction of information when the contract ends. The ${supplierManagement.owner.title} reviews each
supplier's compliance at least once a year.

<#if suppliers?has_content>
At the date of this policy, this applies to ${governance.suppliersNamed?join(", and to ")}.
<#else>
No suppliers contribute to the services at present; the obligations above apply to any supplier engaged
in future.
</#if>

<@sms.section title="Incident reporting" clauses=["8.7.3.1", "8.7.3.3"]/>

Everyone must report an actual or suspected information security incident, or a weakness that could
lead to one, to the service desk immediately, and in any case within one hour of noticing it. Examples
are a lost or stolen device, an e-mail sent to the wrong recipient, a suspicious log-on, malware, or a
request to bypass a control. Reports made in good faith never lead to disciplinary action, even if the
reporter made the mistake.

Security incidents are recorded ${governance.inTool["incident-management"]}, classified, contained and
investigated as set out in <@sms.link "service-assurance"/>. Customers are informed of incidents that
affect their information within 24 hours of confirmation, and data protection authorities within the
time the law requires.

<@sms.section title="Legal, regulatory and contractual requirements" clauses=["8.7.3.1"]/>

The ${security.owner.title} keeps a register of the legal, regulatory and contractual requirements that apply
to information security, including data protection law, computer misuse law, the security clauses of
customer contracts and service level agreements, and the licence terms of software. The register is
reviewed every year and whenever a new customer contract or service is agreed.

<@sms.section title="Awareness and communication" clauses=["7.3", "7.4"]/>

This policy is given to every employee and contractor at induction and acknowledged in writing.
Security awareness training is completed by new staff within their first month and by everyone every
year. The policy is published on the intranet, provided to suppliers with their security obligations,
and made available to customers on request.

<@sms.section title="Compliance and sanctions"/>

Compliance with this policy is checked through internal audits (<@sms.link "internal-audit"/>), control
reviews, access reviews and the monitoring of systems. A deliberate or negligent breach of the policy by
an employee is handled under the disciplinary procedure and may lead to dismissal; a breach by a
contractor or supplier may lead to the end of the contract. Where a breach is also a criminal offence,
${org.name} may inform the authorities.

Exceptions to this policy must be requested in writing, justified by a business need, assessed for risk
by the ${security.owner.title}, approved at the level set for the resulting risk, and reviewed at least every six
months.

<@sms.section title="Review of this policy" clauses=["8.7.3.1"]/>

The ${doc.owner.title} reviews this policy at least every ${sms.documentControl.reviewIntervalMonths}
months, before a management review, and after any significant change to the services, the organisation,
the risks, the law or customer requirements, and after a critical security incident. Changes are approved by the
${doc.approver.title} and communicated as described above.

<@sms.section title="Approval" clauses=["8.7.3.1"]/>

This policy is approved by the ${doc.approver.title} and takes effect on the effective date in the document
control table.

| Approved by | On behalf of | Date |
|---|---|---|
| <@sms.roleWithPerson doc.approver/> | <#if doc.approver.id == top.id>Top management of </#if>${org.name} | ${doc.effectiveDate} |
