<#-- Die Texte des Abschnitts Asset-Management (deutsch); die Struktur steht in asset-management.ftl. -->
@@title
Asset-Management
@@edition2011Note
ISO/IEC 20000-1:2011 behandelt Assets als Teil des Konfigurationsmanagements. Das Asset-Management wird hier
als eigener Prozess betrieben, um die Umstellung auf ${roadmap.certification.standard} vorzubereiten, nach der das SMS
zertifiziert wird und die es fordert (Abschnitt 8.2.5); siehe <@sms.link "certification-roadmap"/>.
@@purpose
Assets, die zur Erbringung der Services genutzt werden, werden so verwaltet, dass sie die
Serviceanforderungen sowie die gesetzlichen, vertraglichen und lizenzrechtlichen Verpflichtungen von
${org.name} erfüllen. Das Asset-Register wird durch ${asset.owner.de.den} ${asset.owner.title} geführt; dafür wird
${sms.toolOf("asset-management")} verwendet.
@@assetClasses
| Asset-Klasse | Beispiele | Wesentliche erfasste Informationen |
|---|---|---|
| Hardware | Server, Netzwerkgeräte, Endgeräte, Ersatzteile | Seriennummer, Modell, Standort, Verantwortlicher, Ende von Garantie und Support |
| Software und Lizenzen | Betriebssysteme, Anwendungen, Abonnements | Lizenzart, erworbene Menge, genutzte Menge, Verlängerungsdatum |
| Cloud-Ressourcen | Virtuelle Maschinen, Speicher, Plattform-Abonnements | Abonnement, Kostenstelle, unterstützter Service |
| Informationen | Konfigurationsdaten der Kunden, Backups, Dokumentation | Klassifizierung, Verantwortlicher, Speicherort, Aufbewahrungsfrist |
@@lifecycle
1. **Beschaffen.** Assets werden über den genehmigten Beschaffungsweg erworben, der
   ${asset.owner.de.den} ${asset.owner.title} benachrichtigt.
2. **Registrieren.** Das Asset wird vor seiner Inbetriebnahme in das Register eingetragen, bei physischen
   Assets gekennzeichnet und mit dem Service verknüpft, den es unterstützt.
3. **Pflegen.** Verantwortlicher, Standort und Status werden über Änderungen und Service Requests aktuell
   gehalten. Verlängerungen von Garantie, Support und Lizenzen werden verfolgt und 90 Tage vor Ablauf
   gekennzeichnet.
4. **Verifizieren.** Die Lizenznutzung wird vierteljährlich mit den Lizenzansprüchen abgeglichen; einmal
   jährlich wird eine physische oder automatisierte Inventur der Hardware durchgeführt.
5. **Entsorgen.** Assets werden über eine Änderung außer Betrieb genommen; Speichermedien werden nach dem
   in der <@sms.link "information-security-policy"/> festgelegten Standard gelöscht oder vernichtet, und
   ein Entsorgungsnachweis wird aufbewahrt.
@@sharedIdentifier
Ist ein Asset zugleich ein Konfigurationselement, tragen die Asset-Aufzeichnung und die CI-Aufzeichnung
dieselbe Kennung, damit die beiden Informationsbestände nicht auseinanderlaufen.
