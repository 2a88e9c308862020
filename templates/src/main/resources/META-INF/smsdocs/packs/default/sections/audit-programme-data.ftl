<#-- The internal audit programme over the three-year cycle, computed once in the model (auditProgramme: rows,
     yearCount, higherCount; the rating rules are in AuditProgrammeModel). Defines programme, yearCount and
     higherCount for templates that include it. -->
<#assign programme = auditProgramme.rows>
<#assign yearCount = auditProgramme.yearCount>
<#assign higherCount = auditProgramme.higherCount>
