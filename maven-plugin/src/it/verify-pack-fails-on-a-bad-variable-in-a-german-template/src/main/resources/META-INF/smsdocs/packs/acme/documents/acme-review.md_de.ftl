# ${doc.title}

Der ${sms.manger.title} prüft das SMS vierteljährlich mit Acme Consulting.
