<#-- Die Texte der Servicemanagementpolitik (deutsch); die Struktur steht in service-management-policy.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Diese Politik legt fest, wie ${org.name} das Management der eigenen Services lenkt und steuert. Sie beschreibt,
wozu sich die oberste Leitung verpflichtet, welchen Grundsätzen jeder Service und jeder Prozess des
Servicemanagementsystems (SMS) folgt, wie Ziele festgelegt werden und wer welche Verantwortung und
Befugnis innehat. Alle anderen Dokumente des SMS sind so verfasst, dass sie mit ihr übereinstimmen.
@@scopeTitle
Geltungsbereich
@@scope
Die Politik gilt für alle Services, Prozesse, Personen und Lieferanten im Anwendungsbereich des SMS, wie
im Dokument <@sms.link "sms-scope"/> festgelegt. Zusammengefasst:

> ${sms.scope}

Sie gilt für Mitarbeitende, Auftragnehmer und das Personal von Lieferanten, soweit diese Arbeiten für
einen Service im Anwendungsbereich ausführen.
@@leadershipTitle
Führung und Verpflichtung
@@leadership
<#if governance.topGeneric>Die oberste Leitung ist<#else>${top.de.Der} ${top.title} ${top.de.plural?has_content?then("sind", "ist")} als oberste Leitung des SMS</#if> für die Wirksamkeit des
SMS rechenschaftspflichtig. Die oberste Leitung verpflichtet sich,

- die Servicemanagementpolitik und die Servicemanagementziele festzulegen und mit der strategischen
  Ausrichtung von ${org.name} in Einklang zu halten;
- den Servicemanagementplan zum Mittel für die Umsetzung der Politik zu machen und sicherzustellen, dass
  er erstellt, umgesetzt und aktuell gehalten wird;
- die Anforderungen des SMS in die Geschäftsabläufe zu integrieren, sodass das Servicemanagement Teil des
  regulären Betriebs und keine parallele Tätigkeit ist;
- das Personal, das Budget, die Tools und die Informationen bereitzustellen, die das SMS und die
  Services benötigen;
- Mitarbeitenden und Lieferanten zu vermitteln, warum wirksames Servicemanagement und die Erfüllung der
  Anforderungen an das SMS wichtig sind;
- sicherzustellen, dass das SMS seine beabsichtigten Ergebnisse erzielt, einschließlich Services, die die
  vereinbarten Serviceanforderungen erfüllen;
- die Personen, die zum SMS beitragen, anzuleiten und zu unterstützen und andere Führungskräfte darin zu
  unterstützen, in ihren eigenen Verantwortungsbereichen Führung zu zeigen;
- die fortlaufende Verbesserung des SMS und der Services zu fördern.

Die oberste Leitung weist diese Verpflichtung durch die folgenden Tätigkeiten nach, die jeweils eine
Aufzeichnung hinterlassen, die ein Auditor einsehen kann.

| Verpflichtung | Nachweis durch | Häufigkeit | Beleg |
|---|---|---|---|
| Politik und Ziele festgelegt und aktuell gehalten | Genehmigung dieser Politik und der Ziele im Dokument <@sms.link "sms-plan"/> | Mindestens alle ${sms.documentControl.reviewIntervalMonths} Monate | Unterzeichnete Änderungshistorie |
| Leistung des SMS bewertet | Leitung der Managementbewertung | ${cadence.managementReview.label}, wie im Dokument <@sms.link "management-review"/> festgelegt | Protokolle und Maßnahmen der Managementbewertung |
| Ressourcen bereitgestellt | Genehmigung des SMS-Budgets und des Personalplans | Jährlich sowie auf Anforderung durch ${manager.de.den} ${manager.title} | Genehmigtes Budget, Entscheidungen zur Ressourcenausstattung |
| Risiken verstanden und akzeptiert | Überprüfung der Risiken oberhalb der Akzeptanzschwelle | Bei jeder Managementbewertung | Abzeichnung des Risikoregisters |
| Verbesserung gefördert | Genehmigung und Nachverfolgung der Verbesserungsprioritäten | Bei jeder Managementbewertung | Verbesserungsregister |
| Bedeutung vermittelt | Unterrichtung aller Mitarbeitenden über Politik und Ziele | Jährlich und nach jeder Änderung der Politik | Nachweis der Unterrichtung, Teilnehmerliste |
@@statementsTitle
Grundsätze der Politik
@@statements
${org.name} erbringt Services, die für die Kunden Wert schaffen. Dazu verpflichtet sich ${org.name} zu
Folgendem:

1. **Vereinbarte Services.** Jeder Service im Anwendungsbereich ist im Servicekatalog beschrieben und
   wird gemäß dokumentierten Serviceanforderungen und mit dem Kunden vereinbarten Service-Level-Zielen
   erbracht.
2. **Kundenorientierung.** Die Bedürfnisse der Kunden bestimmen Design, Erbringung und Verbesserung der
   Services. Die Kundenzufriedenheit wird gemessen, und Beschwerden werden zügig und transparent
   bearbeitet.
3. **Erfüllung von Anforderungen.** ${org.name} erfüllt die vereinbarten Serviceanforderungen, die
   Anforderungen der ISO/IEC 20000-1 sowie die für die eigenen Services geltenden gesetzlichen, behördlichen und
   vertraglichen Verpflichtungen, einschließlich derjenigen zum Schutz personenbezogener Daten.
4. **Gesteuerte Änderungen.** Änderungen an Services, Servicekomponenten und am SMS werden bewertet,
   genehmigt und überprüft, damit sie den beabsichtigten Nutzen ohne ungeplante Störungen erbringen.
5. **Schutz von Informationen.** Informationen, die ${org.name} von Kunden, Benutzern und Lieferanten
   anvertraut werden, werden gemäß dem Dokument <@sms.link "information-security-policy"/> geschützt.
6. **Widerstandsfähigkeit.** Services werden so gestaltet und betrieben, dass sie die vereinbarte
   Verfügbarkeit erreichen und nach einer schwerwiegenden Störung innerhalb der vereinbarten Zeiten
   wiederhergestellt werden können.
7. **Steuerung anderer Parteien.** Lieferanten und andere Parteien, die zu den Services beitragen,
   werden so ausgewählt, vertraglich gebunden und überwacht, dass ${org.name} die Steuerung und die
   Verantwortung für den gesamten Service behält.
8. **Entscheidungen auf Grundlage von Nachweisen.** Prozesse werden gemessen, und Entscheidungen über
   Services und das SMS werden auf der Grundlage von Überwachungsergebnissen, Audits und Bewertungen
   getroffen.
9. **Fortlaufende Verbesserung.** ${org.name} verbessert fortlaufend die Eignung, Angemessenheit und
   Wirksamkeit des SMS und der Services.
10. **Kompetentes Personal.** Alle, die an den Services arbeiten, sind für ihre Rolle kompetent und
    kennen diese Politik sowie den Beitrag ihrer Arbeit zu ihrer Umsetzung.
@@objectivesTitle
Rahmen für die Servicemanagementziele
@@objectivesFramework
Diese Politik bildet den Rahmen für die Festlegung der Servicemanagementziele. Die Ziele sind

- aus den obigen Grundsätzen der Politik und aus den mit den Kunden vereinbarten Serviceanforderungen
  abgeleitet;
- messbar und mit einem benannten Verantwortlichen, einer Kennzahl und einem Zielwert versehen;
- von der obersten Leitung mindestens einmal jährlich festgelegt oder bestätigt und bei jeder
  Managementbewertung überprüft;
- geplant, überwacht und berichtet, wie im Dokument <@sms.link "sms-plan"/> beschrieben.
@@objectivesHeader
Zum Datum dieser Politik gelten folgende Ziele:

| Ziel | Zielwert | Verantwortlich |
|---|---|---|
@@noObjectives
Die Ziele für den laufenden Zeitraum werden derzeit von der obersten Leitung abgestimmt. Nach ihrer
Genehmigung werden sie mit ihren Kennzahlen, Zielwerten und Verantwortlichen im Dokument
<@sms.link "sms-plan"/> festgehalten, und dieser Abschnitt wird bei der nächsten Überarbeitung der
Politik aktualisiert.
@@communicationTitle
Bekanntmachung der Politik
@@communication
Diese Politik wird als gelenkte dokumentierte Information gemäß dem Dokument
<@sms.link "documented-information-control"/> geführt. Die aktuelle freigegebene Fassung ist in der
SMS-Dokumentenbibliothek veröffentlicht und die einzige Fassung, die verwendet werden darf; ausgedruckte
Exemplare unterliegen nicht der Lenkung.

| Zielgruppe | Art der Bekanntmachung | Zeitpunkt | Beleg |
|---|---|---|---|
| Alle Mitarbeitenden, die an Services im Anwendungsbereich arbeiten | Veröffentlichung in der Dokumentenbibliothek; Erläuterung in der SMS-Sensibilisierungsschulung | Bei der Einarbeitung und jährlich | Unterschriebene Kenntnisnahme im Schulungsnachweis |
| Prozessverantwortliche und Führungskräfte | Unterrichtung durch ${manager.de.den} ${manager.title} über Änderungen an Politik und Zielen | Innerhalb eines Monats nach jeder neuen Fassung | Protokoll der Unterrichtung |
@@suppliersRow
| Lieferanten, die zu den Services beitragen | Übergabe einer Kopie mit dem Vertrag oder der Vereinbarung; Bezugnahme in den Lieferantenbewertungen | Bei Vertragsbeginn und nach jeder neuen Fassung | Nachweis des Lieferanten-Onboardings |
@@customersRow
| Kunden | Vorstellung einer Zusammenfassung beim Kunden-Onboarding; vollständige Fassung auf Anfrage | Beim Onboarding und auf Anfrage | Kundenakten |
@@otherPartiesRow
| Andere interessierte Parteien | Bereitstellung auf Anfrage durch ${manager.de.den} ${manager.title} | Auf Anfrage | Korrespondenzprotokoll |
@@furtherDetail
Weitere Einzelheiten zu Bewusstsein und Kommunikation enthält das Dokument <@sms.link "competence-awareness-communication"/>.
@@rolesTitle
Rollen, Verantwortlichkeiten und Befugnisse
@@rolesIntro
Die Rollen des SMS und die für jede Rolle festgelegten Verantwortlichkeiten sind nachstehend aufgeführt.
Jeder Rolleninhaber übernimmt diese Verantwortlichkeiten mit seiner Ernennung; ${manager.de.der} ${manager.title} ${manager.de.plural?has_content?then("halten", "hält")}
die Liste aktuell.
@@authoritiesTitle
Befugnisse
@@authorities
Die folgenden Entscheidungen dürfen nur von der genannten Rolle oder von einer von dieser Rolle
schriftlich benannten Vertretung getroffen werden.

| Entscheidung | Befugnis | Eskalation |
|---|---|---|
@@approveDocuments what
Genehmigung folgender Dokumente: ${what}
@@otherAuthorities
| Festlegung der Servicemanagementziele und Zuweisung der Ressourcen des SMS | ${top.title} | — |
| Akzeptanz eines Risikos oberhalb der Akzeptanzschwelle | ${top.title} | — |
| Vereinbarung von Service-Level-Zielen mit Kunden | ${slm.owner.title} | ${top.title} |
| Genehmigung einer normalen Änderung | ${change.owner.title}, nach Prüfung durch das Change Advisory Board | ${top.title} |
| Genehmigung einer Notfalländerung | Notfall-CAB: ${governance.emergencyCab} | ${top.title} |
| Übernahme eines neuen oder geänderten Service in den Betrieb | ${transition.owner.title} | ${top.title} |
| Ausrufen eines Major Incidents | ${incident.owner.title} oder die diensthabende Führungskraft | ${top.title} |
| Aktivierung des Servicekontinuitätsplans | ${top.title}<#if governance.continuityDeputy??>; ${governance.continuityDeputy.de.der} ${governance.continuityDeputy.title}, wenn ${top.de.der} ${top.title} nicht innerhalb von 30 Minuten erreichbar ${top.de.plural?has_content?then("sind", "ist")}</#if> | — |
| Abschluss oder Änderung eines Lieferantenvertrags im Rahmen des genehmigten Budgets | ${supplierManagement.owner.title} | ${top.title} |
| Aussetzung einer Tätigkeit, die gegen die Informationssicherheitspolitik verstößt | ${security.owner.title} | ${top.title} |
@@representativeTitle
Beauftragter der Leitung
@@representative
<#if governance.topGeneric>Die oberste Leitung überträgt<#else>${top.de.Der} ${top.title} ${top.de.plural?has_content?then("übertragen", "überträgt")}</#if> ${manager.de.dem} <@sms.roleWithPerson manager/> die Verantwortung für das SMS. Unabhängig
von anderen Aufgaben hat diese Rolle die Befugnis und die Verantwortung,

- sicherzustellen, dass das SMS die Anforderungen der ISO/IEC 20000-1 und die eigenen Anforderungen der
  Organisation erfüllt;
- sicherzustellen, dass der Servicemanagementplan erstellt, umgesetzt und aktuell gehalten wird;
- sicherzustellen, dass die Prozesse des SMS festgelegt sind, Verantwortliche haben und wie dokumentiert
  betrieben werden;
- der obersten Leitung über die Leistung des SMS und der Services zu berichten, mindestens bei jeder
  Managementbewertung sowie unverzüglich, wenn ein ernstes Risiko für die Services entsteht;
- das Bewusstsein für die Politik, die Ziele und die Serviceanforderungen in der gesamten Organisation
  ${org.name} und bei ihren Lieferanten zu fördern;
- das interne Auditprogramm und die Nachverfolgung von Nichtkonformitäten und Verbesserungen zu
  koordinieren.
@@reviewTitle
Überprüfung der Politik
@@review
${doc.owner.de.Der} ${doc.owner.title} ${doc.owner.de.plural?has_content?then("überprüfen", "überprüft")} diese Politik mindestens alle ${sms.documentControl.reviewIntervalMonths} Monate und ${doc.owner.de.plural?has_content?then("legen", "legt")}
sie der Managementbewertung vor. Sie wird außerdem überprüft, wenn sich die Organisation, ihre Services,
ihre Kunden oder die anwendbaren Anforderungen wesentlich ändern. Eine neue Fassung tritt mit der
Genehmigung durch ${doc.approver.de.den} ${doc.approver.title} in Kraft und wird wie oben beschrieben bekannt gemacht.
@@approvalTitle
Genehmigung
@@draft
Diese Fassung ist ein Entwurf. Sie tritt in Kraft, sobald ${doc.approver.de.der} ${doc.approver.title}<#if doc.approver.person?has_content>, ${doc.approver.person},</#if> sie im
Namen von ${org.name} genehmigt ${doc.approver.de.plural?has_content?then("haben", "hat")}<#if doc.plannedApproval??>; der Einführungsplan sieht als Genehmigungstermin ${doc.plannedApproval} vor,
wenn die Arbeit an ihrem Gegenstand abgeschlossen ist</#if>.
@@approved
Genehmigt im Namen von ${org.name} durch ${doc.approver.de.den} ${doc.approver.title}<#if doc.approver.person?has_content>, ${doc.approver.person}</#if>.
Diese Fassung gilt ab ${doc.effectiveDate}.
