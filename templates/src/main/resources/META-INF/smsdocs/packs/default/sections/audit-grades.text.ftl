<#-- The words of the audit grades (English); the structure is audit-grades.ftl. The grades are used as plain text and escaped where they are printed, so a value in them is written ${x?no_esc}. -->
@@majorGrade
Major nonconformity
@@majorMeaning
A requirement is not met at all, or a failure puts at risk the ability of the SMS to deliver its intended results, for example a process that is not operated, a service commitment routinely missed without action, or several minor nonconformities against the same requirement.
@@majorResponse
Correction started immediately; root-cause analysis and corrective action plan within 10 working days; action completed within 30 days or a date agreed by the ${sms.topManagement.title?no_esc}.
@@minorGrade
Minor nonconformity
@@minorMeaning
A single lapse or partial failure to meet a requirement that does not put the intended results of the SMS at risk.
@@minorResponse
Corrective action plan within 20 working days; action completed within 90 days.
@@observationGrade
Observation
@@observationMeaning
No requirement is broken yet, but a weakness could lead to a nonconformity if left alone.
@@observationResponse
Process owner decides on action within 30 days and records the decision.
@@improvementGrade
Opportunity for improvement
@@improvementMeaning
A practice that meets the requirements could be made more effective or efficient.
@@improvementResponse
Recorded in the improvement register and evaluated under the continual improvement procedure.
@@gradeTableHeader
| Grade | Meaning | Response expected from the process owner |
|---|---|---|
