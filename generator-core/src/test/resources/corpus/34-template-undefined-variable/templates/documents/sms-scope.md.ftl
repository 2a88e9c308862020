<#--
id: sms-scope
title: Scope
kind: statement
clauses: ["4.3", "4.4"]
-->
<@sms.documentHeader/>

Scope of ${org.nam}.
