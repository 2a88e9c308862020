<#-- Die Texte des Abschnitts Änderungsmanagement (deutsch); die Struktur steht in change-management.ftl. -->
@@title
Änderungsmanagement
@@intro
Änderungen werden über ${sms.toolOf("change-management")} nach den Regeln der
<@sms.link "change-management-policy"/> gesteuert, die festlegt, was der Änderungssteuerung unterliegt,
welche Änderungsarten es gibt, wer sie genehmigt und welche Änderungen potenziell erhebliche Auswirkungen
haben. ${change.owner.de.Der} ${change.owner.title} ${change.owner.de.plural?has_content?then("führen", "führt")} den Änderungskalender und ${change.owner.de.plural?has_content?then("leiten", "leitet")} das Change Advisory Board (CAB), das
wöchentlich tagt.
@@initiationTitle
Einleitung von Änderungen
@@initiation
Änderungsanträge stammen von Serviceverantwortlichen, aus dem Problem-Management (dauerhafte Lösungen),
aus dem Kapazitäts- und dem Verfügbarkeitsmanagement, aus der Informationssicherheit, von Kunden über ihre
Service-Reviews, von Lieferanten sowie aus dem Zyklus der Serviceplanung im
<@sms.link "service-portfolio"/>.

1. **Erfassen.** Der Änderungsverantwortliche (die für die Änderung verantwortliche Person) erfasst den RFC über
   ${sms.toolOf("change-management")} mit:
   - einer Beschreibung der Änderung und ihrer Begründung;
   - den betroffenen Services und Konfigurationselementen, ausgewählt aus
     <#if sms.edition == "2011">der CMDB<#else>den Konfigurationsinformationen</#if>;
   - dem gewünschten Umsetzungstermin und einer etwaigen Frist;
   - dem Umsetzungsplan, dem Testplan und dem Rückfallplan;
   - den Personen und Lieferanten, die die Änderung durchführen.
2. **Prüfen.** ${change.owner.de.Der} ${change.owner.title} ${change.owner.de.plural?has_content?then("prüfen", "prüft")} innerhalb eines Arbeitstags, ob der RFC vollständig ist; ein
   unvollständiger RFC wird mit Begründung an den Änderungsverantwortlichen zurückgegeben.
3. **Klassifizieren.** ${change.owner.de.Der} ${change.owner.title} ${change.owner.de.plural?has_content?then("bestätigen", "bestätigt")} die Kategorie (Standardänderung, normale
   geringfügige Änderung, normale wesentliche Änderung, Notfalländerung) und ${change.owner.de.plural?has_content?then("entscheiden", "entscheidet")} anhand der
   Kriterien der Änderungsmanagementpolitik, ob die Änderung potenziell erhebliche Auswirkungen hat. Änderungen mit
   potenziell erheblichen Auswirkungen folgen den in diesem Verfahren beschriebenen Schritten für Design
   und Überführung von Services.
@@activitiesTitle
Aktivitäten des Änderungsmanagements
@@activities
1. **Bewerten.** Der Änderungsverantwortliche und die technischen Verantwortlichen der CIs bewerten die Änderung
   anhand der ${t.configurationInformation}, die ${sms.toolOf("configuration-management")}
   bereitstellt:
   - das Risiko der Änderung und das Risiko, sie nicht durchzuführen;
   - die Auswirkungen auf die Services und deren Kunden, auf Kapazität, Informationssicherheit und
     Servicekontinuität sowie auf andere eingeplante Änderungen;
   - die benötigten Ressourcen, die Kosten und die Einbindung von Lieferanten.

   Anschließend ${change.owner.de.plural?has_content?then("legen", "legt")} ${change.owner.de.der} ${change.owner.title} die Risikoeinstufung anhand der nachstehenden Tabelle fest.
2. **Genehmigen.** Die Änderung wird auf der in der Änderungsmanagementpolitik festgelegten Ebene genehmigt:
   bei niedrigem Risiko durch ${change.owner.de.den} ${change.owner.title}, bei mittlerem und hohem Risiko durch das CAB. Die
   Entscheidung und ihre Begründung werden im RFC aufgezeichnet.
3. **Einplanen.** Genehmigte Änderungen werden in den Änderungskalender aufgenommen, den der Service Desk
   jederzeit einsehen kann. Über Änderungen, die die Nutzung eines Service durch die Kunden
   beeinträchtigen, werden die Kunden mindestens fünf Arbeitstage im Voraus informiert.
4. **Erstellen und testen.** Die Änderung wird in einer Testumgebung erstellt und getestet, sofern eine
   solche vorhanden ist, andernfalls wird sie nach dem
   Vier-Augen-Prinzip geprüft und die Prüfung dokumentiert. Änderungen werden wie
   nachstehend beschrieben über ein Release bereitgestellt.
5. **Umsetzen.** Die Änderung wird im genehmigten Zeitfenster nach dem Umsetzungsplan durchgeführt.
   Schlägt sie fehl oder überschreitet sie das Zeitfenster, wird der Rückfallplan ausgeführt, und
   ${change.owner.de.der} ${change.owner.title} ${change.owner.de.plural?has_content?then("werden", "wird")} informiert.
6. **Verifizieren.** Die umsetzende Person prüft, ob die Änderung ihren Zweck erreicht hat und der Service wie
   erwartet funktioniert; nach einer wesentlichen Änderung wird der Service 24 Stunden lang
   verstärkt überwacht.
7. **Überprüfen und abschließen.** Der Änderungsverantwortliche zeichnet das Ergebnis auf. ${change.owner.de.Der} ${change.owner.title}
   ${change.owner.de.plural?has_content?then("überprüfen", "überprüft")} jede Änderung innerhalb von fünf Arbeitstagen: Für eine Änderung, die fehlgeschlagen ist,
   zurückgenommen wurde, einen Incident verursacht hat oder eine Notfalländerung war, wird eine
   dokumentierte Nachbetrachtung (Post Implementation Review) mit Maßnahmen durchgeführt. Der RFC wird
   erst geschlossen, wenn <#if sms.edition == "2011">die CMDB<#else>die Konfigurationsinformationen</#if>
   aktualisiert <#if sms.edition == "2011">wurde<#else>wurden</#if>.
@@trends
${change.owner.de.Der} ${change.owner.title} ${change.owner.de.plural?has_content?then("analysieren", "analysiert")} die Änderungsaufzeichnungen monatlich auf Trends (fehlgeschlagene
Änderungen, Änderungen, die Incidents verursachen, Notfalländerungen, nicht autorisierte Änderungen) und
${change.owner.de.plural?has_content?then("berichten", "berichtet")} darüber in den Serviceberichten.
@@emergencyTitle
Notfalländerungen
@@emergency
1. Der Incident- oder Sicherheitsverantwortliche, der die Änderung benötigt, wendet sich an ${change.owner.de.den}
   ${change.owner.title} oder ${change.owner.de.dessen} diensthabende Vertretung.
2. Das Notfall-CAB (${governance.emergencyCab}) bewertet das
   Risiko und genehmigt die Änderung oder lehnt sie ab, bei Bedarf telefonisch; die Genehmigung wird im
   zugehörigen Incident vermerkt.
3. Die Änderung wird umgesetzt; getestet wird so weit, wie es die Lage zulässt, und soweit möglich liegt
   ein Rückfallplan vor.
4. Der RFC wird innerhalb eines Arbeitstags einschließlich der Genehmigung vollständig erfasst, und
   <#if sms.edition == "2011">die CMDB wird<#else>die Konfigurationsinformationen werden</#if>
   aktualisiert.
5. Jede Notfalländerung wird in der nächsten CAB-Sitzung überprüft.
