<#-- Die Texte des Abschnitts Design und Überführung von Services (deutsch); die Struktur steht in service-design-and-transition.ftl. -->
@@title
Design und Überführung von Services
@@intro
Diese Schritte gelten für Änderungen mit potenziell erheblichen Auswirkungen, einschließlich eines neuen
Service, der Entfernung eines Service und der Übertragung eines Service an eine andere Partei oder von
einer anderen Partei. Sie werden durch ${transition.owner.de.den} ${transition.owner.title} koordiniert; jede Änderung wird dennoch als RFC
erfasst, und jedes Deployment durchläuft das Release- und Deployment-Management.
@@planningTitle
Planung neuer oder geänderter Services
@@planning
1. **Anforderungen bestätigen.** Die im Zyklus der Serviceplanung dokumentierten Serviceanforderungen
   werden herangezogen und mit den betroffenen Kunden und dem Serviceverantwortlichen bestätigt.
2. **Überführungsplan erstellen.** ${transition.owner.de.Der} ${transition.owner.title} <#if transition.owner.de.plural?has_content>erstellen<#else>erstellt</#if> einen Plan, der Folgendes festlegt:
   - die Tätigkeiten mit den jeweils verantwortlichen Rollen und den Zeitrahmen;
   - die benötigten personellen, technischen und finanziellen Ressourcen sowie die Ressourcen von
     Lieferanten;
   - die Risiken für die Services und für die Kunden und deren Behandlung;
   - die Abhängigkeiten von anderen Services, Änderungen und Lieferanten;
   - die erforderlichen Tests und die Abnahmekriterien;
   - die erwarteten Ergebnisse des Service in messbarer Form;
   - die erforderlichen Änderungen am SMS: Prozesse, Dokumente, SLAs, Katalog und Lieferantenverträge.
3. **Plan genehmigen.** ${sms.topManagement.de.Der} ${sms.topManagement.title} <#if sms.topManagement.de.plural?has_content>genehmigen<#else>genehmigt</#if> den Plan, nachdem das CAB die Risiken für
   die bestehenden Services überprüft hat.
@@removalAndTransfer
Für die **Entfernung** eines Service legt der Plan zusätzlich fest: das Datum der Entfernung, die
Vorankündigung an die Kunden, wie Kundendaten zurückgegeben oder vernichtet werden, wie CIs und Assets
außer Betrieb genommen und entsorgt werden, welche Verträge beendet werden und zu welchem Datum der Service
aus dem Katalog entfernt wird. Für die **Übertragung** eines Service legt er zusätzlich fest, was übergeben
wird (Daten, CIs, Dokumentation, Wissen, Verträge), das Übergabedatum, die Verantwortlichkeiten jeder
Partei während der Übertragung und wie die Kontinuität des Service gewahrt bleibt.
@@designTitle
Design
@@design
Der Serviceverantwortliche und die technisch Verantwortlichen erstellen ein Servicedesign, das die Anforderungen
und die Abnahmekriterien erfüllt. Es umfasst:

- die Servicekomponenten und CIs sowie ihre Beziehungen;
- die Änderungen am SLA und am Eintrag im <@sms.link "service-catalogue"/>;
- die benötigte Kapazität, bestätigt durch ${capacity.owner.de.den} ${capacity.owner.title};
- die Informationssicherheitsmaßnahmen, bestätigt durch ${security.owner.de.den} ${security.owner.title};
- die Regelungen zu Servicekontinuität und Verfügbarkeit, bestätigt durch ${continuity.owner.de.den} ${continuity.owner.title};
- die Verträge und internen Vereinbarungen mit Lieferanten;
- das Personal, die Kompetenzen und die Schulungen, die für Betrieb und Unterstützung des Service
  benötigt werden;
- das Budget und die Kostenkalkulation des Service;
- die Änderungen an den Prozessen, Verfahren und Tools des SMS;
- das Wissen und die Dokumentation, die an den Service Desk und die Supportteams übergeben werden.

Das Design wird vor Beginn des Aufbaus vom CAB überprüft und vom Serviceverantwortlichen genehmigt. Kann das Design
eine Anforderung nicht erfüllen, wird die Abweichung mit dem Kunden vereinbart und aufgezeichnet.
@@buildTitle
Aufbau und Überführung
@@build
1. **Aufbauen.** Die Servicekomponenten werden gemäß dem Design aufgebaut; neue CIs werden mit dem Status „im Aufbau“
   in ${t.theConfigurationInformation} eingetragen.
2. **Testen.** Der Service wird anhand der Abnahmekriterien getestet: Funktionstests, Betriebstests
   (Überwachung, Backup, Failover), Performancetests und Sicherheitstests.
3. **Abnehmen.** Es wird bestätigt, dass jedes Abnahmekriterium der nachstehenden Tabelle erfüllt ist.
   Der Kunde und der Serviceverantwortliche unterzeichnen die Abnahme. Ein nicht erfülltes Kriterium bedarf für die
   Inbetriebnahme der Genehmigung durch ${sms.topManagement.de.den} ${sms.topManagement.title} sowie einer terminierten Maßnahme
   zu seiner Erfüllung.
4. **Überführen.** Der Service wird über das Release- und Deployment-Management in die Produktivumgebung
   überführt. Servicekatalog, SLA und ${t.theConfigurationInformation} werden am Tag der Inbetriebnahme
   aktualisiert.
5. **Nachbetreuung sicherstellen.** Die Nachbetreuung nach der Inbetriebnahme (Early Life Support) erfolgt
   wie unten beschrieben.
6. **Berichten.** Innerhalb von 20 Arbeitstagen nach der Inbetriebnahme <#if transition.owner.de.plural?has_content>berichten<#else>berichtet</#if>
   ${transition.owner.de.der} ${transition.owner.title} an ${sms.topManagement.de.den} ${sms.topManagement.title} über das Ergebnis im
   Vergleich zu den im Plan erwarteten Ergebnissen und <#if transition.owner.de.plural?has_content>zeichnen<#else>zeichnet</#if> die gewonnenen Erkenntnisse auf. Bei einer Entfernung bestätigt der Bericht, dass Daten,
   CIs, Assets und Verträge wie geplant behandelt wurden.
@@acceptanceCriteria
| Abnahmekriterium | Nachweis |
|---|---|
| Der Service funktioniert wie spezifiziert | Unterzeichnete Testergebnisse |
| Die Service-Level-Ziele können eingehalten werden | Überwachung und Berichterstattung eingerichtet und getestet |
| Kapazität für den prognostizierten Bedarf ist vorhanden | Bestätigung im Kapazitätsplan |
| Sicherheitsmaßnahmen sind umgesetzt | Sicherheitsprüfung abgezeichnet |
| Kontinuitätsregelungen funktionieren | Ergebnisse des Wiederherstellungstests |
| Der Support ist bereit | Service Desk eingewiesen; Wissensartikel veröffentlicht; Supportpersonal geschult |
| Vereinbarungen liegen vor | SLA unterzeichnet; Lieferantenverträge oder interne Vereinbarungen unterzeichnet |
| Informationen sind aktuell | CIs erfasst; Katalogeintrag vorbereitet |

Die Abnahmekriterien eines bestimmten Service werden in seinem Überführungsplan festgelegt; sie können
diese Liste ergänzen, aber nicht kürzen.
