<#--
id: sms-scope
title: Scope of the Service Management System
kind: statement
code: STM-01
order: 110
clauses: ["4.3", "4.4"]
editions: ["2018"]
-->
<@sms.documentHeader/>

<@sms.section title="Scope" clauses=["4.3", "4.4"]/>

House-style scope statement of ${org.name}: ${sms.scope}
