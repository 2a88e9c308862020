<#-- Die Texte der Release-Politik (deutsch); die Struktur steht in release-policy.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Diese Politik legt fest, welche Arten von Releases ${org.name} in die Produktivumgebung der Services
bereitstellt, wie häufig jede Art bereitgestellt werden darf und zu welchen Zeiten. Sie wird über die
Service-Level-Vereinbarungen und die Service-Reviews mit den Kunden abgestimmt, damit Releases dann
eintreffen, wenn die Kunden sie erwarten und aufnehmen können.
@@scopeTitle
Geltungsbereich
@@scope
Die Politik gilt für jedes Release neuer oder geänderter Hardware, Software, Dokumentation oder Prozesse
in die Produktivumgebung der Services im <@sms.link "service-catalogue"/>, einschließlich der Releases, die
von Lieferanten und internen Gruppen erstellt oder bereitgestellt werden.
@@statementsTitle
Grundsätze der Politik
@@statements
1. Jedes Release enthält eine oder mehrere Änderungen, die gemäß der <@sms.link "change-management-policy"/>
   genehmigt sind; ohne genehmigte Änderung wird kein Release bereitgestellt.
2. Releases werden mit den betroffenen Kunden geplant: Termin, Inhalt und Art der Bereitstellung sind ihnen
   vor dem Deployment bekannt.
3. Jedes Release wird vor dem Deployment getestet und verfügt über einen getesteten Weg zurück in den
   vorherigen Zustand.
4. Releases werden nur in den nachstehend genannten Zeitfenstern bereitgestellt, sofern kein Notfall-Release
   erforderlich ist.
5. Ein Notfall-Release setzt eine Notfalländerung um. Es wird mit Genehmigung des Notfall-CAB
   bereitgestellt, innerhalb von 1 Arbeitstag vollständig dokumentiert und in der nächsten CAB-Sitzung
   überprüft.
6. Erfolg oder Misserfolg jedes Release wird aufgezeichnet, und die Ursachen fehlgeschlagener Releases
   werden analysiert.
@@releaseTypesTitle
Release-Arten und Häufigkeit
@@rolesTitle
Rollen und Verantwortlichkeiten
@@ownerDuties
Verantwortet diese Politik.
@@releaseOwnerDuties
Stimmt die Release-Fenster dieser Politik mit den Kunden ab; plant Releases in ihrem Rahmen; berichtet über Releases, die außerhalb der Politik bereitgestellt werden.
@@changeOwnerDuties
Autorisiert jedes Deployment; genehmigt Notfall-Releases über das Notfall-CAB.
@@reviewTitle
Überprüfung der Politik
@@review
${doc.owner.de.Der} ${doc.owner.title} <#if doc.owner.de.plural?has_content>überprüfen<#else>überprüft</#if> diese Politik mindestens alle ${sms.documentControl.reviewIntervalMonths} Monate mit den Kunden sowie
immer dann, wenn sich die Servicezeiten, die Kritikalität oder das Wartungsfenster eines Service ändern.
Die Schritte für Planung, Erstellung, Test, Bereitstellung und Überprüfung von Releases sind im
<@sms.link "control-processes"/> beschrieben.
