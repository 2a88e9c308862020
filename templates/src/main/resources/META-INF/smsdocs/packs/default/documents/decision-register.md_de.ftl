<@sms.section title="Zweck" clauses=["5.1", "7.5.2"] clauses2011=["4.1.1", "4.3.2"] key="purpose"/>

Dieses Register führt die Entscheidungen auf, die ${org.name} noch treffen muss, bevor die Dokumente des
Servicemanagementsystems (SMS) freigegeben werden können, sowie die Werte, die die Dokumente aus einer
festgelegten Regel statt aus einer ausdrücklichen Entscheidung übernehmen. Zu jeder offenen Entscheidung ist
die Rolle genannt, die sie treffen muss. Bis dahin kennzeichnet jedes davon abhängige Dokument die Stelle mit
der Nummer der Entscheidung, zum Beispiel „(offene Entscheidung D-01)“, damit kein Dokument eine Annahme als
vereinbarte Tatsache darstellt.

<@sms.section title="Vor der Freigabe zu treffende Entscheidungen" key="open-decisions"/>

<#if decisions.count gt 0>
| Nr. | Zu treffende Entscheidung | Bis zur Entscheidung steht in den Dokumenten | Entscheidet |
|---|---|---|---|
<#list decisions.open as d>
| ${d.id} | ${d.subject} | ${d.assumed} | ${d.deciderName} |
</#list>

Jede Entscheidung wird in den SMS-Stammdaten unter folgendem Eintrag erfasst:

<#list decisions.open as d>
- ${d.id}: `${d.key?no_esc}`
</#list>

<#else>
Keine Entscheidung ist offen: Jeder Wert in den Dokumenten wurde von ${org.name} festgelegt oder ergibt sich
aus einer der folgenden Regeln.

</#if>
<@sms.section title="Nach Regeln abgeleitete Werte" key="derived-values"/>

Wo ${org.name} einen Wert nicht ausdrücklich festgelegt hat, leiten die Dokumente ihn nach den folgenden Regeln
ab, damit dieselben Tatsachen stets zu denselben Zusagen führen:

- **Kritikalität eines Service:** hoch, wenn sein Verfügbarkeitsziel ${decisions.criticalityRule.highTarget} % oder
  mehr beträgt, wenn er rund um die Uhr mit einem Ziel von ${decisions.criticalityRule.roundTheClockTarget} % oder
  mehr läuft oder wenn ${decisions.criticalityRule.manyCustomers} oder mehr externe Kunden ihn mit
  ${decisions.criticalityRule.roundTheClockTarget} % oder mehr nutzen; niedrig, wenn sein Ziel unter
  ${decisions.criticalityRule.lowTarget} % liegt und er nicht rund um die Uhr läuft; sonst mittel.
- **Wiederherstellungsziele:** Wiederherstellungszeit und tolerierbarer Datenverlust folgen der Kritikalität
  des Service, wie in <@sms.link "service-continuity-plan"/> festgelegt, sofern ein Service keine eigenen hat.
- **Wartungsfenster:** Geplante Arbeiten an einem Service, der nicht rund um die Uhr läuft, finden außerhalb
  seiner Servicezeiten statt.

<#if decisions.derived?has_content>
Die Regeln ergeben derzeit folgende Werte, die die in den Dokumenten genannten Verantwortlichen bestätigen oder
ersetzen:

| Wert | Abgeleiteter Wert | Grundlage |
|---|---|---|
<#list decisions.derived as row>
| ${row.subject} | ${row.value} | ${row.basis} |
</#list>

<#else>
Für jeden Service sind Kritikalität und Wiederherstellungsziele ausdrücklich festgelegt; kein Wert wird nach
diesen Regeln abgeleitet.

</#if>
<@sms.section title="Entscheidungen treffen und erfassen" key="recording-decisions"/>

Bevor die SMS-Dokumente zur Freigabe vorgelegt werden, legt die Rolle ${manager.title} die offenen
Entscheidungen den oben genannten Rollen vor. Jede getroffene Entscheidung wird in den SMS-Stammdaten unter dem
oben genannten Eintrag erfasst; die davon abhängigen Dokumente werden daraufhin aktualisiert
und zusammen mit diesem Register neu herausgegeben. Ein Dokument darf bei noch offener Entscheidung nur
freigegeben werden, wenn die freigebende Stelle den offenen Punkt ausdrücklich akzeptiert; der
Freigabenachweis nennt die Entscheidung.
