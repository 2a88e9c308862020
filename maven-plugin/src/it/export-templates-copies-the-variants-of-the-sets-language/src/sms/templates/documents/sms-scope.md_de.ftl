<#--
packVersion: 1.0.0
id: sms-scope
title: Geltungsbereich des SMS
kind: statement
code: STM-01
order: 110
clauses: ["4.3", "4.4"]
-->
<@sms.section title="Geltungsbereich" clauses=["4.3", "4.4"]/>

Unser eigener Geltungsbereich: ${sms.scope}
