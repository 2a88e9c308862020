<#-- Die Texte des Abschnitts Konfigurationsmanagement (deutsch); die Struktur steht in configuration-management.ftl. -->
@@title
Konfigurationsmanagement
@@intro
${configuration.owner.de.Der} ${configuration.owner.title} <#if configuration.owner.de.plural?has_content>pflegen<#else>pflegt</#if> ${t.theConfigurationInformation} der Services; dafür wird
${sms.toolOf("configuration-management")} verwendet. Auf die ${t.configurationInformation} stützen sich Änderungen,
Incidents, Probleme, Releases und die Kontinuitätsplanung; sie müssen daher so genau sein, dass sie diese
Prozesse zuverlässig unterstützen.
@@ciTypesTitle
Typen von Konfigurationselementen
@@ciTypes
Jeder CI-Typ ist nachstehend definiert. Ein CI wird auf der Ebene erfasst, auf der es unabhängig geändert,
ersetzt oder unterstützt wird.

| CI-Typ | Definition | Beispiele |
|---|---|---|
| Service | Ein Service im Servicekatalog | <#if services?has_content>${sms.andList(services?map(s -> s.name))}<#else>jeder produktive Service</#if> |
| Server | Ein physischer oder virtueller Server, auf dem eine Servicekomponente betrieben wird | Hypervisoren, virtuelle Maschinen, Datenbankserver |
| Netzwerkgerät | Ein Gerät, das Netzwerkverkehr überträgt oder schützt | Router, Switches, Firewalls, WLAN-Access-Points |
| Endgerät | Ein an einen Benutzer ausgegebenes Gerät | Laptops, Desktop-PCs, Mobilgeräte |
| Software | Eine Anwendung, ein Betriebssystem oder eine Firmware-Version, von der ein Service abhängt | Betriebssystem-Builds, Fachanwendungen |
| Cloud-Ressource | Eine auf der Plattform eines Lieferanten bereitgestellte Ressource | Tenants, Subscriptions, Speicherkonten |
| Unterstützender Service | Ein von einem Lieferanten bezogener Service | <#if suppliers?has_content>${sms.andList(suppliers?map(x -> x.name))}<#else>Services <#if sms.edition == "2011">von Lieferanten<#else>externer Lieferanten</#if></#if> |
| Dokumentation | Ein gelenktes Dokument, das einen Service festlegt | SLAs, Lieferantenverträge, Servicedesign-Dokumente |
@@recordedTitle
Erfasste ${t.ConfigurationInformation}
@@recorded
Für jedes CI enthält die Aufzeichnung:

- eine eindeutige Kennung und den CI-Typ;
- Name, Beschreibung und Version oder Build;
- den Verantwortlichen sowie den oder die Services, die das CI unterstützt;
- den Status (geplant, im Aufbau, produktiv, außer Betrieb, entsorgt);
- den Ort (Standort, Rechenzentrum oder Cloud-Tenant);
- die Beziehungen zu anderen CIs (läuft auf, ist verbunden mit, hängt ab von) und zum Lieferanten, der es
  bereitstellt;
- die damit verknüpften Änderungen, Incidents, Probleme und Releases;
- Datum und Quelle der letzten Verifizierung.
@@controlTitle
Lenkung der ${t.configurationInformation}
@@control highCriticality
1. **Identifizieren.** Neue CIs werden während des Servicedesigns identifiziert und erfasst, bevor sie in
   die Produktivumgebung gelangen.
2. **Steuern.** Die ${t.configurationInformation} werden nur im Rahmen einer genehmigten Änderung, einer
   Standardänderung oder eines Service Requests geändert; die Änderungsaufzeichnung verweist auf die
   betroffenen CIs. Aktualisierungen aus der automatischen Erkennung (Discovery) <#if configuration.owner.de.plural?has_content>gleichen<#else>gleicht</#if>
   ${configuration.owner.de.der} ${configuration.owner.title} wöchentlich ab.
3. **Baseline erstellen.** Vor jedem Major-Release und vor jeder Änderung, die die Kriterien für
   potenziell erhebliche Auswirkungen erfüllt, wird eine Konfigurationsbaseline des betroffenen Service
   erstellt, damit der vorherige Zustand wiederhergestellt werden kann. Baselines werden aufbewahrt, bis
   die nächste Baseline desselben Service erstellt und die Änderung abgeschlossen ist.
4. **Berichten.** Die Prozesse für Änderungen, Incidents und Probleme nutzen die
   ${t.configurationInformation} für die Bewertung von Auswirkungen und für die Diagnose;
   ${change.owner.de.der} ${change.owner.title} <#if change.owner.de.plural?has_content>erhalten<#else>erhält</#if> monatlich einen Bericht über CIs, die ohne genehmigte Änderung geändert
   wurden.
5. **Auditieren.** Vierteljährlich wird ein Konfigurationsaudit durchgeführt: Eine Stichprobe von
   mindestens 10 % der CIs jedes Service mit hoher Kritikalität<#if services?has_content> (${highCriticality?has_content?then(highCriticality, "derzeit keine")})</#if>
   und von 5 % aller anderen CIs wird mit der Produktivumgebung abgeglichen. Ein vollständiges Audit wird
   außerdem vor dem Zertifizierungsaudit und nach jeder größeren Überführung durchgeführt. Abweichungen
   werden über eine Änderung korrigiert; ist ihre Ursache ein Prozessfehler, wird sie als
   Nichtkonformität aufgezeichnet.
@@writeAccess
Schreibzugriff auf <#if sms.toolOf("asset-management") == sms.toolOf("configuration-management")>${sms.toolOf("asset-management")}<#else>${sms.toolOf("asset-management")} und ${sms.toolOf("configuration-management")}</#if>
haben nur die durch ${configuration.owner.de.den} ${configuration.owner.title} benannten Mitarbeitenden und die Konten der automatischen
Erkennung; alle anderen Mitarbeitenden, die die Informationen benötigen, erhalten Lesezugriff.
