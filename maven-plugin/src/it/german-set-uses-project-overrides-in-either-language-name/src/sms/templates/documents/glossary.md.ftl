<#--
id: glossary
title: Glossar
kind: glossary
code: GLO-01
order: 910
clauses: ["7.5.1"]
-->
<@sms.section title="Begriffe" clauses=["7.5.1"]/>

Unser eigenes Glossar der ${org.name}, ohne Sprachkennung im Dateinamen.
