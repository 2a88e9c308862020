<#--
  The grades of an audit finding (2018 9.2, 10.1; 2011 4.5.4.2, 4.5.5.1): what each means and the response expected
  from the process owner. The internal audit procedure defines them, and the audit forms offer them. Defines
  auditGrades: a list of {grade, meaning, response}, and gradeTable, which prints them.
-->
<#assign auditGrades = [
  {"grade": "Major nonconformity", "meaning": "A requirement is not met at all, or a failure puts at risk the ability of the SMS to deliver its intended results, for example a process that is not operated, a service commitment routinely missed without action, or several minor nonconformities against the same requirement.", "response": "Correction started immediately; root-cause analysis and corrective action plan within 10 working days; action completed within 30 days or a date agreed by the " + sms.topManagement.title + "."},
  {"grade": "Minor nonconformity", "meaning": "A single lapse or partial failure to meet a requirement that does not put the intended results of the SMS at risk.", "response": "Corrective action plan within 20 working days; action completed within 90 days."},
  {"grade": "Observation", "meaning": "No requirement is broken yet, but a weakness could lead to a nonconformity if left alone.", "response": "Process owner decides on action within 30 days and records the decision."},
  {"grade": "Opportunity for improvement", "meaning": "A practice that meets the requirements could be made more effective or efficient.", "response": "Recorded in the improvement register and evaluated under the continual improvement procedure."}
]>
<#macro gradeTable>
| Grade | Meaning | Response expected from the process owner |
|---|---|---|
<#list auditGrades as g>
| ${g.grade} | ${g.meaning} | ${g.response} |
</#list>
</#macro>
