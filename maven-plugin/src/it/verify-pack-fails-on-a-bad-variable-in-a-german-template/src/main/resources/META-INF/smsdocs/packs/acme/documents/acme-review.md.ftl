<#--
id: acme-review
title: Acme Review of the SMS
kind: procedure
code: ACME-01
clauses: ["9.3"]
-->
# ${doc.title}

The ${sms.manager.title} reviews the SMS with Acme Consulting every quarter.
