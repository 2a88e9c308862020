<#-- The words of the decision register (English); its structure is decision-register.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This register lists the decisions that ${org.name} still has to take before the documents of its service
management system (SMS) can be approved, and the values that the documents take from a stated rule rather
than from an explicit decision. Each open decision names the role that must take it. Until it is taken,
every document that depends on it marks the point with the decision's number, for example
"(open decision D-01)", so that no document presents an assumption as an agreed fact.
@@openTitle
Decisions required before approval
@@openHeader
| No. | Decision required | Until decided, the documents state | To be decided by |
|---|---|---|---|
@@entriesIntro
Each decision is recorded in the SMS master data under the following entry:
@@noneOpen
No decision is open: every value the documents state was decided by ${org.name} or follows from one of the
rules below.
@@derivedTitle
Values derived by rule
@@rules
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
@@derivedIntro
The rules currently give these values, which the owners named in the documents confirm or replace:
@@derivedHeader
| Value | Derived value | Basis |
|---|---|---|
@@noneDerived
Every service has its criticality and recovery objectives set explicitly; no value is derived by these rules.
@@recordingTitle
Taking and recording decisions
@@recording
Before the SMS documents are submitted for approval, the ${manager.title} presents the open decisions to the
roles named above. Each decision taken is recorded in the SMS master data under the entry listed above; the documents that depend on it are then updated and reissued together with this register. A document
may be approved while a decision it depends on is still open only if the approver accepts the open point
explicitly; the approval record names the decision.
