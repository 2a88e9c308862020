<#--
  Parts every form shares, in every language (labels from the bundles, form.*). A form is a table an
  organisation fills in: a label column and an empty column to write in, or a grid with empty rows. Defines
  thisForm, the form being rendered as the model's forms.all lists it (record, owner, keptIn, retention?).
-->
<#assign thisForm = forms.all?filter(f -> f.doc.id == doc.id)[0]>
<#-- The procedure that describes change management: its own clause group in 2011 (control processes). -->
<#assign changeProcedure = (sms.edition == "2011")?then("control-processes", "design-build-transition")>
<#-- The record the completed form becomes: what it is, who owns it, where it is kept and for how long. -->
<#macro recordBlock>
| ${t["form.theRecord"]} | |
|---|---|
| ${t["form.recordProduced"]} | ${thisForm.record} |
| ${t["form.recordOwner"]} | ${thisForm.owner.title} |
| ${t["form.keptIn"]} | ${thisForm.keptIn?cap_first} |
<#if thisForm.retention??>
| ${t["form.retention"]} | ${thisForm.retention} |
</#if>
</#macro>
<#-- count empty rows of a grid with columns cells; numbered: the first cell counts the rows (1, 2, ...). -->
<#macro blankRows count columns numbered=false>
<#list 1..count as i>
|<#if numbered> ${i} |<#else> |</#if><#list 2..columns as c> |</#list>
</#list>
</#macro>
<#-- Tick boxes for a choice: "☐ Low   ☐ Medium   ☐ High" (three spaces apart, which Markdown and Word keep). -->
<#macro choices items><#list items as i>☐ ${i}<#sep>   </#list></#macro>
<#-- Who signs the form at which step: steps is a list of {step, role?}; name, signature and date stay empty. -->
<#macro signoff steps>
| ${t["form.step"]} | ${t.role} | ${t["form.name"]} | ${t["form.signature"]} | ${t["form.date"]} |
|---|---|---|---|---|
<#list steps as s>
| ${s.step} | <#if s.role??>${s.role.title}</#if> | | | |
</#list>
</#macro>
