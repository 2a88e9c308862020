<#-- Die Texte des Kapazitätsplans (deutsch); die Struktur steht in capacity-plan.md.ftl.
     Die Aufgaben werden als reiner Text verwendet und erst bei der Ausgabe maskiert, daher wird ein Wert darin als ${x?no_esc} geschrieben. -->
@@purposeTitle
Zweck
@@purpose
Dieser Plan legt fest, welche Kapazität ${org.name} als ${t.provider} benötigt, um die vereinbarten
Service-Levels der Services heute und in den nächsten zwölf Monaten zu erfüllen: die aktuelle und die
prognostizierte Nachfrage, die erforderliche Kapazität und den Zeitpunkt, zu dem sie benötigt wird, die
Schwellenwerte, bei denen Maßnahmen eingeleitet werden, die erwarteten Auswirkungen von Änderungen und
neuen Technologien sowie die geplanten Maßnahmen. Der Prozess Kapazitätsmanagement, der den Plan pflegt,
ist im <@sms.link "service-delivery-processes"/> beschrieben.
@@scopeTitle
Geltungsbereich
@@scope
Der Plan umfasst die personellen, technischen, informationsbezogenen und finanziellen Ressourcen hinter
jedem Service im <@sms.link "service-catalogue"/>: Rechenleistung, Speicher, Netzwerk, Lizenzen,
Lieferantenkapazität und das Personal, das die Services unterstützt.
@@rolesTitle
Rollen und Verantwortlichkeiten
@@ownerDuties
Verantwortet diesen Plan.
@@capacityOwnerDuties
Überwacht die Auslastung; führt die vorausschauende Analyse durch; schlägt Kapazitätsmaßnahmen vor.
@@demandOwnerDuties
Liefert vierteljährlich die Nachfrageprognose für jeden Service.
@@approverDuties
Genehmigt diesen Plan.
@@topManagementDuties
Genehmigt das Budget für die im Plan enthaltenen Kapazitätsmaßnahmen.
@@requirementsTitle
Kapazitätsanforderungen der Services
@@headroomRule
Jeder Service hält eine Reserve oberhalb seiner prognostizierten Spitzennachfrage vor, die sich nach seiner
Kritikalität richtet: ${serviceLevels.high.headroom} % bei hoher, ${serviceLevels.medium.headroom} % bei mittlerer und ${serviceLevels.low.headroom} % bei niedriger Kritikalität. Die Reserve
deckt Nachfragespitzen und die Vorlaufzeit für die Erweiterung der Kapazität ab.
@@requirementsHeader
| Service | Kritikalität | Servicezeiten | Ressourcen von Lieferanten und internen Gruppen | Reserve oberhalb der prognostizierten Spitze |
|---|---|---|---|---|
@@ownResourcesOnly
nur eigene Ressourcen
@@headroom percent
${percent} %
@@noServices
Es sind noch keine Services erfasst. Jeder Service wird vor seiner Inbetriebnahme in diese Tabelle
aufgenommen.
@@demandForecastTitle
Aktuelle und prognostizierte Nachfrage
@@demandForecast
Die aktuelle Auslastung jeder wesentlichen Ressource wird monatlich ${capacity.fromTool}
entnommen. Die prognostizierte Nachfrage für die nächsten zwölf Monate ergibt sich aus:

- den Planungen der Kunden, die das Business-Relationship-Management in den Service-Reviews erhebt;
- der Entwicklung der Arbeitslast des Service selbst, die ${capacity.owner.de.der} ${capacity.owner.title} ${capacity.owner.de.plural?has_content?then("fortschreiben", "fortschreibt")};
- neuen oder geänderten Services und genehmigten Änderungen im Änderungskalender;
- dem Servicemanagementplan und dem Jahresbudget.

${demand.owner.de.Der} ${demand.owner.title} ${demand.owner.de.plural?has_content?then("aktualisieren", "aktualisiert")} die Prognose vierteljährlich; eine Abweichung von mehr als 15 %
gegenüber der vorherigen Prognose löst eine Überprüfung dieses Plans aus.
@@thresholdsTitle
Schwellenwerte
@@thresholds
Kapazität und Leistung werden fortlaufend überwacht. Sofern für eine Ressource in der
Überwachungskonfiguration kein eigener Schwellenwert festgelegt ist, gelten die folgenden Werte:
@@changesTitle
Auswirkungen von Änderungen und neuen Technologien
@@changes
Jeder Änderungsantrag wird vor seiner Genehmigung auf seine Auswirkungen auf die Kapazität bewertet. Neue
oder geänderte Services werden erst in den Betrieb übernommen, wenn ${capacity.owner.de.der} ${capacity.owner.title} bestätigt
${capacity.owner.de.plural?has_content?then("haben", "hat")}, dass die erforderliche Kapazität bereitsteht (<@sms.link "design-build-transition"/>). Einmal jährlich,
vor dem Budgetzyklus, ${capacity.owner.de.plural?has_content?then("prüfen", "prüft")} ${capacity.owner.de.der} ${capacity.owner.title} neue Technologien und Lieferantenangebote, die die
prognostizierte Nachfrage mit geringeren Kosten oder Risiken decken könnten, und hält das Ergebnis in diesem
Plan fest.
@@analysisTitle
Vorausschauende Analyse
@@analysis
Monatlich wird die Auslastungsentwicklung jeder wesentlichen Ressource über die nächsten zwölf Monate
fortgeschrieben, um zu ermitteln, wann sie den Schwellenwert für Maßnahmen überschreiten wird. Für einen
neuen Service, eine größere Änderung oder eine erhebliche Veränderung der prognostizierten Nachfrage wird
der Kapazitätsbedarf anhand von Lasttests oder Dimensionierungsangaben der Lieferanten modelliert. Der
Zeitpunkt, zu dem ein Schwellenwert überschritten wird, wird mit der Vorlaufzeit für die
Kapazitätserweiterung verglichen, und die Maßnahme wird rechtzeitig geplant.
@@actionsTitle
Geplante Maßnahmen
@@gapFound
Die Gap-Analyse hat ergeben, dass das Kapazitätsmanagement noch nicht vollständig umgesetzt ist
@@gapActionsIntro
Die folgenden Maßnahmen schließen diese Lücke:
@@gapActions
| Maßnahme | Verantwortlich | Fällig |
|---|---|---|
| Auslastungsüberwachung und Schwellenwerte für jeden Service mit hoher Kritikalität einrichten | ${capacity.owner.title} | Innerhalb von 3 Monaten nach Genehmigung dieses Plans |
| Erste Nachfrageprognose über zwölf Monate je Service erstellen | ${demand.owner.title} | Innerhalb von 3 Monaten nach Genehmigung dieses Plans |
| Erste vorausschauende Analyse durchführen und ihr Ergebnis hier festhalten | ${capacity.owner.title} | Innerhalb von 4 Monaten nach Genehmigung dieses Plans |
@@noShortfall
Zum Zeitpunkt dieser Ausgabe des Plans ist kein Kapazitätsengpass absehbar. Maßnahmen, die sich aus der
monatlichen Analyse oder der vierteljährlichen Überprüfung ergeben, werden hier mit Verantwortlichem,
Kosten und Vorlaufzeit ergänzt.
@@reviewTitle
Überprüfung des Plans
@@review
Der Plan wird vierteljährlich nach der Aktualisierung der Nachfrageprognose überprüft und mindestens einmal
jährlich vor dem Budgetzyklus neu herausgegeben. Er wird durch ${doc.approver.de.den} ${doc.approver.title} genehmigt.
