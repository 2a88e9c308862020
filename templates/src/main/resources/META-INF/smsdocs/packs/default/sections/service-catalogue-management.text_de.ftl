<#-- Die Texte des Abschnitts Servicekatalogmanagement (deutsch); die Struktur steht in service-catalogue-management.ftl. -->
@@title
Servicekatalogmanagement
@@procedure
${catalogue.owner.de.Der} ${catalogue.owner.title} ${catalogue.owner.de.plural?has_content?then("pflegen", "pflegt")} den <@sms.link "service-catalogue"/> als einheitliche Beschreibung der
produktiven Services, ihrer beabsichtigten Ergebnisse, Verantwortlichen, Kunden, unterstützenden
Lieferanten, Servicezeiten, Ziele und Abhängigkeiten.

1. Ein Service wird in den Katalog aufgenommen, wenn er am Ende der Überführung in den Produktivbetrieb
   übernommen wird.
2. Der Eintrag wird über einen Änderungsantrag aktualisiert, sobald sich ein Katalogattribut ändert; vor
   der Herausgabe wird er mit dem SLA und den Lieferantenvereinbarungen des Service abgeglichen.
3. Ein Service wird an dem Tag, an dem er entfernt oder übertragen wird, aus dem Katalog entfernt oder als
   eingestellt gekennzeichnet.
4. Jede neue Version wird dem Service Desk, den Serviceverantwortlichen und den betroffenen Kunden
   bekannt gegeben.
5. Der gesamte Katalog wird mindestens einmal jährlich im Anschluss an den Zyklus der Serviceplanung
   überprüft.
