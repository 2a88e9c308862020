<#-- Die Texte des Abschnitts Release- und Deployment-Management (deutsch); die Struktur steht in release-and-deployment.ftl. -->
@@title
Release- und Deployment-Management
@@intro
Releases werden von dem Team, das ${release.owner.de.der} ${release.owner.title} ${release.owner.de.plural?has_content?then("leiten", "leitet")}, geplant, erstellt und bereitgestellt;
dafür wird ${sms.toolOf("release-and-deployment-management")} verwendet. Ein Release fasst eine oder
mehrere genehmigte Änderungen zusammen, die gemeinsam getestet und bereitgestellt werden.
@@policyTitle
Release-Politik
@@policy2011
Die Release-Arten und ihre Häufigkeit sowie das Release-Fenster jedes Service sind in der
<@sms.link "release-policy"/> festgelegt und mit den Kunden über ihre SLAs und Service-Reviews vereinbart.
@@policy
Die Release-Politik wird mit den Kunden über ihre SLAs und Service-Reviews vereinbart.
@@stepsTitle
Release-Schritte
@@steps
1. **Planen.** Für jedes Release ${release.owner.de.plural?has_content?then("zeichnen", "zeichnet")} ${release.owner.de.der} ${release.owner.title} einen Release-Plan auf: die
   enthaltenen Änderungen, das Release-Datum, die Liefergegenstände, Methode und Reihenfolge des
   Deployments, die beteiligten Personen und Lieferanten, die Kommunikation an die Kunden sowie die
   Kriterien für den Erfolg und für ein Rollback.
2. **Erstellen und konfigurieren.** Das Release wird aus gelenkten Quellen erstellt, und die Versionen
   seiner Komponenten werden aufgezeichnet; vor dem Deployment wird eine Konfigurationsbaseline des
   betroffenen Service erstellt.
3. **Testen.** Das Release wird in einer Umgebung getestet, die der Produktivumgebung so weit wie
   praktikabel entspricht. Die Tests umfassen die Änderung selbst, Regressionstests bestehender
   Funktionen sowie Deployment und Rollback.
4. **Deployment freigeben.** ${change.owner.de.Der} ${change.owner.title} ${change.owner.de.plural?has_content?then("geben", "gibt")} das Deployment frei, wenn die Tests bestanden
   sind und das Release eingeplant ist.
5. **Bereitstellen.** Das Deployment erfolgt nach dem Release-Plan. Vor dem Ende des Zeitfensters wird es
   anhand der Erfolgskriterien geprüft.
6. **Rollback durchführen.** Werden die Erfolgskriterien nicht erfüllt oder verursacht das Deployment einen
   Incident, der nicht innerhalb des Zeitfensters gelöst werden kann, wird auf die Baseline
   zurückgesetzt, der Fehlschlag aufgezeichnet und ein Incident erfasst.
7. **Early Life Support.** Nach einem Major-Release oder einem neuen Service steht das Projektteam den
   Supportteams 10 Arbeitstage lang (bei einem neuen Service 30 Tage) zur Verfügung. Der Early Life
   Support endet, wenn kein durch das Release verursachter Incident <#if procedures.earlyLifePriorities?has_content>der Priorität ${procedures.earlyLifePriorities[0]} oder ${procedures.earlyLifePriorities[1]}<#else>mit hoher Priorität</#if> mehr offen ist und das
   Incident-Aufkommen wieder das erwartete Niveau erreicht hat.
8. **Überprüfen.** Erfolg oder Fehlschlag des Release werden aufgezeichnet. ${release.owner.de.Der} ${release.owner.title}
   ${release.owner.de.plural?has_content?then("analysieren", "analysiert")} fehlgeschlagene Releases und durch Releases verursachte Incidents<#if procedures.releaseReportsToChange>, ${release.owner.de.plural?has_content?then("berichten", "berichtet")} darüber an ${change.owner.de.den} ${change.owner.title}</#if>
   und ${release.owner.de.plural?has_content?then("leiten", "leitet")} Verbesserungen ein.
@@emergencyTitle
Notfall-Releases
@@emergency
Ein Notfall-Release setzt eine Notfalländerung um. Es wird erstellt und getestet, soweit die Lage es
zulässt, mit Genehmigung des Notfall-CAB bereitgestellt, innerhalb von 1 Arbeitstag vollständig
dokumentiert und in der nächsten CAB-Sitzung zusammen mit der zugehörigen Notfalländerung überprüft.
