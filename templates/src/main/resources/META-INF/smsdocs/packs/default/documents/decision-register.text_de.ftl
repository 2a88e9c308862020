<#-- Die Texte des Entscheidungsregisters (deutsch); die Struktur steht in decision-register.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Register führt die Entscheidungen auf, die ${org.name} noch treffen muss, bevor die Dokumente des
Servicemanagementsystems (SMS) freigegeben werden können, sowie die Werte, die die Dokumente aus einer
festgelegten Regel statt aus einer ausdrücklichen Entscheidung übernehmen. Zu jeder offenen Entscheidung ist
die Rolle genannt, die sie treffen muss. Bis dahin kennzeichnet jedes davon abhängige Dokument die Stelle mit
der Nummer der Entscheidung, zum Beispiel „(offene Entscheidung D-01)“, damit kein Dokument eine Annahme als
vereinbarte Tatsache darstellt.
@@openTitle
Vor der Freigabe zu treffende Entscheidungen
@@openHeader
| Nr. | Zu treffende Entscheidung | Bis zur Entscheidung steht in den Dokumenten | Entscheidet |
|---|---|---|---|
@@entriesIntro
Jede Entscheidung wird in den SMS-Stammdaten unter folgendem Eintrag erfasst:
@@noneOpen
Keine Entscheidung ist offen: Jeder Wert in den Dokumenten wurde von ${org.name} festgelegt oder ergibt sich
aus einer der folgenden Regeln.
@@derivedTitle
Nach Regeln abgeleitete Werte
@@rules
Wo ${org.name} einen Wert nicht ausdrücklich festgelegt hat, leiten die Dokumente ihn nach den folgenden Regeln
ab, damit dieselben Tatsachen stets zu denselben Zusagen führen:

- **Kritikalität eines Service:** hoch, wenn sein Verfügbarkeitsziel ${decisions.criticalityRule.highTarget} % oder
  mehr beträgt, wenn er rund um die Uhr mit einem Ziel von ${decisions.criticalityRule.roundTheClockTarget} % oder
  mehr läuft oder wenn ${decisions.criticalityRule.manyCustomers} oder mehr externe Kunden ihn mit
  ${decisions.criticalityRule.roundTheClockTarget} % oder mehr nutzen; niedrig, wenn sein Ziel unter
  ${decisions.criticalityRule.lowTarget} % liegt und er nicht rund um die Uhr läuft; sonst mittel.
- **Wiederherstellungsziele:** Wiederherstellungszeit und tolerierbarer Datenverlust folgen der Kritikalität
  des Service, wie im <@sms.link "service-continuity-plan"/> festgelegt, sofern ein Service keine eigenen hat.
- **Wartungsfenster:** Geplante Arbeiten an einem Service, der nicht rund um die Uhr läuft, finden außerhalb
  seiner Servicezeiten statt.
@@derivedIntro
Die Regeln ergeben derzeit folgende Werte, die die in den Dokumenten genannten Verantwortlichen bestätigen oder
ersetzen:
@@derivedHeader
| Wert | Abgeleiteter Wert | Grundlage |
|---|---|---|
@@noneDerived
Für jeden Service sind Kritikalität und Wiederherstellungsziele ausdrücklich festgelegt; kein Wert wird nach
diesen Regeln abgeleitet.
@@recordingTitle
Entscheidungen treffen und erfassen
@@recording
Bevor die SMS-Dokumente zur Freigabe vorgelegt werden, <#if manager.de.plural?has_content>legen<#else>legt</#if> ${manager.de.der} ${manager.title} die offenen
Entscheidungen den oben genannten Rollen vor. Jede getroffene Entscheidung wird in den SMS-Stammdaten unter dem
oben genannten Eintrag erfasst; die davon abhängigen Dokumente werden daraufhin aktualisiert
und zusammen mit diesem Register neu herausgegeben. Ein Dokument darf bei noch offener Entscheidung nur
freigegeben werden, wenn die freigebende Stelle den offenen Punkt ausdrücklich akzeptiert; der
Freigabenachweis nennt die Entscheidung.
