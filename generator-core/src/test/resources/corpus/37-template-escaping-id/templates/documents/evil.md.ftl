<#--
id: ../../etc/evil
title: Evil
kind: policy
clauses: ["4.3"]
-->
text
