<#--
id: sms-scope
title: Scope of the SMS (our wording)
kind: statement
code: STM-01
order: 110
clauses: ["4.3", "4.4"]
editions: ["2018"]
-->
<@sms.documentHeader/>

<@sms.section title="Scope" clauses=["4.3", "4.4"]/>

Our own scope wording: ${sms.scope}
