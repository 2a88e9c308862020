<#-- Die Texte der Matrix der Aufzeichnungsorte (deutsch); die Struktur steht in records-matrix.md.ftl. -->
@@purposeTitle
Zweck
@@purpose
Diese Matrix führt jede Aufzeichnung auf, die ${org.name} nach ${sms.standard} aufbewahren muss, mit dem
System, in dem sie geführt wird, der verantwortlichen Rolle und der Aufbewahrungsfrist. Ein Auditor oder
ein neuer Mitarbeitender findet damit die Nachweise für jede Anforderung in einem Schritt. Wie
Aufzeichnungen geschützt, wiederaufgefunden und entsorgt werden, ist im
<@sms.link "documented-information-control"/> festgelegt.
@@recordsTitle
Aufzeichnungen
@@recordsHeader
| Aufzeichnung | Abschnitt | Verantwortlich | Ablageort | Aufbewahrungsfrist |
|---|---|---|---|---|
@@recordsHeldIn
Jede Prozessaufzeichnung wird in dem für ihren Prozess benannten Tool geführt; ist noch keines benannt,
wird sie in folgendem System geführt: ${defaultTool}.
@@formsTitle
Formulare und die Aufzeichnungen, die sie erzeugen
@@recordsOnForms
Mehrere Aufzeichnungen entstehen auf einem Formular des Satzes. Das ausgefüllte Formular wird dort
abgelegt, wo seine Aufzeichnung geführt wird, von der für die Aufzeichnung verantwortlichen Rolle und so
lange wie diese; ein Formular, das in einem Prozesstool abgelegt wird, ist die Vorlage, nach der die
Aufzeichnung im Tool eingerichtet ist, und wird nur auf Papier verwendet, wenn das Tool nicht erreichbar ist.

| Formular | Erzeugte Aufzeichnung | Abschnitt | Verantwortlich | Ablageort | Aufbewahrungsfrist |
|---|---|---|---|---|---|
