<#-- The words of the information security policy (English); its structure is information-security-policy.md.ftl. Duties are plain text, escaped where the table prints them. -->
@@purposeTitle
Purpose
@@purpose
This policy states how ${org.name} protects the information it handles for itself and for its
customers, and what top management expects of everyone who works with that information. It is the
basis of the information security controls and procedures described in <@sms.link "service-assurance"/>.
@@commitmentTitle
Policy statement and management commitment
@@commitment
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
@@scopeTitle
Scope
@@scopeIntro
This policy applies to the whole scope of the SMS:
@@defaultScope
The services that ${org.name} provides to its customers, and the people, processes, tools and suppliers that deliver them.
@@scope
It covers all information created, received, stored or processed for these services, in any form
(electronic, paper or spoken), the systems and locations that hold it, and everyone who has access to
it: employees, contractors, temporary staff and suppliers.
@@servicesCovered
The services covered are <@sms.names items=services/>.
@@noServices
No services are recorded in the service catalogue yet; each service comes under this policy from the
moment it is designed.
@@objectivesTitle
Information security objectives
@@objectivesIntro
Top management sets the following information security objectives. They are measured every month,
reported in the service reports and reviewed at each management review, together with the SMS objectives
in <@sms.link "sms-plan"/>.
@@objectivesHeader
| Objective | Measure | Target | Owner |
|---|---|---|---|
@@breachesObjective
Prevent loss or disclosure of customer information
@@patchingObjective
Keep systems protected against known vulnerabilities
@@accessObjective
Give access only to those who need it
@@awarenessObjective
Make sure everyone knows their responsibilities
@@lessonsObjective
Learn from incidents
@@principlesTitle
Principles
@@principles
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
@@rolesTitle
Roles and responsibilities
@@approverDuties
Approves this policy.
@@topDuties
Approves the information security objectives; provides resources; accepts high residual risks; decides sanctions for serious breaches.
@@ownerDuties
Owns this policy.
@@securityOwnerDuties titled
<#if titled>Owns<#else>Acts as information security officer: owns</#if> the information security management process; maintains the risk assessment and the control register; leads the response to security incidents; advises staff and management; reports to management review.
@@managerDuties
Integrates information security into the SMS; runs awareness training; includes security in internal audits.
@@supplierManagerDuties
Makes sure supplier contracts include security obligations; reviews supplier security each year.
@@changeOwnerDuties
Makes sure every request for change is assessed for its security impact before approval.
@@assetOwnerDuties
Keeps the inventory of information assets and their owners up to date.
@@everyone
Every service owner is responsible for the security of the information the service handles and
approves its access rights. Every line manager makes sure that their staff have completed security
training and that access is removed when people leave or change role. Everyone who works for or with
${org.name} must follow this policy and report incidents and weaknesses without delay.
@@riskTitle
Risk-based approach
@@risk
Information security is managed by risk. The ${security.owner.title} leads an information security risk
assessment at least once a year, before any new or changed service is transitioned, and after any
critical security incident. Risks are rated with the criteria and the risk matrix of
<@sms.link "risk-register"/>, like every other risk of the SMS, and recorded there; a residual risk may be
accepted only by the role the register names for its level.

Controls are chosen to treat the risks found, recorded in the control register with the risks they
treat, and reviewed at least every six months. ${org.name} uses ISO/IEC 27001 and ISO/IEC 27002 as the
reference for good practice when choosing controls. The method is described in
<@sms.link "service-assurance"/>.
@@acceptableUseTitle
Acceptable use
@@acceptableUse
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
@@accessControlTitle
Access control
@@accessControl
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
@@suppliersTitle
Supplier security
@@supplierSecurity
Suppliers that handle information, or that can affect the security of the services, are bound by
written security obligations before they receive any access. Contracts and agreements state the
security controls expected, the duty to report security incidents to ${org.name} within 24 hours, the
right to audit or to receive independent assurance, the conditions for sub-contracting, and the return
or destruction of information when the contract ends. The ${supplierManagement.owner.title} reviews each
supplier's compliance at least once a year.
@@suppliersCovered
At the date of this policy, this applies to ${governance.suppliersNamed?join(", and to ")}.
@@noSuppliers
No suppliers contribute to the services at present; the obligations above apply to any supplier engaged
in future.
@@incidentsTitle
Incident reporting
@@incidents
Everyone must report an actual or suspected information security incident, or a weakness that could
lead to one, to the service desk immediately, and in any case within one hour of noticing it. Examples
are a lost or stolen device, an e-mail sent to the wrong recipient, a suspicious log-on, malware, or a
request to bypass a control. Reports made in good faith never lead to disciplinary action, even if the
reporter made the mistake.

Security incidents are recorded ${governance.inTool["incident-management"]}, classified, contained and
investigated as set out in <@sms.link "service-assurance"/>. Customers are informed of incidents that
affect their information within 24 hours of confirmation, and data protection authorities within the
time the law requires.
@@legalTitle
Legal, regulatory and contractual requirements
@@legal
The ${security.owner.title} keeps a register of the legal, regulatory and contractual requirements that apply
to information security, including data protection law, computer misuse law, the security clauses of
customer contracts and service level agreements, and the licence terms of software. The register is
reviewed every year and whenever a new customer contract or service is agreed.
@@awarenessTitle
Awareness and communication
@@awareness
This policy is given to every employee and contractor at induction and acknowledged in writing.
Security awareness training is completed by new staff within their first month and by everyone every
year. The policy is published on the intranet, provided to suppliers with their security obligations,
and made available to customers on request.
@@complianceTitle
Compliance and sanctions
@@compliance
Compliance with this policy is checked through internal audits (<@sms.link "internal-audit"/>), control
reviews, access reviews and the monitoring of systems. A deliberate or negligent breach of the policy by
an employee is handled under the disciplinary procedure and may lead to dismissal; a breach by a
contractor or supplier may lead to the end of the contract. Where a breach is also a criminal offence,
${org.name} may inform the authorities.

Exceptions to this policy must be requested in writing, justified by a business need, assessed for risk
by the ${security.owner.title}, approved at the level set for the resulting risk, and reviewed at least every six
months.
@@reviewTitle
Review of this policy
@@review
The ${doc.owner.title} reviews this policy at least every ${sms.documentControl.reviewIntervalMonths}
months, before a management review, and after any significant change to the services, the organisation,
the risks, the law or customer requirements, and after a critical security incident. Changes are approved by the
${doc.approver.title} and communicated as described above.
@@approvalTitle
Approval
@@approval
This policy is approved by the ${doc.approver.title} and takes effect on the effective date in the document
control table.
@@approvalHeader
| Approved by | On behalf of | Date |
|---|---|---|
@@onBehalfOf ofTopManagement
<#if ofTopManagement>Top management of </#if>${org.name}
