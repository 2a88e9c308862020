<#--
id: sms-scope
title: Scope
kind: statement
clauses: ["4.3", "4.4"]
-->
Scope of ${org.name}, owned by
  <@sms.roleWithPerson org/>.
