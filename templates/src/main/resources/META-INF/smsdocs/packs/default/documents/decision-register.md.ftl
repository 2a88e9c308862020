<#--
id: decision-register
title: Decision Register
kind: register
code: REG-07
order: 122
clauses: ["5.1", "7.5.2"]
editions:
  "2018": {}
  "2011": {clauses: ["4.1.1", "4.3.2"]}
related: ["sms-plan", "service-management-policy", "document-register", "service-continuity-plan"]
-->
<@sms.section title="Purpose" clauses=["5.1", "7.5.2"] clauses2011=["4.1.1", "4.3.2"]/>

This register lists the decisions that ${org.name} still has to take before the documents of its service
management system (SMS) can be approved, and the values that the documents take from a stated rule rather
than from an explicit decision. Each open decision names the role that must take it. Until it is taken,
every document that depends on it marks the point with the decision's number, for example
"(open decision D-01)", so that no document presents an assumption as an agreed fact.

<@sms.section title="Decisions required before approval" key="open-decisions"/>

<#if decisions.count gt 0>
| No. | Decision required | Until decided, the documents state | To be decided by |
|---|---|---|---|
<#list decisions.open as d>
| ${d.id} | ${d.subject} | ${d.assumed} | ${d.deciderName} |
</#list>

Each decision is recorded in the SMS master data under the following entry:

<#list decisions.open as d>
- ${d.id}: `${d.key?no_esc}`
</#list>

<#else>
No decision is open: every value the documents state was decided by ${org.name} or follows from one of the
rules below.

</#if>
<@sms.section title="Values derived by rule" key="derived-values"/>

Where ${org.name} has not set a value explicitly, the documents derive it by the following rules, so that
the same facts always lead to the same commitments:

- **Criticality of a service:** high when its availability target is ${decisions.criticalityRule.highTarget} % or
  more, when it runs round the clock with a target of ${decisions.criticalityRule.roundTheClockTarget} % or more,
  or when ${decisions.criticalityRule.manyCustomers} or more external customers rely on it at
  ${decisions.criticalityRule.roundTheClockTarget} % or more; low when its target is below
  ${decisions.criticalityRule.lowTarget} % and it does not run round the clock; medium otherwise.
- **Recovery objectives:** the recovery time and the acceptable data loss follow the criticality of the
  service, as set out in <@sms.link "service-continuity-plan"/>, unless a service has its own.
- **Maintenance windows:** planned work on a service that does not run round the clock takes place outside
  its service hours.

<#if decisions.derived?has_content>
The rules currently give these values, which the owners named in the documents confirm or replace:

| Value | Derived value | Basis |
|---|---|---|
<#list decisions.derived as row>
| ${row.subject} | ${row.value} | ${row.basis} |
</#list>

<#else>
Every service has its criticality and recovery objectives set explicitly; no value is derived by these rules.

</#if>
<@sms.section title="Taking and recording decisions" key="recording-decisions"/>

Before the SMS documents are submitted for approval, the ${manager.title} presents the open decisions to the
roles named above. Each decision taken is recorded in the SMS master data under the entry listed above; the documents that depend on it are then updated and reissued together with this register. A document
may be approved while a decision it depends on is still open only if the approver accepts the open point
explicitly; the approval record names the decision.
