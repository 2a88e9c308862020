<#-- Die Texte des Abschnitts Nachfragemanagement (deutsch); die Struktur steht in demand-management.ftl. -->
@@title
Nachfragemanagement
@@forecast
Der Bedarf wird für jeden Service und für jeden seiner Kunden zwölf Monate im Voraus prognostiziert, und
zwar in den Einheiten, in denen der Service genutzt wird (zum Beispiel Benutzer, Geräte, virtuelle
Server, Speicher, Standorte oder Tickets).
@@steps
1. **Erheben.** In jedem Service-Review <#if demand.owner.de.plural?has_content>erfragen<#else>erfragt</#if> ${demand.owner.de.der} ${demand.owner.title} beim Kunden geplantes Wachstum,
   Reduzierungen, Projekte, saisonale Spitzen und geschäftliche Ereignisse, die seine Nutzung der
   einzelnen Services verändern werden.
2. **Analysieren.** ${demand.owner.de.Der} ${demand.owner.title} <#if demand.owner.de.plural?has_content>führen<#else>führt</#if> die Angaben des Kunden mit dem Nutzungstrend, den
   ${sms.toolOf("capacity-management")} ausweist, und den Aufzeichnungen des Service Desks der letzten
   zwölf Monate zusammen.
3. **Prognostizieren.** Für jeden Service und Kunden wird eine Prognose je Quartal aufgezeichnet,
   zusammen mit den zugrunde liegenden Annahmen.
4. **Vergleichen.** Vierteljährlich wird der tatsächliche Bedarf mit der Prognose verglichen. Eine
   Abweichung von mehr als 15 % bei einem Service wird untersucht, und die Prognose wird korrigiert.
5. **Handeln.** Die Prognosen werden <#if capacity.owner.id == budgeting.owner.id>an ${capacity.owner.de.den} ${capacity.owner.title} für den
   Kapazitätsplan und das Budget<#else>an ${capacity.owner.de.den} ${capacity.owner.title} für den Kapazitätsplan und an
   ${budgeting.owner.de.den} ${budgeting.owner.title} für das Budget</#if> weitergegeben. Bedarf, der nicht gedeckt werden kann, wird mit dem
   Kunden besprochen und falls erforderlich als Änderung des Service behandelt.
@@perCustomerIntro
Für jeden Kunden jedes Service wird eine eigene Prognose geführt, und der Serviceverantwortliche bestätigt,
dass der Service den prognostizierten Bedarf aufnehmen kann:
@@perCustomerHeader
| Service | Kunden (je eine Prognose) | Bestätigt durch |
|---|---|---|
@@internalUsers
interne Benutzer (eine Prognose)
@@noServices
Es sind noch keine Services festgelegt; eine Prognose wird für jeden Service und Kunden begonnen, sobald
der Service vereinbart ist.
