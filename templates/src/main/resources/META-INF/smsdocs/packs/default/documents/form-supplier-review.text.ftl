<#-- The words of the supplier review record form (English); its structure is form-supplier-review.md.ftl. -->
@@useTitle
Use of this form
@@use
The manager of each ${t.externalOrInternalSupplier} at ${org.name} completes this record at every
performance review with it, as the supplier management steps of the <@sms.link "relationship-and-agreement"/>
set out: quarterly where it supports a high-criticality service, every six months otherwise. The ${supplierManagement.owner.title} reports the
outcome of the reviews to the management review.
@@supplierTitle
1. Supplier and review
@@partiesHeader
| ${t["form.tick"]} | Supplier | Type | Contract or agreement | Services supported | Managed by | Reviews |
|---|---|---|---|---|---|---|
@@noServices
none in the catalogue
@@quarterly
Quarterly
@@sixMonthly
Six-monthly
@@reviewTable
| Review | |
|---|---|
| Supplier | |
| Contract or agreement reference | |
| Period reviewed | |
| Date of the review | |
| Attendees for ${org.name} | |
| Attendees for the supplier | |
@@performanceTitle
2. Performance against the contract or agreement
@@performanceHeader
| Service level or obligation | Target | Achieved | Met | Comment |
|---|---|---|---|---|
@@reviewPointsTitle
3. Review points
@@reviewPoints
| Review points | |
|---|---|
| Incidents and breaches in the period | |
| Changes made by the supplier, or affecting it | |
| Risks: information security, service continuity, financial standing | |
| Complaints from customers that involve the supplier | |
| Open disputes | |
| Improvements proposed by either side | |
@@stillMeetsNeeds
The contract or agreement still meets the needs of ${org.name}
@@yes
Yes
@@noChangeToAgree
No: change to be agreed
@@contractEndRow
| Contract or agreement ends on; decision to renew, renegotiate or replace due by | |
@@actionsTitle
4. Actions
@@actionsHeader
| ${t["form.no"]} | Action | Owner (${org.name} or supplier) | Due |
|---|---|---|---|
@@signOffTitle
Sign-off
@@written
Record written by the supplier's manager at ${org.name}
@@agreed
Agreed for the supplier
@@received
Received for the management review
