<#-- Die Texte der Risikokriterien (deutsch): Stufen von Eintrittswahrscheinlichkeit und Auswirkung, Risikomatrix und Reaktion je Stufe; die Struktur steht in risk-criteria.ftl. -->
@@levels
| Stufe | Eintrittswahrscheinlichkeit | Auswirkung |
|---|---|---|
| Hoch | Eintritt innerhalb des nächsten Jahres zu erwarten oder im letzten Jahr eingetreten | Verfehlung eines Service-Level-Ziels für mehrere Kunden, Verlust eines Kunden, rechtliche Sanktion oder Verletzung des Schutzes personenbezogener Daten |
| Mittel | Eintritt innerhalb der nächsten drei Jahre möglich | Verfehlung eines Service-Level-Ziels für einen Kunden oder erhebliche ungeplante Kosten |
| Niedrig | Eintritt innerhalb der nächsten drei Jahre nicht zu erwarten | Begrenzte, interne Auswirkung, die die Kunden nicht erreicht |
@@matrix
| Risikostufe | Geringe Auswirkung | Mittlere Auswirkung | Hohe Auswirkung |
|---|---|---|---|
| Hohe Eintrittswahrscheinlichkeit | Mittel | Hoch | Hoch |
| Mittlere Eintrittswahrscheinlichkeit | Niedrig | Mittel | Hoch |
| Geringe Eintrittswahrscheinlichkeit | Niedrig | Niedrig | Mittel |
@@responses
| Risikostufe | Erforderliche Reaktion | Wer das Risiko akzeptieren darf |
|---|---|---|
| Hoch | Behandlungsplan innerhalb eines Monats; Berichterstattung an die oberste Leitung, bis die Stufe sinkt | Ausschließlich ${top.title} |
| Mittel | Behandlungsplan innerhalb von drei Monaten oder dokumentierte Akzeptanz | Risikoverantwortlicher und ${manager.title} gemeinsam |
| Niedrig | Akzeptanz und Überwachung bei jeder Überprüfung des Registers | Risikoverantwortlicher |
