<#-- Die Texte des Abschnitts Kapazitätsmanagement (deutsch); die Struktur steht in capacity-management.ftl. -->
@@title
Kapazitätsmanagement
@@planTitle
Kapazitätsplan
@@planIntroLinked
${capacity.owner.de.Der} ${capacity.owner.title} <#if capacity.owner.de.plural?has_content>führen<#else>führt</#if> den <@sms.link "capacity-plan"/>, der alle Services des Katalogs
abdeckt. Der Plan enthält:
@@planIntro
${capacity.owner.de.Der} ${capacity.owner.title} <#if capacity.owner.de.plural?has_content>führen<#else>führt</#if> einen Kapazitätsplan, der alle Services des Katalogs abdeckt. Der Plan enthält:
@@planContents
- die aktuelle Kapazität und Auslastung der Ressourcen hinter jedem Service (Rechenleistung, Speicher,
  Netzwerk, Lizenzen und Personal);
- den prognostizierten Bedarf für die nächsten zwölf Monate aus dem Nachfragemanagement;
- die Kapazität, die zur Einhaltung der Service-Level-Ziele beim prognostizierten Bedarf erforderlich ist,
  und den Zeitpunkt, zu dem sie benötigt wird;
- die Schwellenwerte, bei deren Erreichen Maßnahmen ergriffen werden;
- die erwarteten Auswirkungen genehmigter und geplanter Änderungen, neuer Services und neuer Technologien
  auf die Kapazität;
- die geplanten Maßnahmen zur Erweiterung, Verringerung oder Umverteilung von Kapazität mit ihren Kosten
  und Vorlaufzeiten;
- die Annahmen und Risiken, auf denen der Plan beruht.
@@planReview
Der Plan wird vierteljährlich nach der Aktualisierung der Bedarfsprognose überprüft und mindestens einmal
jährlich vor dem Budgetzyklus neu herausgegeben.
@@monitoringTitle
Überwachung und Schwellenwerte
@@monitoring
Kapazität und Leistung werden fortlaufend überwacht; dafür wird ${sms.toolOf("capacity-management")}
verwendet. Sofern der Kapazitätsplan für eine Ressource keinen abweichenden Schwellenwert festlegt,
gelten die folgenden:
@@capacityReport
Ein monatlicher Kapazitätsbericht zeigt die Auslastung im Vergleich zu den Schwellenwerten, die Trends und
die ergriffenen Maßnahmen; er fließt in die Serviceberichte und in die vierteljährliche Überprüfung des
Plans ein.
@@predictiveTitle
Vorausschauende Analyse
@@predictiveSteps
1. **Trend.** Monatlich wird der Auslastungstrend jeder wesentlichen Ressource über die nächsten zwölf
   Monate fortgeschrieben und festgehalten, wann er den Eingriffsschwellenwert überschreiten wird.
2. **Modell.** Für einen neuen Service, eine größere Änderung oder eine deutliche Änderung der
   Bedarfsprognose wird die benötigte Kapazität modelliert, soweit verfügbar gestützt auf Lasttests oder
   Dimensionierungsangaben von Lieferanten.
3. **Vorlaufzeit.** Der Zeitpunkt, zu dem ein Schwellenwert überschritten wird, wird mit der Vorlaufzeit
   für eine Kapazitätserweiterung einschließlich der Liefer- und Beschaffungszeit verglichen; die
   Maßnahme wird rechtzeitig geplant.
4. **Aufzeichnen.** Die Analyse und ihr Ergebnis werden im Kapazitätsplan aufgezeichnet.
@@changeAndDesignTitle
Kapazität bei Änderungen und im Design
@@changeAndDesign
Jeder Änderungsantrag wird nach dem <@sms.link "design-build-transition"/> auf seine Auswirkungen auf die
Kapazität bewertet. Neue oder geänderte Services werden erst in den Produktivbetrieb übernommen, wenn ${capacity.owner.de.der}
${capacity.owner.title} bestätigt <#if capacity.owner.de.plural?has_content>haben<#else>hat</#if>, dass für ihren prognostizierten Bedarf ausreichend Kapazität
vorhanden ist.
