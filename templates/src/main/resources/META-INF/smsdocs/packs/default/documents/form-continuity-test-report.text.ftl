<#-- The words of the service continuity test report form (English); its structure is form-continuity-test-report.md.ftl. -->
@@useTitle
Use of this form
@@use
The test lead completes this report within ten working days of each test of the
<@sms.link "service-continuity-plan"/>, and the ${continuity.owner.title} signs it off. A test that touches
a live service is scheduled as a change (<@sms.link "form-rfc"/>). Actions are tracked to closure and the
results are reported to the management review.
@@testTitle
1. Test
@@plannedTestsIntro
The tests and recovery objectives of the plan, high-criticality services first:
@@plannedTestsHeader
| ${t["form.tick"]} | Service | Criticality | Test | Recovery time objective | Recovery point objective |
|---|---|---|---|---|---|
@@fullRecoveryTest
Full recovery test
@@componentRecoveryTest
Component recovery test
@@walkThrough
Walk-through of the recovery steps
@@scenarioExercise
Scenario exercise of the whole plan
@@testProgramme
Test programme
@@afterMajorChange
After a major change
@@afterInvocation
After an invocation
@@supplierTest
Supplier test
@@testTable testTypes testReasons
| Test | |
|---|---|
| Test reference | |
| Service tested | |
| Test type | ${testTypes} |
| Reason for the test | ${testReasons} |
| Date, start and end | |
| Scope | |
| Scenario | |
| Success criteria (at least the recovery time and recovery point objectives) | |
| Test plan approved by the ${continuity.owner.title} on | |
| Change under which the test ran (RFC number) | |
| Fallback if the test disrupts the live service | |
| Participants, including ${t.externalSuppliers} | |
@@resultsTitle
2. Results
@@objectivesTable
| Objective | Target | Achieved | Met |
|---|---|---|---|
| Recovery time | | | ☐ |
| Recovery point (data loss) | | | ☐ |
| | | | ☐ |
| | | | ☐ |
@@resultsTable
| Results | |
|---|---|
| What worked | |
| What failed, and why | |
| Effect on live services | |
| Changes needed to the continuity plan, the availability plan or a runbook | |
@@actionsTitle
3. Actions
@@actionsHeader
| ${t["form.no"]} | Action | Owner | Due |
|---|---|---|---|
@@signOffTitle
Sign-off
@@written
Report written by the test lead
@@approved
Report approved
@@reported
Results reported to the management review
