<#-- The words of the records location matrix (English); its structure is records-matrix.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This matrix lists every record that ${sms.standard} requires ${org.name} to keep, the system that holds it,
the role that owns it and how long it is kept. It lets an auditor, or a new member of staff, find the
evidence for any requirement in one step. How records are protected, retrieved and disposed of is set out in
<@sms.link "documented-information-control"/>.
@@recordsTitle
Records
@@recordsHeader
| Record | Clause | Owner | Held in | Retention |
|---|---|---|---|---|
@@recordsHeldIn
Each process record is held in the tool named for its process; where no tool is named yet, the record is
held in ${defaultTool}.
@@formsTitle
Forms and the records they produce
@@recordsOnForms
Several records are made on a form of the set. The completed form is kept where its record is kept, by the
record's owner, and for as long as that record; a form kept in a process tool is the blank from which the
tool's record is set up, and is used on paper only when the tool cannot be reached.

| Form | Record produced | Clause | Owner | Kept in | Retention |
|---|---|---|---|---|---|
