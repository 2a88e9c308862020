<#--
id: form-continuity-test-report
title: Service Continuity Test Report Form
kind: form
code: FRM-10
order: 959
clauses: ["8.7.2"]
editions:
  "2018": {}
  "2011": {clauses: ["6.3.3"]}
related: ["service-continuity-plan", "form-rfc"]
-->
<#include "/sections/form-parts.ftl">
<@sms.section title="Use of this form"/>

The test lead completes this report within ten working days of each test of the
<@sms.link "service-continuity-plan"/>, and the ${continuity.owner.title} signs it off. A test that touches
a live service is scheduled as a change (<@sms.link "form-rfc"/>). Actions are tracked to closure and the
results are reported to the management review.

<@recordBlock/>

<@sms.section title="1. Test"/>

<#if continuityPlan.tests?has_content && forms.services?has_content>
The tests and recovery objectives of the plan, high-criticality services first:

| ${t["form.tick"]} | Service | Criticality | Test | Recovery time objective | Recovery point objective |
|---|---|---|---|---|---|
<#list continuityPlan.tests as test>
| ☐ | ${test.service.name} | ${test.service.criticalityWord} | ${test.service.recoveryTest} | ${test.service.rto} | ${test.service.rpo} |
</#list>

</#if>
| Test | |
|---|---|
| Test reference | |
| Service tested | |
| Test type | <@choices ["Full recovery test", "Component recovery test", "Walk-through of the recovery steps", "Scenario exercise of the whole plan"]/> |
| Reason for the test | <@choices ["Test programme", "After a major change", "After an invocation", "Supplier test"]/> |
| Date, start and end | |
| Scope | |
| Scenario | |
| Success criteria (at least the recovery time and recovery point objectives) | |
| Test plan approved by the ${continuity.owner.title} on | |
| Change under which the test ran (RFC number) | |
| Fallback if the test disrupts the live service | |
| Participants, including ${t.externalSuppliers} | |

<@sms.section title="2. Results"/>

| Objective | Target | Achieved | Met |
|---|---|---|---|
| Recovery time | | | ☐ |
| Recovery point (data loss) | | | ☐ |
| | | | ☐ |
| | | | ☐ |

| Results | |
|---|---|
| What worked | |
| What failed, and why | |
| Effect on live services | |
| Changes needed to the continuity plan, the availability plan or a runbook | |

<@sms.section title="3. Actions"/>

| ${t["form.no"]} | Action | Owner | Due |
|---|---|---|---|
<@blankRows 6 4 true/>

<@sms.section title="Sign-off"/>

<@signoff [
  {"step": "Report written by the test lead"},
  {"step": "Report approved", "role": continuity.owner},
  {"step": "Results reported to the management review", "role": sms.manager}
]/>
