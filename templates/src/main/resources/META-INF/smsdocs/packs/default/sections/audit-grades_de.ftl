<#--
  Die Einstufungen einer Auditfeststellung (2018 9.2, 10.1; 2011 4.5.4.2, 4.5.5.1): was jede bedeutet und welche
  Reaktion vom Prozessverantwortlichen erwartet wird. Das Verfahren für interne Audits legt sie fest, und die
  Auditformulare bieten sie zur Auswahl an. Legt auditGrades fest: eine Liste von {grade, meaning, response}, und gradeTable, das sie ausgibt.
-->
<#assign auditGrades = [
  {"grade": "Hauptabweichung (schwerwiegende Nichtkonformität)", "meaning": "Eine Anforderung wird überhaupt nicht erfüllt, oder ein Versagen gefährdet die Fähigkeit des SMS, seine beabsichtigten Ergebnisse zu erzielen, zum Beispiel ein Prozess, der nicht betrieben wird, eine regelmäßig ohne Gegenmaßnahmen verfehlte Serviceverpflichtung oder mehrere geringfügige Nichtkonformitäten gegen dieselbe Anforderung.", "response": "Sofortiger Beginn der Korrektur; Ursachenanalyse und Plan für die Korrekturmaßnahme innerhalb von 10 Arbeitstagen; Abschluss der Maßnahme innerhalb von 30 Tagen oder bis zu einem vom " + sms.topManagement.title + " vereinbarten Termin."},
  {"grade": "Nebenabweichung (geringfügige Nichtkonformität)", "meaning": "Ein einzelnes Versäumnis oder eine teilweise Nichterfüllung einer Anforderung, die die beabsichtigten Ergebnisse des SMS nicht gefährdet.", "response": "Plan für die Korrekturmaßnahme innerhalb von 20 Arbeitstagen; Abschluss der Maßnahme innerhalb von 90 Tagen."},
  {"grade": "Beobachtung", "meaning": "Es wird noch keine Anforderung verletzt, aber eine Schwachstelle könnte ohne Gegenmaßnahmen zu einer Nichtkonformität führen.", "response": "Der Prozessverantwortliche entscheidet innerhalb von 30 Tagen über Maßnahmen und dokumentiert die Entscheidung."},
  {"grade": "Verbesserungspotenzial", "meaning": "Eine Vorgehensweise, die die Anforderungen erfüllt, könnte wirksamer oder effizienter gestaltet werden.", "response": "Aufnahme in das Verbesserungsregister und Bewertung nach dem Verfahren zur fortlaufenden Verbesserung."}
]>
<#macro gradeTable>
| Einstufung | Bedeutung | Erwartete Reaktion des Prozessverantwortlichen |
|---|---|---|
<#list auditGrades as g>
| ${g.grade} | ${g.meaning} | ${g.response} |
</#list>
</#macro>
