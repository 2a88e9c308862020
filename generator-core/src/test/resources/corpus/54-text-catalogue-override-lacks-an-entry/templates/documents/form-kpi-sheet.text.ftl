<#-- A house catalogue written against an older pack: it lacks the entry useTitle. -->
@@use
Each measure owner enters the period's result here; the ${reporting.owner.title} compiles the sheet.
@@periodTitle
1. Period
@@periodTable
| Period | |
|---|---|
@@objectivesTitle
2. Objectives
@@objectivesHeader
| Objective and measure | Target | Owner | Result | Met | Comment |
|---|---|---|---|---|---|
@@measureSuffix measure
; measure: ${measure}
@@noObjectives
No objectives yet.
@@servicesTitle
3. Services
@@servicesHeader
| Service | Owner | Target | Achieved | Met | Incidents | Comment |
|---|---|---|---|---|---|---|
@@noServices
One row per service.
@@processesTitle
4. Processes
@@processesHeader
| Process | Owner | Measure | Result | Comment |
|---|---|---|---|---|
@@signOffTitle
Sign-off
@@compiled
Compiled
@@reviewed
Reviewed
