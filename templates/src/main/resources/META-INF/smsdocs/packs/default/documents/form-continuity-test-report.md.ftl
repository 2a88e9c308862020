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
<#-- The structure of the continuity test report form; its words are in form-continuity-test-report.text.ftl and its
     language variants. -->
<#include "/sections/form-parts.ftl">
<#import "/documents/form-continuity-test-report.text.ftl" as text>
<@sms.section title=text.useTitle() key="use-of-this-form"/>

${text.use()}

<@recordBlock/>

<@sms.section title=text.testTitle() key="1.-test"/>

<#if continuityPlan.tests?has_content && forms.services?has_content>
${text.plannedTestsIntro()}

${text.plannedTestsHeader()}
<#list continuityPlan.tests as test>
| ☐ | ${test.service.name} | ${test.service.criticalityWord} | ${test.service.recoveryTest} | ${test.service.rto} | ${test.service.rpo} |
</#list>

</#if>
<#assign testTypes><@choices [text.fullRecoveryTest(), text.componentRecoveryTest(), text.walkThrough(), text.scenarioExercise()]/></#assign>
<#assign testReasons><@choices [text.testProgramme(), text.afterMajorChange(), text.afterInvocation(), text.supplierTest()]/></#assign>
${text.testTable(testTypes, testReasons)}

<@sms.section title=text.resultsTitle() key="2.-results"/>

${text.objectivesTable()}

${text.resultsTable()}

<@sms.section title=text.actionsTitle() key="3.-actions"/>

${text.actionsHeader()}
<@blankRows 6 4 true/>

<@sms.section title=text.signOffTitle() key="sign-off"/>

<@signoff [
  {"step": text.written()},
  {"step": text.approved(), "role": continuity.owner},
  {"step": text.reported(), "role": sms.manager}
]/>
