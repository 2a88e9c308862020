<#-- The words of the internal agreement template (English); its structure is form-internal-agreement.md.ftl. -->
@@useTitle
Use of this form
@@use
An ${t.internalSupplier} is a part of the wider organisation, outside the SMS, that contributes to a
service. It signs no commercial contract: the manager of each ${t.internalSupplier} at ${org.name} agrees
this document with it instead, as the supplier management steps of the <@sms.link "relationship-and-agreement"/>
require: what it provides, the service levels and how they are measured, how it works with the SMS
processes, the contacts and the escalation route. Performance is monitored monthly and reviewed with the
<@sms.link "form-supplier-review"/>; the agreement is reviewed at least once a year and whenever the services
it supports change.
@@partiesTitle
1. Parties
@@suppliersHeader
| ${t["form.tick"]} | ${t.InternalSupplier} | Provides | Services supported | Managed by |
|---|---|---|---|---|
@@noneInCatalogue
none in the catalogue
@@partiesTable
| Parties | |
|---|---|
| ${t.InternalSupplier} | |
| Head of the ${t.internalSupplier} | |
| Agreement reference | |
| ${org.name}, represented by | |
| Effective from | |
| Next review due | |
@@providedTitle
2. What is provided
@@providedTable
| What is provided | |
|---|---|
| Service or activity provided | |
| Services in scope that depend on it | |
| Hours of support | |
| What is not included | |
| What ${org.name} provides in return (information, access, funding) | |
@@serviceLevelsTitle
3. Service levels
@@serviceLevelsHeader
| Measure | Target | How it is measured | Reported to ${org.name} |
|---|---|---|---|
@@processesTitle
4. Working with the SMS processes
@@processesHeader
| Process | What the ${t.internalSupplier} does | Contact |
|---|---|---|
@@contactsTitle
5. Contacts and escalation
@@contactsTable
| Level | For ${org.name} | For the ${t.internalSupplier} |
|---|---|---|
| Day-to-day contact | | |
| First escalation | | |
| Final escalation | | |
@@reviewTitle
6. Review and change
@@reviewQuarterly
Quarterly (supports a high-criticality service)
@@reviewSixMonthly
Every six months
@@reviewTable reviewChoices
| Review and change | |
|---|---|
| Performance reviewed | ${reviewChoices} |
| Changes to this agreement | Agreed in writing by both signatories, and assessed first for their effect on the services |
| How disagreements are settled | |
@@signOffTitle
Sign-off
@@forSupplier
For the ${t.internalSupplier}
@@forOrganisation
For ${org.name}: the manager of this ${t.internalSupplier}
@@noted
Noted
