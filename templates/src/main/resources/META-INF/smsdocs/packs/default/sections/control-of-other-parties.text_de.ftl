<#-- Die Texte des Abschnitts zur Steuerung anderer Parteien (deutsch); die Struktur steht in control-of-other-parties.ftl. -->
@@title
Steuerung der am Servicelebenszyklus beteiligten Parteien
@@accountability
${org.name} behält die Verantwortung für die eigenen Services und für das SMS auch dann, wenn andere Parteien
einen Service liefern, eine Servicekomponente betreiben oder einen Teil eines Prozesses durchführen.
Politik, Planung, Leistungsbewertung und Verbesserung des SMS werden niemals an eine andere Partei
übertragen.
@@partiesIntro
Derzeit sind folgende Parteien am Servicelebenszyklus beteiligt:
@@partiesHeader
| Partei | Art | Beitrag | Unterstützte Services | Gesteuert über | Betreut durch |
|---|---|---|---|---|---|
@@supportingServices
Unterstützende Services
@@noServices
keine im Katalog
@@noParties
Derzeit liefert keine andere Partei einen Service, eine Servicekomponente oder einen Teil eines Prozesses:
${org.name} erbringt die Services mit eigenem Personal und eigener Infrastruktur. Ändert sich dies, wird
die Partei vor Aufnahme ihrer Tätigkeit in das Lieferantenregister aufgenommen, und es gelten die
nachstehenden Steuerungsmaßnahmen.
@@controls
${supplierManagement.owner.de.Der} ${supplierManagement.owner.title} <#if supplierManagement.owner.de.plural?has_content>wenden<#else>wendet</#if> auf jede Partei die folgenden Steuerungsmaßnahmen an:

1. **Auswahl.** Eine Partei wird anhand dokumentierter Kriterien ausgewählt: Fähigkeit, die
   Serviceanforderungen zu erfüllen, finanzielle Stabilität, Informationssicherheit,
   Kontinuitätsregelungen und Referenzen.
2. **Vereinbarung.** Umfang, Service-Levels, Schnittstellen zu den Prozessen von ${org.name},
   Berichterstattung und Sicherheitspflichten werden vor Aufnahme der Tätigkeit in einem Vertrag (bei
   ${t.externalSuppliersInflected}) oder einer dokumentierten
   Vereinbarung (bei ${t.internalSuppliersInflected})
   festgelegt.
3. **Einbindung.** Führt eine Partei einen Teil eines SMS-Prozesses durch, etwa die Lösung von Incidents an
   ihren eigenen Komponenten oder die Umsetzung von Änderungen, wird die Schnittstelle festgelegt: was sie
   aufzeichnet, in welchem Tool und wie und wann sie an ${org.name} übergibt.
4. **Messung.** Die Leistung der Partei wird an ihren vereinbarten Zielen gemessen und nach dem
   <@sms.link "relationship-and-agreement"/> bewertet.
5. **Maßnahmen.** Defizite werden mit der Partei besprochen und bis zu ihrer Behebung verfolgt; wiederholte
   Defizite führen zu einer Überprüfung des Vertrags oder der Vereinbarung und, falls erforderlich, über
   Design und Überführung von Services zu einem Lieferantenwechsel.
