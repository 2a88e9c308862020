<#include "/sections/form-parts.ftl">
<@sms.section title="Verwendung dieses Formulars" key="use-of-this-form"/>

${t.InternalSuppliers} sind Teile der übergeordneten Organisation außerhalb des SMS, die zu einem Service
beitragen. Sie unterzeichnen keinen kommerziellen Vertrag: Ihr Betreuer bei ${org.name} schließt stattdessen
diese Vereinbarung mit ihnen ab, wie es die Schritte des Lieferantenmanagements im
<@sms.link "relationship-and-agreement"/> verlangen: was erbracht wird, die Service-Levels und ihre Messung,
die Zusammenarbeit mit den SMS-Prozessen, die Ansprechpartner und den Eskalationsweg. Die Leistung wird
monatlich überwacht und mit dem <@sms.link "form-supplier-review"/> bewertet; die Vereinbarung wird
mindestens einmal jährlich überprüft sowie immer dann, wenn sich die von ihr unterstützten Services ändern.

<@recordBlock/>

<@sms.section title="1. Parteien" key="1.-parties"/>

<#if internalSuppliers?has_content>
| ${t["form.tick"]} | ${t.InternalSupplier} | Erbringt | Unterstützte Services | Betreut von |
|---|---|---|---|---|
<#list internalSuppliers as x>
| ☐ | ${x.name} | ${x.provides!"—"} | <@sms.names items=x.services empty="keine im Katalog"/> | ${x.manager.title} |
</#list>

</#if>
| Parteien | |
|---|---|
| ${t.InternalSupplier} | |
| Leitung der Organisationseinheit | |
| Referenz der Vereinbarung | |
| ${org.name}, vertreten durch | |
| Gültig ab | |
| Nächste Überprüfung fällig | |

<@sms.section title="2. Erbrachte Leistung" key="2.-what-is-provided"/>

| Erbrachte Leistung | |
|---|---|
| Erbrachte Leistung oder Tätigkeit | |
| Services im Anwendungsbereich, die davon abhängen | |
| Unterstützungszeiten | |
| Nicht enthalten | |
| Was ${org.name} im Gegenzug bereitstellt (Informationen, Zugang, Finanzierung) | |

<@sms.section title="3. Service-Levels" key="3.-service-levels"/>

| Kennzahl | Zielwert | Messung | Berichtet an ${org.name} |
|---|---|---|---|
<@blankRows 6 4/>

<@sms.section title="4. Zusammenarbeit mit den SMS-Prozessen" key="4.-working-with-the-sms-processes"/>

| Prozess | Was die Organisationseinheit tut | Ansprechpartner |
|---|---|---|
<#list ["incident-management", "change-management", "configuration-management", "service-continuity-management", "information-security-management", "service-reporting"] as id>
| ${processes[id].name} | | |
</#list>

<@sms.section title="5. Ansprechpartner und Eskalation" key="5.-contacts-and-escalation"/>

| Ebene | Für ${org.name} | Für die Organisationseinheit |
|---|---|---|
| Ansprechpartner im Tagesgeschäft | | |
| Erste Eskalationsstufe | | |
| Letzte Eskalationsstufe | | |

<@sms.section title="6. Überprüfung und Änderung" key="6.-review-and-change"/>

| Überprüfung und Änderung | |
|---|---|
| Leistungsbewertung | <@choices ["Vierteljährlich (unterstützt einen Service mit hoher Kritikalität)", "Halbjährlich"]/> |
| Änderungen dieser Vereinbarung | Schriftlich von beiden Unterzeichnenden vereinbart und zuvor auf ihre Auswirkung auf die Services bewertet |
| Wie Meinungsverschiedenheiten beigelegt werden | |

<@sms.section title="Freigabe" key="sign-off"/>

<@signoff [
  {"step": "Für die Organisationseinheit (" + t.internalSupplier + ")"},
  {"step": "Für " + org.name + ": Betreuer der Organisationseinheit"},
  {"step": "Zur Kenntnis genommen", "role": supplierManagement.owner}
]/>
