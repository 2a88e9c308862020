<#-- The words of the measure definitions (English); its structure is measure-definitions.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This register defines every measure that the documents of the service management system (SMS) of
${org.name} name: the SMS objectives, the commitments of the service level agreements, and the measures of the
processes and of the SMS itself. For each measure it states how it is calculated, where its data comes from,
how often it is measured, who owns it, its target and to whom it is reported. The documents that name a
measure state the target recorded here; how measures are collected, analysed and reported is set out in
<@sms.link "monitoring-and-reporting"/>.
@@usingTitle
Using the measures
@@usingMeasures
- **Owner.** The owner of a measure is the owner of its process, or, for a measure of the SMS itself, the owner
  of the document that names it. The owner checks the data, explains every result that misses its target and
  proposes the action to take.
- **Periods.** A monthly measure counts the calendar month, a quarterly one the calendar quarter. Measures of
  time count the service hours of the service concerned, by the clock rules of its service level agreement.
- **Data.** The data source is the tool that records the work of the process; a measure of the SMS itself
  takes its data from the records the table names. Results are not collected by hand where a tool holds them.
- **Status.** Each result is rated green, amber or red by the rule of <@sms.link "monitoring-and-reporting"/>,
  and the ${reporting.owner.title} reports it to those the table names.
@@objectivesTitle
SMS objectives
@@objectivesIntro
The objectives are set in <@sms.link "sms-plan"/>. An objective that names a process sets the main measure of
that process, so the process documents state the objective's measure and target.
@@objectivesHeader
| ID | Objective | Measure | Data source | Frequency | Owner | Target | Reported to |
|---|---|---|---|---|---|---|---|
@@noObjectives
No SMS objectives have been set yet; they are added here when <@sms.link "sms-plan"/> sets them.
@@serviceLevelsTitle
Service level measures
@@serviceLevelsIntro
These measures report each service against its service level agreement. The response and resolution targets
of each priority are those of the incident priority scheme of <@sms.link "resolution-and-fulfilment"/>; the
fulfilment target of each request type is that of <@sms.link "request-catalogue"/>.
@@serviceLevelsHeader
| Measure | Formula | Data source | Frequency | Owner | Target | Reported to |
|---|---|---|---|---|---|---|
@@noServices
No services are recorded yet. The availability of each service, and the commitments of its service level
agreement, are added here when the service goes live.
@@processesTitle
Process and SMS measures
@@processesIntro
The main measure of each process, the one <@sms.link "monitoring-and-reporting"/> lists for it, comes first
among the measures of that process. The last column names the documents that state the measure.
@@processesHeader
| Measure | Formula | Data source | Frequency | Owner | Target | Reported to | Named in |
|---|---|---|---|---|---|---|---|
@@changingTitle
Changing a measure
@@changing
A measure, its formula or its target changes only through a new version of this register, which the
${doc.approver.title} approves under <@sms.link "documented-information-control"/>. The ${doc.owner.title}
prepares the change with the owner of the measure; a target that an SMS objective sets changes with the objective, and a target agreed in a service
level agreement changes with the agreement. Every document that states the measure takes the new target in the
same issue. The ${sms.manager.title} reviews the measures once a year: whether each is still useful and
correctly defined, and whether a measure is missing.
