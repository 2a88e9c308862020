<#-- The KPI sheet in the house's words: only the first entries differ from the built-in catalogue. -->
@@useTitle
How to use this sheet
@@use
Each measure owner enters the period's result here; the ${reporting.owner.titel} compiles the sheet.
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
