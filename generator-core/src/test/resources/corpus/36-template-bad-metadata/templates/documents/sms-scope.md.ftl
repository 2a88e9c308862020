<#--
id: sms-scope
titel: Scope
kind: statment
clauses: ["4.3", "4.4"]
-->
text
