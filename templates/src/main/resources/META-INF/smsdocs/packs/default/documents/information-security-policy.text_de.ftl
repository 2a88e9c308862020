<#-- Die Texte der Informationssicherheitspolitik (deutsch); die Struktur steht in information-security-policy.md.ftl. Aufgaben sind reiner Text, der erst in der Tabelle maskiert wird. -->
@@purposeTitle
Zweck
@@purpose
Diese Politik legt fest, wie ${org.name} die Informationen schützt, die die Organisation für sich selbst
und für ihre Kunden verarbeitet, und was die oberste Leitung von allen erwartet, die mit diesen
Informationen arbeiten. Sie bildet die Grundlage der Informationssicherheitsmaßnahmen und -verfahren,
die im Dokument <@sms.link "service-assurance"/> beschrieben sind.
@@commitmentTitle
Grundsatzerklärung und Verpflichtung der Leitung
@@commitment
Informationen stehen im Mittelpunkt der Services, die ${org.name} erbringt. ${voice.infosecTrust} Der Schutz dieser Informationen ist Bestandteil der
Serviceerbringung und keine Zusatzleistung.

Die oberste Leitung verpflichtet sich,

- die Vertraulichkeit, Integrität und Verfügbarkeit von Informationen entsprechend den Risiken für diese
  Informationen und den Anforderungen der Kunden, der Gesetze und unserer Verträge zu schützen;
- Informationssicherheitsziele festzulegen, den Fortschritt bei ihrer Erreichung zu messen und sie in der
  Managementbewertung zu überprüfen;
- das Personal, die Kompetenzen, die Tools und das Budget bereitzustellen, die zur Erfüllung dieser
  Politik erforderlich sind;
- die Verantwortung für Informationssicherheit eindeutig zuzuweisen und einen namentlich benannten
  Informationssicherheitsbeauftragten zu bestellen;
- Risiken für Informationen strukturiert zu behandeln und Restrisiken nur auf den in dieser Politik
  festgelegten Befugnisebenen zu akzeptieren;
- sicherzustellen, dass Lieferanten, die unsere Informationen oder die unserer Kunden verarbeiten, diese
  nach demselben Standard schützen;
- die Meldung von Vorfällen und Schwachstellen zu fördern und aus ihnen zu lernen, statt Schuld
  zuzuweisen;
- die Informationssicherheit als Teil des Servicemanagementsystems (SMS) fortlaufend zu verbessern.
@@scopeTitle
Geltungsbereich
@@scopeIntro
Diese Politik gilt für den gesamten Anwendungsbereich des SMS:
@@defaultScope
Die Services, die ${org.name} für die Kunden erbringt, sowie die Personen, Prozesse, Tools und Lieferanten, die sie erbringen.
@@scope
Sie umfasst alle Informationen, die für diese Services erstellt, empfangen, gespeichert oder verarbeitet
werden, in jeder Form (elektronisch, auf Papier oder mündlich), die Systeme und Standorte, an denen sie
vorgehalten werden, sowie alle Personen, die Zugang zu ihnen haben: Mitarbeitende, Auftragnehmer,
Zeitarbeitskräfte und Lieferanten.
@@servicesCovered
Erfasst sind die Services <@sms.names items=services/>.
@@noServices
Im Servicekatalog sind noch keine Services erfasst; jeder Service unterliegt dieser Politik ab dem
Zeitpunkt seines Designs.
@@objectivesTitle
Informationssicherheitsziele
@@objectivesIntro
Die oberste Leitung legt die folgenden Informationssicherheitsziele fest. Sie werden monatlich gemessen,
in den Serviceberichten dargestellt und bei jeder Managementbewertung überprüft, zusammen mit den
SMS-Zielen im Dokument <@sms.link "sms-plan"/>.
@@objectivesHeader
| Ziel | Kennzahl | Zielwert | Verantwortlich |
|---|---|---|---|
@@breachesObjective
Verlust oder Offenlegung von Kundeninformationen verhindern
@@patchingObjective
Systeme gegen bekannte Schwachstellen geschützt halten
@@accessObjective
Zugriff nur bei Bedarf gewähren
@@awarenessObjective
Sicherstellen, dass alle ihre Verantwortlichkeiten kennen
@@lessonsObjective
Aus Vorfällen lernen
@@principlesTitle
Grundsätze
@@principles
Drei Eigenschaften von Informationen werden geschützt:

- **Vertraulichkeit**: Informationen sind nur für Personen und Systeme einsehbar, die dazu berechtigt sind.
- **Integrität**: Informationen sind richtig und vollständig und werden nur auf autorisierte Weise
  geändert.
- **Verfügbarkeit**: Informationen und Services können genutzt werden, wenn berechtigte Benutzer sie
  benötigen, innerhalb der vereinbarten Servicezeiten und Zielwerte.

Bei ihrer Umsetzung folgt ${org.name} diesen Grundsätzen:

- **Kenntnis nur bei Bedarf und minimale Rechte.** Der Zugriff ist auf das beschränkt, was eine Rolle
  erfordert, und nicht mehr.
- **Sicherheit von Anfang an.** Sicherheitsanforderungen werden festgelegt, wenn ein
  Service oder eine Änderung entworfen wird, und nicht nachträglich ergänzt.
- **Mehrstufige Sicherheitsmaßnahmen.** Wichtige Informationen werden nie durch eine einzelne Maßnahme allein
  geschützt.
- **Verantwortlichkeit.** Jeder Informationswert und jede Maßnahme hat einen namentlich benannten
  Verantwortlichen, und Aktionen auf Systemen lassen sich auf die ausführende Person zurückführen.
- **Verhältnismäßigkeit.** Die Maßnahmen entsprechen dem Wert der Informationen und dem Risiko, dem sie
  ausgesetzt sind.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@approverDuties
Genehmigt diese Politik.
@@topDuties
Genehmigt die Informationssicherheitsziele; stellt Ressourcen bereit; akzeptiert hohe Restrisiken; entscheidet über Sanktionen bei schwerwiegenden Verstößen.
@@ownerDuties
Verantwortet diese Politik.
@@securityOwnerDuties titled
<#if titled>Verantwortet<#else>Handelt als Informationssicherheitsbeauftragter: verantwortet</#if> den Informationssicherheitsmanagementprozess; pflegt die Risikobeurteilung und das Maßnahmenregister; leitet die Reaktion auf Informationssicherheitsvorfälle; berät Mitarbeitende und Leitung; berichtet an die Managementbewertung.
@@managerDuties
Integriert die Informationssicherheit in das SMS; führt Sensibilisierungsschulungen durch; bezieht die Informationssicherheit in interne Audits ein.
@@supplierManagerDuties
Stellt sicher, dass Lieferantenverträge Sicherheitsverpflichtungen enthalten; überprüft jährlich die Informationssicherheit der Lieferanten.
@@changeOwnerDuties
Stellt sicher, dass jeder Änderungsantrag (RFC) vor der Genehmigung auf seine Auswirkungen auf die Informationssicherheit bewertet wird.
@@assetOwnerDuties
Hält das Inventar der Informationswerte und ihrer Verantwortlichen aktuell.
@@everyone
Jeder Serviceverantwortliche ist für die Sicherheit der von seinem Service verarbeiteten Informationen
verantwortlich und genehmigt die zugehörigen Zugriffsrechte. Jede Führungskraft stellt sicher, dass ihre
Mitarbeitenden die Sicherheitsschulung absolviert haben und dass Zugriffe entzogen werden, wenn Personen
ausscheiden oder ihre Rolle wechseln. Alle, die für oder mit ${org.name} arbeiten, müssen diese Politik
befolgen und Vorfälle und Schwachstellen unverzüglich melden.
@@riskTitle
Risikobasierter Ansatz
@@risk
Informationssicherheit wird risikobasiert gesteuert. ${security.owner.de.Der} ${security.owner.title} ${security.owner.de.plural?has_content?then("leiten", "leitet")} mindestens einmal
jährlich, vor der Überführung jedes neuen oder geänderten Service und nach jedem kritischen
Informationssicherheitsvorfall eine Informationssicherheits-Risikobeurteilung. Risiken werden wie jedes
andere Risiko des SMS nach den Kriterien und der Risikomatrix des Dokuments <@sms.link "risk-register"/>
eingestuft und dort erfasst; ein Restrisiko darf nur von der Rolle akzeptiert werden, die das Register für
seine Risikostufe benennt.

Die Maßnahmen werden zur Behandlung der festgestellten Risiken ausgewählt, zusammen mit den behandelten
Risiken im Maßnahmenregister erfasst und mindestens halbjährlich überprüft. ${org.name} nutzt ISO/IEC 27001
und ISO/IEC 27002 als Referenz für bewährte Praxis bei der Auswahl von Maßnahmen. Die Methode ist im
Dokument <@sms.link "service-assurance"/> beschrieben.
@@acceptableUseTitle
Zulässige Nutzung
@@acceptableUse
- Systeme der Organisation und der Kunden werden für dienstliche Zwecke genutzt. Eine begrenzte private
  Nutzung von Geräten der Organisation ist zulässig, sofern sie weder die Arbeit noch die Sicherheit oder
  den Ruf von ${org.name} beeinträchtigt.
- Kundeninformationen werden nur für den vom Kunden beauftragten Service verwendet und niemals auf private
  Geräte, in private E-Mail-Konten oder in nicht genehmigte Cloud-Speicher kopiert.
- Auf Geräten der Organisation wird nur Software installiert, die durch ${asset.owner.de.den} ${asset.owner.title} genehmigt ist.
- Geräte werden gesperrt, wenn sie unbeaufsichtigt sind, und Unterlagen mit vertraulichen Informationen
  werden nicht auf Schreibtischen oder Druckern liegen gelassen.
- Verdächtige E-Mails werden gemeldet und weder geöffnet noch weitergeleitet.
- Mitarbeitende, die außerhalb des Büros arbeiten, nutzen das VPN der Organisation und lassen andere
  ihre Geräte weder einsehen noch benutzen.
@@accessControlTitle
Zugriffssteuerung
@@accessControl
- Zugriff auf Systeme und Informationen wird nur auf einen genehmigten Antrag hin gewährt, der
  ${governance.inTool["service-request-management"]} erfasst ist, und mit Zustimmung des Verantwortlichen der
  Informationen.
- Jeder Benutzer hat ein persönliches Konto; gemeinsam genutzte Konten werden nicht verwendet, mit
  Ausnahme dokumentierter technischer Konten mit einem namentlich benannten Verantwortlichen.
- Privilegierter Zugriff, Fernzugriff und Zugriff auf Kundenumgebungen erfordern eine
  Mehrfaktor-Authentifizierung.
- Passwörter entsprechen dem durch ${security.owner.de.den} ${security.owner.title} herausgegebenen Passwortstandard: mindestens
  14 Zeichen, keine Wiederverwendung und Speicherung ausschließlich im genehmigten Passwortmanager.
- Zugriffsrechte werden vierteljährlich von den Verantwortlichen der Systeme überprüft, privilegierte
  Rechte monatlich durch ${security.owner.de.den} ${security.owner.title}.
- Zugriffe werden am letzten Arbeitstag ausscheidender Mitarbeitender entzogen und bei einem
  Rollenwechsel innerhalb von fünf Arbeitstagen angepasst.
@@suppliersTitle
Informationssicherheit bei Lieferanten
@@supplierSecurity
Lieferanten, die Informationen verarbeiten oder die Sicherheit der Services beeinflussen können, werden
vor Erhalt jeglichen Zugriffs schriftlich zu Sicherheitsmaßnahmen verpflichtet. Verträge und
Vereinbarungen legen fest: die erwarteten Sicherheitsmaßnahmen, die Pflicht, Informationssicherheitsvorfälle
innerhalb von 24 Stunden an ${org.name} zu melden, das Recht auf Audit oder auf unabhängige Nachweise, die
Bedingungen für die Vergabe von Unteraufträgen sowie die Rückgabe oder Vernichtung der Informationen bei
Vertragsende. ${supplierManagement.owner.de.Der} ${supplierManagement.owner.title} ${supplierManagement.owner.de.plural?has_content?then("überprüfen", "überprüft")} mindestens einmal jährlich, ob jeder Lieferant
diese Verpflichtungen einhält.
@@suppliersCovered
Zum Datum dieser Politik gilt dies für ${governance.suppliersNamed?join(" sowie für ")}.
@@noSuppliers
Derzeit tragen keine Lieferanten zu den Services bei; die oben genannten Verpflichtungen gelten für jeden
künftig beauftragten Lieferanten.
@@incidentsTitle
Meldung von Vorfällen
@@incidents
Jeder muss einen tatsächlichen oder vermuteten Informationssicherheitsvorfall oder eine Schwachstelle,
die zu einem solchen führen könnte, unverzüglich dem Service Desk melden, in jedem Fall innerhalb einer
Stunde nach der Feststellung. Beispiele sind ein verlorenes oder gestohlenes Gerät, eine an den falschen
Empfänger gesendete E-Mail, eine verdächtige Anmeldung, Schadsoftware oder die Aufforderung, eine
Sicherheitsmaßnahme zu umgehen. Meldungen in gutem Glauben führen niemals zu disziplinarischen Maßnahmen,
auch wenn die meldende Person den Fehler selbst verursacht hat.

Informationssicherheitsvorfälle werden ${governance.inTool["incident-management"]} erfasst, klassifiziert,
eingedämmt und untersucht, wie im Dokument <@sms.link "service-assurance"/> festgelegt. Kunden werden
innerhalb von 24 Stunden nach der Bestätigung über Vorfälle informiert, die ihre Informationen betreffen,
die Datenschutzaufsichtsbehörden innerhalb der gesetzlich vorgeschriebenen Frist.
@@legalTitle
Gesetzliche, behördliche und vertragliche Anforderungen
@@legal
${security.owner.de.Der} ${security.owner.title} ${security.owner.de.plural?has_content?then("führen", "führt")} ein Verzeichnis der gesetzlichen, behördlichen und vertraglichen Anforderungen
an die Informationssicherheit, einschließlich des Datenschutzrechts, des Computerstrafrechts
(§§ 202a ff., 303a f. StGB), der Sicherheitsklauseln in Kundenverträgen und Service-Level-Vereinbarungen sowie der
Lizenzbedingungen für Software. Das Verzeichnis wird jährlich überprüft sowie immer dann, wenn ein neuer
Kundenvertrag oder ein neuer Service vereinbart wird.
@@awarenessTitle
Bewusstsein und Kommunikation
@@awareness
Diese Politik wird allen Mitarbeitenden und Auftragnehmern bei der Einarbeitung ausgehändigt; die
Kenntnisnahme wird schriftlich bestätigt. Die Schulung zur Sensibilisierung für Informationssicherheit
wird von neuen Mitarbeitenden innerhalb ihres ersten Monats und von allen jährlich absolviert. Die
Politik wird im Intranet veröffentlicht, Lieferanten zusammen mit ihren Sicherheitsverpflichtungen
übergeben und Kunden auf Anfrage zur Verfügung gestellt.
@@complianceTitle
Einhaltung und Sanktionen
@@compliance
Die Einhaltung dieser Politik wird durch interne Audits (<@sms.link "internal-audit"/>),
Überprüfungen der Maßnahmen, Zugriffsüberprüfungen und die Überwachung der Systeme geprüft. Ein
vorsätzlicher oder fahrlässiger Verstoß gegen die Politik durch Mitarbeitende wird nach dem
Disziplinarverfahren behandelt und kann zur Kündigung führen; ein Verstoß durch einen Auftragnehmer oder
Lieferanten kann zur Beendigung des Vertrags führen. Stellt ein Verstoß zugleich eine Straftat dar, kann
${org.name} die Behörden informieren.

Ausnahmen von dieser Politik sind schriftlich zu beantragen, durch einen geschäftlichen Bedarf zu
begründen, durch ${security.owner.de.den} ${security.owner.title} hinsichtlich ihres Risikos zu bewerten, auf der für das resultierende
Risiko festgelegten Ebene zu genehmigen und mindestens halbjährlich zu überprüfen.
@@reviewTitle
Überprüfung dieser Politik
@@review
${doc.owner.de.Der} ${doc.owner.title} ${doc.owner.de.plural?has_content?then("überprüfen", "überprüft")} diese Politik mindestens alle ${sms.documentControl.reviewIntervalMonths}
Monate, vor einer Managementbewertung, nach jeder wesentlichen Änderung der Services, der Organisation,
der Risiken, der Gesetzeslage oder der Kundenanforderungen sowie nach einem kritischen
Informationssicherheitsvorfall. Änderungen werden durch ${doc.approver.de.den} ${doc.approver.title} genehmigt und wie oben
beschrieben bekannt gemacht.
@@approvalTitle
Genehmigung
@@approval
Diese Politik wird durch ${doc.approver.de.den} ${doc.approver.title} genehmigt und tritt zu dem in der Tabelle der
Dokumentenlenkung angegebenen Datum in Kraft.
@@approvalHeader
| Genehmigt durch | Im Namen von | Datum |
|---|---|---|
@@onBehalfOf ofTopManagement
<#if ofTopManagement>Oberste Leitung von </#if>${org.name}
