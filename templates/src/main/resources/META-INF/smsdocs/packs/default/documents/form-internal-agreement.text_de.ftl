<#-- Die Texte der Vorlage für interne Vereinbarungen (deutsch); die Struktur steht in form-internal-agreement.md.ftl. -->
@@useTitle
Verwendung dieses Formulars
@@use
${t.InternalSuppliers} sind Teile der übergeordneten Organisation außerhalb des SMS, die zu einem Service
beitragen. Mit ihnen wird kein Liefervertrag geschlossen: Ihr Betreuer bei ${org.name} schließt stattdessen
diese Vereinbarung mit ihnen ab, wie es die Schritte des Lieferantenmanagements im
<@sms.link "relationship-and-agreement"/> verlangen: was erbracht wird, die Service-Levels und ihre Messung,
die Zusammenarbeit mit den SMS-Prozessen, die Ansprechpartner und den Eskalationsweg. Die Leistung wird
monatlich überwacht und mit dem <@sms.link "form-supplier-review"/> bewertet; die Vereinbarung wird
mindestens einmal jährlich überprüft sowie immer dann, wenn sich die von ihr unterstützten Services ändern.
@@partiesTitle
1. Parteien
@@suppliersHeader
| ${t["form.tick"]} | ${t.InternalSupplier} | Erbringt | Unterstützte Services | Betreut von |
|---|---|---|---|---|
@@noneInCatalogue
keine im Katalog
@@partiesTable
| Parteien | |
|---|---|
| ${t.InternalSupplier} | |
| Leitung der Organisationseinheit | |
| Referenz der Vereinbarung | |
| ${org.name}, vertreten durch | |
| Gültig ab | |
| Nächste Überprüfung fällig | |
@@providedTitle
2. Erbrachte Leistung
@@providedTable
| Erbrachte Leistung | |
|---|---|
| Erbrachte Leistung oder Tätigkeit | |
| Services im Anwendungsbereich, die davon abhängen | |
| Unterstützungszeiten | |
| Nicht enthalten | |
| Was ${org.name} im Gegenzug bereitstellt (Informationen, Zugang, Finanzierung) | |
@@serviceLevelsTitle
3. Service-Levels
@@serviceLevelsHeader
| Kennzahl | Zielwert | Messung | Berichtet an ${org.name} |
|---|---|---|---|
@@processesTitle
4. Zusammenarbeit mit den SMS-Prozessen
@@processesHeader
| Prozess | Was die Organisationseinheit tut | Ansprechpartner |
|---|---|---|
@@contactsTitle
5. Ansprechpartner und Eskalation
@@contactsTable
| Ebene | Für ${org.name} | Für die Organisationseinheit |
|---|---|---|
| Ansprechpartner im Tagesgeschäft | | |
| Erste Eskalationsstufe | | |
| Letzte Eskalationsstufe | | |
@@reviewTitle
6. Überprüfung und Änderung
@@reviewQuarterly
Vierteljährlich (unterstützt einen Service mit hoher Kritikalität)
@@reviewSixMonthly
Halbjährlich
@@reviewTable reviewChoices
| Überprüfung und Änderung | |
|---|---|
| Leistungsbewertung | ${reviewChoices} |
| Änderungen dieser Vereinbarung | Schriftlich von beiden Unterzeichnenden vereinbart und zuvor auf ihre Auswirkung auf die Services bewertet |
| Wie Meinungsverschiedenheiten beigelegt werden | |
@@signOffTitle
Freigabe
@@forSupplier
Für die Organisationseinheit (${t.internalSupplier})
@@forOrganisation
Für ${org.name}: Betreuer der Organisationseinheit
@@noted
Zur Kenntnis genommen
