<#-- Die Texte der Selbstbewertung der Prozessfähigkeit (deutsch); die Struktur steht in capability-assessment.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Dieses Register hält fest, wie fähig die Servicemanagementprozesse von ${org.name} derzeit sind, welche
Stufe jeder Prozess erreichen soll und mit welchen Maßnahmen die Differenz geschlossen wird. Es ergänzt die
Konformitätssicht der Gap-Analyse: Ein Prozess kann ${sms.standard} erfüllen und dennoch so betrieben
werden, dass er von einzelnen Personen abhängt; die Fähigkeitsstufen machen dies sichtbar.
@@methodTitle
Methode
@@method
Die Bewertung verwendet das Prozessreferenzmodell von ISO/IEC TR 20000-4 (Zweck und Ergebnisse jedes
Servicemanagementprozesses) und den Messrahmen von ISO/IEC 33020. Es handelt sich um eine Selbstbewertung
durch die Prozessverantwortlichen, moderiert durch ${sms.manager.de.den} ${sms.manager.title}, nicht um ein Konformitätsaudit.

| Stufe | Bezeichnung | Prozessattribute |
|---|---|---|
| 0 | Unvollständig | keine: Der Prozess wird nicht durchgeführt oder erreicht seinen Zweck nicht |
| 1 | Durchgeführt | PA1.1 Prozessdurchführung |
| 2 | Gesteuert | PA2.1 Management der Prozessdurchführung; PA2.2 Management der Arbeitsprodukte |
| 3 | Etabliert | PA3.1 Prozessdefinition; PA3.2 Prozessanwendung |
| 4 | Vorhersagbar | PA4.1 Quantitative Analyse; PA4.2 Quantitative Steuerung |
| 5 | Innovierend | PA5.1 Prozessinnovation; PA5.2 Umsetzung der Prozessinnovation |

Jedes Attribut wird bewertet mit N (nicht erfüllt, bis 15 %), P (teilweise erfüllt, über 15 % bis 50 %),
L (weitgehend erfüllt, über 50 % bis 85 %) oder F (vollständig erfüllt, über 85 %). Ein Prozess erreicht
eine Stufe, wenn die Attribute dieser Stufe mindestens mit L und die Attribute aller niedrigeren Stufen mit
F bewertet sind.
@@profileTitle
Fähigkeitsprofil
@@profileHeader
| Prozess | Aktuelle Stufe | Durch die Bewertungen gestützte Stufe | Zielstufe | Zu erreichende Stufen |
|---|---|---|---|---|
@@notRated
nicht bewertet
@@chartAlt
Balkendiagramm der aktuellen Fähigkeitsstufe und der Zielstufe jedes bewerteten Prozesses
@@notAssessed
Es wurde noch kein Prozess selbst bewertet. Die erste Bewertung nehmen die Prozessverantwortlichen nach
Abschluss von Phase 2 des Einführungsprojekts (<@sms.link "implementation-plan"/>) vor; sie wird in den SMS-Stammdaten
erfasst.
@@ratingsTitle
Bewertung der Attribute
@@processColumn
Prozess
@@findingsTitle
Feststellungen
@@actionsTitle
Maßnahmen zur Schließung der Lücken
@@actionsIntro
Jede Stufe, die ein Prozess erreichen muss, ist eine Aktivität im <@sms.link "implementation-plan"/>, für
die der Prozessverantwortliche zuständig ist.
@@actionsHeader
| Prozess | Zu erreichende Stufe | Erforderlich | Aktivität im Plan |
|---|---|---|---|
@@reassessmentTitle
Neubewertung
@@reassessment
Die Prozessverantwortlichen bewerten ihre Prozesse einmal jährlich vor der Managementbewertung sowie nach
jeder wesentlichen Änderung eines Prozesses neu. Die Ergebnisse werden der Managementbewertung als Teil der
Leistung des SMS berichtet.
