<#--
  The grades of an audit finding (2018 9.2, 10.1; 2011 4.5.4.2, 4.5.5.1): what each means and the response expected
  from the process owner. The internal audit procedure defines them, and the audit forms offer them. Defines
  auditGrades: a list of {grade, meaning, response}, and gradeTable, which prints them. Their words are in
  audit-grades.text.ftl and its language variants.
-->
<#import "/sections/audit-grades.text.ftl" as auditGradesText>
<#-- Plain strings, as the documents that use them expect (g.grade?lower_case); escaped where they are printed. -->
<#assign auditGrades = [
  {"grade": auditGradesText.majorGrade()?markup_string, "meaning": auditGradesText.majorMeaning()?markup_string, "response": auditGradesText.majorResponse()?markup_string},
  {"grade": auditGradesText.minorGrade()?markup_string, "meaning": auditGradesText.minorMeaning()?markup_string, "response": auditGradesText.minorResponse()?markup_string},
  {"grade": auditGradesText.observationGrade()?markup_string, "meaning": auditGradesText.observationMeaning()?markup_string, "response": auditGradesText.observationResponse()?markup_string},
  {"grade": auditGradesText.improvementGrade()?markup_string, "meaning": auditGradesText.improvementMeaning()?markup_string, "response": auditGradesText.improvementResponse()?markup_string}
]>
<#macro gradeTable>
${auditGradesText.gradeTableHeader()}
<#list auditGrades as g>
| ${g.grade} | ${g.meaning} | ${g.response} |
</#list>
</#macro>
