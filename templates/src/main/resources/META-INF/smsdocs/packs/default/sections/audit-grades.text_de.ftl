<#-- Die Texte der Einstufungen von Auditfeststellungen (deutsch); die Struktur steht in audit-grades.ftl. Die Einstufungen werden als reiner Text verwendet und erst bei der Ausgabe maskiert, daher wird ein Wert darin als ${x?no_esc} geschrieben. -->
@@majorGrade
Hauptabweichung
@@majorMeaning
Eine Anforderung wird überhaupt nicht erfüllt, oder ein Versagen gefährdet die Fähigkeit des SMS, seine beabsichtigten Ergebnisse zu erzielen, zum Beispiel ein Prozess, der nicht betrieben wird, eine regelmäßig ohne Gegenmaßnahmen verfehlte Serviceverpflichtung oder mehrere Nebenabweichungen zu derselben Anforderung.
@@majorResponse
Sofortiger Beginn der Korrektur; Ursachenanalyse und Plan für die Korrekturmaßnahme innerhalb von 10 Arbeitstagen; Abschluss der Maßnahme innerhalb von 30 Tagen oder bis zu einem durch ${sms.topManagement.de.den?no_esc} ${sms.topManagement.title?no_esc} vereinbarten Termin.
@@minorGrade
Nebenabweichung
@@minorMeaning
Ein einzelnes Versäumnis oder eine teilweise Nichterfüllung einer Anforderung, die die beabsichtigten Ergebnisse des SMS nicht gefährdet.
@@minorResponse
Plan für die Korrekturmaßnahme innerhalb von 20 Arbeitstagen; Abschluss der Maßnahme innerhalb von 90 Tagen.
@@observationGrade
Beobachtung
@@observationMeaning
Es wird noch keine Anforderung verletzt, aber eine Schwachstelle könnte ohne Gegenmaßnahmen zu einer Nichtkonformität führen.
@@observationResponse
Der Prozessverantwortliche entscheidet innerhalb von 30 Tagen über Maßnahmen und dokumentiert die Entscheidung.
@@improvementGrade
Verbesserungspotenzial
@@improvementMeaning
Eine Vorgehensweise, die die Anforderungen erfüllt, könnte wirksamer oder effizienter gestaltet werden.
@@improvementResponse
Aufnahme in das Verbesserungsregister und Bewertung nach dem Verfahren zur fortlaufenden Verbesserung.
@@gradeTableHeader
| Einstufung | Bedeutung | Erwartete Reaktion des Prozessverantwortlichen |
|---|---|---|
