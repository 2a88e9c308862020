<#-- The words of the KPI sheet (English); its structure is form-kpi-sheet.md.ftl. -->
@@useTitle
Use of this form
@@use
The owner of each measure enters its result for the period on this sheet, and the ${reporting.owner.title}
compiles it each month, as <@sms.link "monitoring-and-reporting"/> sets out. The targets are those the SMS
has set; a missed target is explained in the comment, with the action under way. The sheet feeds the
service reports and the management review.
@@periodTitle
1. Period
@@periodTable
| Period | |
|---|---|
| Period (month) | |
| Compiled by | |
| Date | |
@@objectivesTitle
2. Service management objectives
@@objectivesHeader
| Objective and measure | Target | Owner | Result | Met | Comment |
|---|---|---|---|---|---|
@@measureSuffix measure
; measure: ${measure}
@@noObjectives
The service management objectives are not yet set; until they are, this part stays empty.
@@servicesTitle
3. Service performance
@@servicesHeader
| Service | Service owner | ${t.ServiceAvailability} target | ${t.ServiceAvailability} achieved | Met | Incidents within target | Comment |
|---|---|---|---|---|---|---|
@@noServices
One row for each service of the <@sms.link "service-catalogue"/>, with the availability target of its
service level agreement.
@@processesTitle
4. Process measures
@@processesHeader
| Process | Owner | Measure | Result | Comment |
|---|---|---|---|---|
@@signOffTitle
Sign-off
@@compiled
Sheet compiled
@@reviewed
Sheet reviewed
