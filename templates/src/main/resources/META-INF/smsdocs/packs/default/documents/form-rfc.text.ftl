<#-- The words of the request for change (RFC) form (English); its structure is form-rfc.md.ftl. -->
@@useTitle
Use of this form
@@use changeProcedure
The change owner completes parts 1 to 4 for every change to an item under change control, as set out in
<@sms.link "change-management-policy"/>. The ${change.owner.title} checks the request, confirms the risk
rating and completes parts 5 and 6; part 7 records the implementation and its review. Changes are recorded
in ${change.toolName}: where its change record holds the fields below, that record is the request for
change, and this form sets out what it must contain. On paper or in Word, the form is used when the tool
cannot be reached, for example for an emergency change, and is entered in the tool within one working day.
How a change is assessed, approved and implemented is described in <@sms.link changeProcedure/>.
@@requestTitle
1. Request
@@requestTable choices
| Request | |
|---|---|
| RFC number (assigned on recording) | |
| Title of the change | |
| Requested by (name and role) | |
| Change owner | |
| Date raised | |
| Raised from | <@choices ["Service owner", "Problem (permanent fix)", "Incident", "Capacity or availability", "Information security", "Customer service review", "Supplier", "Service planning", "Other"]/> |
| Related incident, problem or improvement number | |
| Reason for the change and benefit expected | |
| Description of the change | |
| Requested implementation date, and any deadline | |
@@servicesTitle
2. Services and configuration items affected
@@servicesTickHeader
Tick every service the change affects or may interrupt.

| ${t["form.tick"]} | Service | Criticality | Service owner | Service hours |
|---|---|---|---|---|
@@servicesBlankHeader
Name every service the change affects or may interrupt, as the <@sms.link "service-catalogue"/> names it,
with its criticality.

| Service | Criticality | Service owner |
|---|---|---|
@@configurationItemsHeader
Configuration items affected, as recorded in ${t.theConfigurationInformation}:

| CI | CI type | Current version or setting | Version or setting after the change |
|---|---|---|---|
@@plansTitle
3. Plans
@@plansTable choices
| Plans | |
|---|---|
| Implementation plan (steps, or reference to the runbook) | |
| Test plan and acceptance criteria | |
| Backout plan, or the approver's decision to accept having none | |
| Carried out by (people and suppliers) | |
| Proposed window | <@choices ["Outside service hours", "Agreed maintenance window", "During service hours (reason below)"]/> |
| Proposed start and end | |
@@assessmentTitle
4. Assessment
@@riskRatingIntro
The change owner proposes the risk rating from the table of the change procedure, and the
${change.owner.title} confirms it:
@@assessmentTable choices
| Assessment | |
|---|---|
| Risk of the change | <@choices ["Low", "Medium", "High"]/> |
| Why this rating | |
| Risk of not making the change | |
| Effect on the services and their customers | |
| Effect on capacity | |
| Effect on information security | |
| Effect on service continuity and ${t.serviceAvailability} | |
| Conflicts with other scheduled changes | |
| Resources, cost and supplier involvement | |
| Customers to be told, at least 5 working days ahead | |
@@classificationTitle
5. Classification
@@classificationTable choices
| Classification | |
|---|---|
| Received complete on | |
| Change type | <@choices ["Standard", "Normal, minor", "Normal, significant", "Emergency"]/> |
| Standard change model used | |
| Potential major impact under the criteria of the change policy | <@choices ["No", "Yes: design and transition as a new or changed service, approved by the " + top.title]/> |
@@decisionTitle
6. Decision
@@decidedByTable
| Change type | Decided by |
|---|---|
| Standard | Pre-approved through the change model accepted by the ${change.owner.title} |
| Normal, minor | ${change.owner.title} |
| Normal, significant | Change advisory board (CAB), chaired by the ${change.owner.title}<#if procedures.cabMembers?has_content>, with the ${sms.andList(procedures.cabMembers?map(r -> r.title))}</#if>, and the owner of every affected service |
| Emergency | Emergency CAB: ${governance.emergencyCab} |
@@decisionTable choices
| Decision | |
|---|---|
| Decision | <@choices ["Approved", "Approved with conditions", "Rejected", "Deferred"]/> |
| Conditions, or the reason for rejecting or deferring | |
| CAB meeting and minutes reference (significant changes) | |
| Scheduled start and end | |
@@implementationTitle
7. Implementation and review
@@implementationTable choices
| Implementation and review | |
|---|---|
| Implemented on | |
| Result | <@choices ["Successful", "Successful with issues", "Failed, backed out"]/> |
| Checked by, and how (monitoring watched for 24 hours after a significant change) | |
| Incidents caused by the change (numbers) | |
| ${t.ConfigurationInformation} updated on, by | |
| Post-implementation review needed (failed, backed out, caused an incident or emergency change) | <@choices ["No", "Yes"]/> |
| Review reference and actions | |
@@signOffTitle
Sign-off
@@requested
Requested by the change owner
@@classified
Classified
@@decided
Decided (for a significant change: the CAB chair)
@@reviewedAndClosed
Reviewed and closed
