<#-- The words of the process capability self-assessment (English); its structure is capability-assessment.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This register records how capable the service management processes of ${org.name} are today, the level
each one is to reach, and the actions that close the difference. It complements the conformity view of the
gap assessment: a process can meet ${sms.standard} and still be run in a way that depends on individuals,
which the capability levels make visible.
@@methodTitle
Method
@@method
The assessment uses the process reference model of ISO/IEC TR 20000-4 (purpose and outcomes of each
service management process) and the measurement framework of ISO/IEC 33020. It is a self-assessment by the
process owners, moderated by the ${sms.manager.title}; it is not a conformity audit.

| Level | Name | Process attributes |
|---|---|---|
| 0 | Incomplete | none: the process is not performed or does not achieve its purpose |
| 1 | Performed | PA1.1 Process performance |
| 2 | Managed | PA2.1 Performance management; PA2.2 Work product management |
| 3 | Established | PA3.1 Process definition; PA3.2 Process deployment |
| 4 | Predictable | PA4.1 Quantitative analysis; PA4.2 Quantitative control |
| 5 | Innovating | PA5.1 Process innovation; PA5.2 Process innovation implementation |

Each attribute is rated N (not achieved, up to 15%), P (partially, above 15% to 50%), L (largely, above 50%
to 85%) or F (fully, above 85%). A process reaches a level when the attributes of that level are rated at
least L and those of every lower level F.
@@profileTitle
Capability profile
@@profileHeader
| Process | Current level | Level supported by the ratings | Target level | Levels to gain |
|---|---|---|---|---|
@@notRated
not rated
@@chartAlt
Bar chart of the current and target capability level of each assessed process
@@notAssessed
No process has been self-assessed yet. The first assessment is made by the process owners once phase 2 of
<@sms.link "implementation-plan"/> is complete, and recorded in the SMS master data.
@@ratingsTitle
Attribute ratings
@@processColumn
Process
@@findingsTitle
Findings
@@actionsTitle
Gap actions
@@actionsIntro
Each level a process has to gain is an activity of <@sms.link "implementation-plan"/>, owned by the process
owner.
@@actionsHeader
| Process | Level to reach | What it needs | Plan activity |
|---|---|---|---|
@@reassessmentTitle
Reassessment
@@reassessment
The process owners reassess their processes once a year, before the management review, and after a
significant change to a process. The results are reported to the management review as part of the
performance of the SMS.
