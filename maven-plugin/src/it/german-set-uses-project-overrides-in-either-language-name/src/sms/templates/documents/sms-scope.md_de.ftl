<#--
id: sms-scope
title: Geltungsbereich des SMS
kind: statement
code: STM-01
order: 110
clauses: ["4.3", "4.4"]
-->
<#include "/builtin/documents/sms-scope.md.ftl">

## Unsere Ergänzung

Geltungsbereich im Hausstil der ${org.name}, als deutsche Variante benannt.
