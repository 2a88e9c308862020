<#-- Die Texte des Abschnitts Budgetierung und Kostenrechnung (deutsch); die Struktur steht in budgeting-and-accounting.ftl. -->
@@policyTitle
Politik für Budgetierung und Kostenrechnung
@@policy
- Alle Kosten der Serviceerbringung werden für einen Service budgetiert und verbucht oder für einen
  gemeinsamen Kostenpool, der nach einem dokumentierten Verteilungsschlüssel auf die Services umgelegt
  wird.
- Die Kosten jedes Service sind mindestens monatlich bekannt, damit über Preise, Investitionen und
  Änderungen an Services auf Grundlage von Fakten entschieden werden kann.
- Ausgaben werden über Genehmigungsgrenzen gesteuert; ohne genehmigtes Budget oder genehmigte Ausnahme
  wird keine Verpflichtung eingegangen.
- Das Kostenmodell wird einmal jährlich vor dem Budgetzyklus überprüft sowie immer dann, wenn ein Service
  aufgenommen oder entfernt wird.
- Finanzaufzeichnungen werden 7 Jahre aufbewahrt oder, falls länger, für die gesetzliche
  Aufbewahrungsfrist.
@@costComponentsTitle
Kostenbestandteile
@@costComponents
| Kostenbestandteil | Beispiele | Investiv oder betrieblich | Zuordnung zu den Services |
|---|---|---|---|
| Hardware-Assets | Server, Netzwerkgeräte, Endgeräte | Investiv, Abschreibung über 3 bis 5 Jahre | Direkt, sofern dediziert; andernfalls nach Nutzungsanteil |
| Softwarelizenzen | Betriebssysteme, Tools, Abonnements | Betrieblich (investiv bei unbefristeten Lizenzen) | Direkt oder nach Anzahl der Benutzer oder Geräte |
| Services ${t.ofExternalSuppliers} | Hosting, Konnektivität, Backup-Speicher | Betrieblich | Direkt auf die Services, die der jeweilige Vertrag unterstützt |
| Personal | Gehälter, Rufbereitschaftszulagen, Schulungen, externe Auftragnehmer | Betrieblich | Nach der je Service erfassten Arbeitszeit |
| Infrastruktur und Gebäude | Büro, Strom, physische Sicherheit | Betrieblich | Nach Personalbestand oder genutztem Rack-Platz |
| Gemeinsame Tools und Gemeinkosten | Servicemanagement-Tools, Überwachung, Zeitaufwand der Leitung | Betrieblich | Im Verhältnis zu den direkten Kosten jedes Service |
| Überführungskosten | Projekte für neue oder geänderte Services | Investiv oder betrieblich | Direkt auf den neuen oder geänderten Service |
@@serviceCostsIntro
Welche Kosten ${t.ofExternalSuppliers} jedem Service
direkt belastet werden, ergibt sich aus den im Katalog genannten unterstützenden Lieferanten;
${t.internalSuppliers} sind durch die Bestandteile Infrastruktur und Gebäude sowie Gemeinkosten abgedeckt:
@@serviceCostsHeader
| Service | Direkte Lieferantenkosten | Verantwortlich für das Servicebudget |
|---|---|---|
@@budgetCycleTitle
Budgetzyklus
@@budgetCycle
1. **Drei Monate vor Beginn des Geschäftsjahres.** ${budgeting.owner.de.Der} ${budgeting.owner.title} ${budgeting.owner.de.plural?has_content?then("geben", "gibt")} die Budgetvorlage und
   die Istkosten des Vorjahres je Service heraus.
2. **Beiträge der Services.** Jeder Serviceverantwortliche reicht die erwarteten Kosten des Service für das
   Jahr ein, gestützt auf die Bedarfsprognose und den Kapazitätsplan, und führt geplante Investitionen und
   Änderungen auf.
3. **Konsolidierung.** ${budgeting.owner.de.Der} ${budgeting.owner.title} ${budgeting.owner.de.plural?has_content?then("konsolidieren", "konsolidiert")} die Beiträge, ${budgeting.owner.de.plural?has_content?then("verteilen", "verteilt")} die gemeinsamen
   Kosten und ${budgeting.owner.de.plural?has_content?then(voice.budgetCompare?replace("vergleicht", "vergleichen"), voice.budgetCompare)}.
4. **Genehmigung.** ${sms.topManagement.de.Der} ${sms.topManagement.title} ${sms.topManagement.de.plural?has_content?then("genehmigen", "genehmigt")} das Budget spätestens einen Monat vor
   Beginn des Jahres. Das genehmigte Budget wird über ${sms.toolOf("budgeting-and-accounting")}
   erfasst.
5. **Vierteljährliche Anpassung.** Jedes Quartal wird die Prognose für den Rest des Jahres anhand der
   Istkosten und der aktuellen Bedarfsprognose angepasst; Anpassungen, die das Gesamtbudget erhöhen,
   bedürfen der Genehmigung durch ${sms.topManagement.de.den} ${sms.topManagement.title}.
@@accountingTitle
Kostenrechnung und Finanzsteuerung
@@accounting
1. **Erfassen.** Kosten werden über ${sms.toolOf("budgeting-and-accounting")} mit dem Service oder
   Kostenpool erfasst, dem sie zuzuordnen sind; die Arbeitszeit des Personals wird wöchentlich je Service
   erfasst.
2. **Verteilen.** Zum Monatsende werden die gemeinsamen Kosten nach den oben genannten
   Verteilungsschlüsseln auf die Services umgelegt.
3. **Berichten.** Bis zum zehnten Arbeitstag des Monats ${budgeting.owner.de.plural?has_content?then("übermitteln", "übermittelt")} ${budgeting.owner.de.der} ${budgeting.owner.title} jedem
   Serviceverantwortlichen die Istkosten des Service im Vergleich zum Budget.
4. **Abweichungen erläutern.** Der Serviceverantwortliche erläutert jede Abweichung von mehr als 10 % des
   Monatsbudgets sowie jede für das Jahr erwartete Budgetüberschreitung und schlägt Korrekturmaßnahmen vor.
5. **Ausgaben genehmigen.** Serviceverantwortliche dürfen im Rahmen ihres genehmigten Budgets Ausgaben
   tätigen. Nicht budgetierte Ausgaben bedürfen der Genehmigung durch ${budgeting.owner.de.den} ${budgeting.owner.title} und, wenn
   sie 5 % des Jahresbudgets des Service übersteigen, zusätzlich durch ${sms.topManagement.de.den} ${sms.topManagement.title}.
6. **Überprüfen.** Die Kosten je Service und die Budgetabweichungen werden vierteljährlich durch
   ${sms.topManagement.de.den} ${sms.topManagement.title} überprüft und für die Managementbewertung zusammengefasst.
