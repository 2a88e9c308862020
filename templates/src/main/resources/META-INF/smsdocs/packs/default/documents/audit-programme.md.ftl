<#--
id: audit-programme
title: Internal Audit Programme
kind: register
code: REG-04
order: 906
clauses: ["9.2"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.4.2"]}
related: ["internal-audit", "management-review", "certification-roadmap", "implementation-plan"]
-->
<#-- The structure of the internal audit programme; its words are in audit-programme.text.ftl and its language variants. -->
<#import "/documents/audit-programme.text.ftl" as text>
<@sms.section title=text.purposeTitle() clauses=["9.2"] clauses2011=["4.5.4.2"] key="purpose"/>

${text.purpose()}

<@sms.section title=text.programmeTitle() clauses=["9.2"] clauses2011=["4.5.4.2"] key="programme"/>

${text.programme()} <#if auditProgramme.auditors?size == 1>${text.oneAuditor()}<#else>${text.severalAuditors()}</#if>

<#include "/sections/audit-programme-table.ftl">

${text.auditCounts()}<#if (certification.stage1)??>${text.stage1Round()}</#if>.

<@sms.section title=text.maintainingTitle() key="maintaining-the-programme"/>

${text.maintaining()}
