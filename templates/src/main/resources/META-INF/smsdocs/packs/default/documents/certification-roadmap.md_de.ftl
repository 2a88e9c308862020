<#assign body = certification.body!"die Zertifizierungsstelle">
<#-- The body in the dative ("der Zertifizierungsstelle") where German grammar needs it. -->
<#assign bodyDat = certification.body!"der Zertifizierungsstelle">
<#-- Die Ausgabe, nach der Zertifikate ausgestellt werden; bei einem SMS nach 2011 ist das 2018, erreicht durch eine Umstellung. -->
<#assign cert = roadmap.certification>
<@sms.section title="Zweck" key="purpose"/>

Dieser Fahrplan legt die Schritte fest, mit denen ${org.name} die Zertifizierung des
Servicemanagementsystems (SMS) nach ${cert.standard} erlangt und aufrechterhält, jeweils mit dem Termin
jedes Schritts, sowie die Checkliste, die zeigt, ob das SMS für das Zertifizierungsaudit bereit ist. Die
Arbeiten, die zum Audit hinführen, sind im <@sms.link "implementation-plan"/> beschrieben.

<@sms.section title="Ablauf der Zertifizierung" key="how-certification-works"/>

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

<#if cert.transition>
<@sms.section title="Umstellung auf ${cert.standard}" key="transition-to-iso/iec-20000-1:2018"/>

Dieses SMS ist nach ${sms.standard} dokumentiert, nach dieser Ausgabe werden jedoch keine Zertifikate mehr
ausgestellt. Die Umstellung auf ${cert.standard} begann am ${cert.transitionStart}; seit dem
${cert.newCertificatesFrom} erfolgen alle Erst- und Rezertifizierungen nach der Ausgabe ${cert.edition}, und
Zertifikate nach der Ausgabe ${cert.smsEdition} verloren nach dem ${cert.oldCertificatesUntil} ihre Gültigkeit.
${org.name} wird daher nach ${cert.standard} zertifiziert: Jedes Audit im Zeitplan wird nach dieser Ausgabe
durchgeführt, ein Zertifizierungsaudit nach der Ausgabe ${cert.smsEdition} ist nicht vorgesehen.

Die Dokumente behalten den Aufbau und die Begriffe der Ausgabe ${cert.smsEdition}. Die Umstellung ergänzt, was
die Ausgabe ${cert.edition} darüber hinaus fordert, in vier Schritten:

1. **Gap-Analyse nach der Ausgabe ${cert.edition}.** Die Gap-Analyse der Projektinitiierung
   (INIT-02<#if cert.gapAssessmentEnd??>, bis ${cert.gapAssessmentEnd}</#if>) bewertet das SMS auch nach den Abschnitten der Ausgabe ${cert.edition},
   sodass bekannt ist, was die Ausgabe ${cert.edition} ergänzt, bevor es geplant wird.
2. **Zusätzliche Anforderungen der Ausgabe ${cert.edition}.** <#if cert.activities?has_content>Der Einführungsplan sieht sie als
   Umstellungsarbeiten vor; sie sind im Anschluss an diese Schritte aufgeführt.<#else>Die Gap-Analyse hat keine ergeben,
   die der Plan nicht bereits abdeckt.</#if>
3. **Geänderte Begriffe.** Die Ausgabe ${cert.edition} hat einige Begriffe umbenannt, zum Beispiel „Dienstleister“
   in „Organisation“ und „Lieferant“ in „externer Lieferant“. <@sms.link "glossary"/> ordnet jedem hier verwendeten
   Begriff seinen Begriff der Ausgabe ${cert.edition} zu, sodass die Dokumente unverändert nach der Ausgabe
   ${cert.edition} auditiert werden können.
4. **Zertifizierungsaudit nach der Ausgabe ${cert.edition}.** Stufe 1 und Stufe 2 auditieren das SMS nach
   ${cert.standard}; das Zertifikat, seine Überwachungsaudits und seine Rezertifizierung beziehen sich
   sämtlich auf diese Ausgabe.
<#if cert.activities?has_content>

| Umstellungsarbeit | Abschnitte ${cert.edition} | Beginn | Ende |
|---|---|---|---|
<#list cert.activities as a>
| ${a.id} ${a.title} | ${a.clauses?join(", ")} | ${a.start} | ${a.end} |
</#list>
</#if>

</#if>
<@sms.section title="Zeitplan" key="timeline"/>

<#if !roadmap.dated>
Es ist kein Starttermin erfasst; der Zeitplan wird daher in Wochen ab Beginn des Einführungsprojekts
dargestellt.

</#if>
Ein Schritt gilt nur dann als erledigt, wenn die Zertifizierungsangaben in den SMS-Stammdaten ihn mit dem Tag
seiner Durchführung erfassen; jeder andere Termin ist geplant: dort im Voraus erfasst oder nach der angegebenen
Regel berechnet.

| Schritt | Termin | Stand | Festlegung des Termins |
|---|---|---|---|
<#list roadmap.steps as s>
| ${s.title} | ${s.date} | ${s.stateTitle} | ${s.basis} |
</#list>

<@sms.section title="Stufe 1 und Stufe 2" key="stage-1-and-stage-2"/>

Für Stufe 1 stellt der ${sms.manager.title} ${bodyDat} die Erklärung zum Anwendungsbereich, die
Servicemanagementpolitik und den Servicemanagementplan, das Dokumentenverzeichnis sowie die Aufzeichnungen
des internen Audits und der Managementbewertung zur Verfügung. In Stufe 1 festgestellte Bedenken werden vor
Stufe 2 ausgeräumt; kann ein Punkt nicht rechtzeitig ausgeräumt werden, verschiebt sich der Termin von
Stufe 2. Für Stufe 2 stehen die Prozessverantwortlichen für Interviews zur Verfügung, und die
Aufzeichnungen jedes Prozesses liegen für Stichproben bereit.

<@sms.section title="Nichtkonformitäten" clauses=["10.1"] clauses2011=["4.5.5.1"]/>

Jede Feststellung des Auditteams wird eingestuft:

| Einstufung | Bedeutung | Erforderliches Handeln von ${org.name} |
|---|---|---|
| Schwerwiegende Nichtkonformität | Eine Anforderung ist so wenig erfüllt, dass die Fähigkeit des SMS, die beabsichtigten Ergebnisse zu erzielen, in Frage steht, beispielsweise ein Prozess, der überhaupt nicht betrieben wird | Korrektur vornehmen, Ursache beseitigen und die Korrektur vor der Erteilung des Zertifikats von ${bodyDat} verifizieren lassen (durch einen weiteren Besuch oder anhand von Nachweisen) |
| Geringfügige Nichtkonformität | Eine Anforderung ist nicht vollständig erfüllt, das SMS erzielt jedoch weiterhin die beabsichtigten Ergebnisse | Vor der Entscheidung einen Maßnahmenplan vorlegen, den ${body} akzeptiert; die Maßnahme wird beim nächsten Audit verifiziert |
| Verbesserungspotenzial | Keine Nichtkonformität | Wird im Rahmen der fortlaufenden Verbesserung berücksichtigt |

Jede Nichtkonformität wird wie jede interne Feststellung mit Korrektur, Ursache und Korrekturmaßnahme
aufgezeichnet und gemäß <@sms.link "nonconformity-and-corrective-action"/> behandelt.

<@sms.section title="Zertifizierungsentscheidung, Überwachung und Rezertifizierung" key="certification-decision,-surveillance-and-recertification"/>

${body?cap_first} entscheidet auf Grundlage des Berichts des Auditteams über die Zertifizierung, sobald die
Behebung der schwerwiegenden Nichtkonformitäten verifiziert ist und die Maßnahmenpläne für die geringfügigen Nichtkonformitäten akzeptiert
sind. Das Zertifikat nennt den Anwendungsbereich des SMS genau so, wie er in der Erklärung zum
Anwendungsbereich festgelegt ist. Überwachungsaudits prüfen das SMS jährlich in Stichproben und umfassen
stets internes Audit, Managementbewertung, Korrekturmaßnahmen, Beschwerden und die Verwendung des
Zertifikats. Das Rezertifizierungsaudit bewertet das gesamte SMS über den Zyklus hinweg und muss
einschließlich der Behebung seiner Nichtkonformitäten vor Ablauf des Zertifikats abgeschlossen sein.

<@sms.section title="Checkliste zur Zertifizierungsreife" clauses=["9.2", "9.3"] clauses2011=["4.5.4.2", "4.5.4.3"]/>

<#if !roadmap.ready>
${roadmap.openCount} von ${roadmap.readiness?size} Punkten <#if roadmap.openCount == 1>ist<#else>sind</#if> noch offen: Das SMS ist noch nicht bereit für das Audit der Stufe 1.
<#else>
Alle Punkte sind erfüllt: Das SMS ist bereit für das Audit der Stufe 1.
</#if>

| Punkt | Stand | Nachweis oder Lücke |
|---|---|---|
<#list roadmap.readiness as i>
| ${i.title} | ${i.stateTitle} | ${i.detail} |
</#list>

Die Checkliste folgt der Gap-Analyse und den Zertifizierungsangaben in den SMS-Stammdaten; sie wird mit
jeder Ausgabe des Dokumentensatzes aktualisiert.
