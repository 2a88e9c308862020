<#-- Die Texte des Zertifizierungsfahrplans (deutsch); die Struktur steht in certification-roadmap.md.ftl. cert: die angestrebte
     Zertifizierung (roadmap.certification). -->
@@purposeTitle
Zweck
@@purpose cert
Dieser Fahrplan legt die Schritte fest, mit denen ${org.name} die Zertifizierung des
Servicemanagementsystems (SMS) nach ${cert.standard} erlangt und aufrechterhält, jeweils mit dem Termin
jedes Schritts, sowie die Checkliste, die zeigt, ob das SMS für das Zertifizierungsaudit bereit ist. Die
Arbeiten, die zum Audit hinführen, sind im <@sms.link "implementation-plan"/> beschrieben.
@@howTitle
Ablauf der Zertifizierung
@@how cert
Die Zertifizierung wird von einer akkreditierten Zertifizierungsstelle erteilt<#if certification.body??>, hier ${certification.body}</#if>,
die nach ISO/IEC 17021-1 und ISO/IEC 20000-6 auditiert, den Anforderungen an Stellen, die
Servicemanagementsysteme zertifizieren. ISO/IEC 20000-6 stellt an ${org.name} keine Anforderungen über
${cert.standard} hinaus.

- **Erstaudit in zwei Stufen.** In Stufe 1 werden die Dokumente, der Anwendungsbereich und die
  Bereitschaft des SMS geprüft, insbesondere ob ein internes Audit und eine Managementbewertung
  stattgefunden haben. Außerdem wird Stufe 2 geplant. In Stufe 2 wird vor Ort sowie anhand von Interviews
  und Aufzeichnungen auditiert, ob das SMS umgesetzt und wirksam ist.
- **Dreijähriger Zyklus.** Der Zyklus beginnt mit der Zertifizierungsentscheidung. Überwachungsaudits
  finden im ersten und zweiten Jahr mindestens einmal jährlich statt, das erste innerhalb von 12 Monaten
  nach der Entscheidung; ein Rezertifizierungsaudit im dritten Jahr erneuert das Zertifikat vor seinem
  Ablauf. Eine wesentliche Änderung des SMS kann eine Stufe 1 im Rahmen der Rezertifizierung erforderlich
  machen, und die Zertifizierungsstelle kann kurzfristig angekündigte Audits durchführen.
@@transitionTitle cert
Umstellung auf ${cert.standard}
@@transitionIntro cert
Dieses SMS ist nach ${sms.standard} dokumentiert, nach dieser Ausgabe werden jedoch keine Zertifikate mehr
ausgestellt. Die Umstellung auf ${cert.standard} begann am ${cert.transitionStart}; seit dem
${cert.newCertificatesFrom} erfolgen alle Erst- und Rezertifizierungen nach der Ausgabe ${cert.edition}, und
Zertifikate nach der Ausgabe ${cert.smsEdition} verloren nach dem ${cert.oldCertificatesUntil} ihre Gültigkeit.
${org.name} wird daher nach ${cert.standard} zertifiziert: Jedes Audit im Zeitplan wird nach dieser Ausgabe
durchgeführt, ein Zertifizierungsaudit nach der Ausgabe ${cert.smsEdition} ist nicht vorgesehen.

Die Dokumente behalten den Aufbau und die Begriffe der Ausgabe ${cert.smsEdition}. Die Umstellung ergänzt, was
die Ausgabe ${cert.edition} darüber hinaus fordert, in vier Schritten:
@@gapStep cert
1. **Gap-Analyse nach der Ausgabe ${cert.edition}.** Die Gap-Analyse der Projektinitiierung
   (INIT-02<#if cert.gapAssessmentEnd??>, bis ${cert.gapAssessmentEnd}</#if>) bewertet das SMS auch nach den Abschnitten der Ausgabe ${cert.edition},
   sodass bekannt ist, was die Ausgabe ${cert.edition} ergänzt, bevor es geplant wird.
@@addedLead cert
2. **Zusätzliche Anforderungen der Ausgabe ${cert.edition}.**
@@addedPlanned
Der Einführungsplan sieht sie als
   Umstellungsarbeiten vor; sie sind im Anschluss an diese Schritte aufgeführt.
@@addedNone
Die Gap-Analyse hat keine ergeben,
   die der Plan nicht bereits abdeckt.
@@laterSteps cert
3. **Geänderte Begriffe.** Die Ausgabe ${cert.edition} hat einige Begriffe umbenannt, zum Beispiel „Dienstleister“
   in „Organisation“ und „Lieferant“ in „externer Lieferant“. Das <@sms.link "glossary"/> ordnet jedem hier verwendeten
   Begriff seinen Begriff der Ausgabe ${cert.edition} zu, sodass die Dokumente unverändert nach der Ausgabe
   ${cert.edition} auditiert werden können.
4. **Zertifizierungsaudit nach der Ausgabe ${cert.edition}.** Stufe 1 und Stufe 2 auditieren das SMS nach
   ${cert.standard}; das Zertifikat, seine Überwachungsaudits und seine Rezertifizierung beziehen sich
   sämtlich auf diese Ausgabe.
@@activitiesHeader cert
| Umstellungsarbeit | Abschnitte ${cert.edition} | Beginn | Ende |
|---|---|---|---|
@@timelineTitle
Zeitplan
@@weeksNote
Es ist kein Starttermin erfasst; der Zeitplan wird daher in Wochen ab Beginn des Einführungsprojekts
dargestellt.
@@timelineIntro
Ein Schritt gilt nur dann als erledigt, wenn die Zertifizierungsangaben in den SMS-Stammdaten ihn mit dem Tag
seiner Durchführung erfassen; jeder andere Termin ist geplant: dort im Voraus erfasst oder nach der angegebenen
Regel berechnet.
@@timelineHeader
| Schritt | Termin | Stand | Festlegung des Termins |
|---|---|---|---|
@@stagesTitle
Stufe 1 und Stufe 2
@@stages
Für Stufe 1 <#if sms.manager.de.plural?has_content>stellen<#else>stellt</#if> ${sms.manager.de.der} ${sms.manager.title} ${certification.body!"der Zertifizierungsstelle"} die Erklärung zum Anwendungsbereich, die
Servicemanagementpolitik und den Servicemanagementplan, das Dokumentenverzeichnis sowie die Aufzeichnungen
des internen Audits und der Managementbewertung zur Verfügung. In Stufe 1 festgestellte Bedenken werden vor
Stufe 2 ausgeräumt; kann ein Punkt nicht rechtzeitig ausgeräumt werden, verschiebt sich der Termin von
Stufe 2. Für Stufe 2 stehen die Prozessverantwortlichen für Interviews zur Verfügung, und die
Aufzeichnungen jedes Prozesses liegen für Stichproben bereit.
@@nonconformitiesTitle
Nichtkonformitäten
@@gradesIntro
Jede Feststellung des Auditteams wird eingestuft:
@@gradesTable
| Einstufung | Bedeutung | Erforderliches Handeln von ${org.name} |
|---|---|---|
| Hauptabweichung | Eine Anforderung ist so wenig erfüllt, dass die Fähigkeit des SMS, die beabsichtigten Ergebnisse zu erzielen, in Frage steht, beispielsweise ein Prozess, der überhaupt nicht betrieben wird | Korrektur vornehmen, Ursache beseitigen und die Korrektur vor der Erteilung des Zertifikats von ${certification.body!"der Zertifizierungsstelle"} verifizieren lassen (durch einen weiteren Besuch oder anhand von Nachweisen) |
| Nebenabweichung | Eine Anforderung ist nicht vollständig erfüllt, das SMS erzielt jedoch weiterhin die beabsichtigten Ergebnisse | Vor der Entscheidung einen Maßnahmenplan vorlegen, den ${certification.body!"die Zertifizierungsstelle"} akzeptiert; die Maßnahme wird beim nächsten Audit verifiziert |
| Verbesserungspotenzial | Keine Nichtkonformität | Wird im Rahmen der fortlaufenden Verbesserung berücksichtigt |
@@nonconformitiesHandled
Jede Nichtkonformität wird wie jede interne Feststellung mit Korrektur, Ursache und Korrekturmaßnahme
aufgezeichnet und gemäß dem <@sms.link "nonconformity-and-corrective-action"/> behandelt.
@@decisionTitle
Zertifizierungsentscheidung, Überwachung und Rezertifizierung
@@decision
${(certification.body!"die Zertifizierungsstelle")?cap_first} entscheidet auf Grundlage des Berichts des Auditteams über die Zertifizierung, sobald die
Behebung der Hauptabweichungen verifiziert ist und die Maßnahmenpläne für die Nebenabweichungen akzeptiert
sind. Das Zertifikat nennt den Anwendungsbereich des SMS genau so, wie er in der Erklärung zum
Anwendungsbereich festgelegt ist. Überwachungsaudits prüfen das SMS jährlich in Stichproben und umfassen
stets internes Audit, Managementbewertung, Korrekturmaßnahmen, Beschwerden und die Verwendung des
Zertifikats. Das Rezertifizierungsaudit bewertet das gesamte SMS über den Zyklus hinweg und muss
einschließlich der Behebung seiner Nichtkonformitäten vor Ablauf des Zertifikats abgeschlossen sein.
@@readinessTitle
Checkliste zur Zertifizierungsreife
@@notReady openCount itemCount
${openCount} von ${itemCount} Punkten <#if openCount == 1>ist<#else>sind</#if> noch offen: Das SMS ist noch nicht bereit für das Audit der Stufe 1.
@@ready
Alle Punkte sind erfüllt: Das SMS ist bereit für das Audit der Stufe 1.
@@readinessHeader
| Punkt | Stand | Nachweis oder Lücke |
|---|---|---|
@@readinessNote
Die Checkliste folgt der Gap-Analyse und den Zertifizierungsangaben in den SMS-Stammdaten; sie wird mit
jeder Ausgabe des Dokumentensatzes aktualisiert.
