<#-- Die Texte der Politik für Budgetierung und Kostenrechnung (deutsch); die Struktur steht in
     budgeting-and-accounting-policy.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Diese Politik legt fest, wie ${org.name} als ${t.provider} die Kosten der Services budgetiert und
erfasst, damit die Kosten jedes Service bekannt sind, die Ausgaben gesteuert werden und Entscheidungen über
die Services, ihre Änderungen und ihre Verbesserung in Kenntnis ihrer Kosten getroffen werden.
@@scopeTitle
Geltungsbereich
@@scope
Die Politik umfasst alle Kosten für Planung, Erbringung, Unterstützung und Verbesserung der Services im
<@sms.link "service-catalogue"/>: Assets und Lizenzen, gemeinsam genutzte Ressourcen, Gemeinkosten,
Investitions- und Betriebskosten, von Lieferanten bezogene Services, Personal und Räumlichkeiten.
Preisgestaltungs- und Verrechnungsentscheidungen nutzen, soweit vorhanden, die von ihr bereitgestellten
Kosteninformationen, fallen aber nicht in ihren Geltungsbereich.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@ownerDuties
Verantwortet diese Politik.
@@processOwnerDuties
Verantwortet den Prozess Budgetierung und Kostenrechnung; pflegt das Kostenmodell; berichtet monatlich die Kosten je Service.
@@approverDuties
Genehmigt diese Politik.
@@topManagementDuties
Genehmigt das Jahresbudget, Überarbeitungen, die es erhöhen, und nicht budgetierte Ausgaben oberhalb der nachstehenden Grenzen.
@@serviceOwners
Jeder Serviceverantwortliche ist für das Budget seines Service verantwortlich und erläutert Abweichungen
davon.
@@recordsTitle
Aufzeichnungen
@@budgetsRecord
Genehmigte Budgets und ihre Überarbeitungen
@@costReportsRecord
Monatliche Kostenberichte je Service und Erläuterungen der Abweichungen
@@unbudgetedSpendingRecord
Genehmigungen nicht budgetierter Ausgaben
@@statutoryRetention
7 Jahre oder die gesetzliche Frist, falls diese länger ist
@@reviewTitle
Überprüfung der Politik
@@review
${doc.owner.de.Der} ${doc.owner.title} <#if doc.owner.de.plural?has_content>überprüfen<#else>überprüft</#if> diese Politik mindestens alle ${sms.documentControl.reviewIntervalMonths} Monate, jeweils vor dem Budgetzyklus, sowie immer
dann, wenn ein Service hinzukommt oder entfällt. Die überprüfte Politik wird durch ${doc.approver.de.den}
${doc.approver.title} genehmigt.
