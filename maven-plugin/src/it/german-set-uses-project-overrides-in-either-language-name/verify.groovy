def log = new File(basedir, 'build.log').getText('UTF-8')
def md = new File(basedir, 'target/sms/markdown')

// The document override named without a language wins; the built-in structure is shared by every language,
// so it hides nothing German.
def glossary = new File(md, 'glossary.md').getText('UTF-8')
assert glossary.contains('Unser eigenes Glossar der Beispiel Hosting GmbH, ohne Sprachkennung im Dateinamen.')
assert !log.contains('documents/glossary.md.ftl:1:1: this override hides')

// Words named without a language win over the built-in German words ...
def kpi = new File(md, 'form-kpi-sheet.md').getText('UTF-8')
assert kpi.contains('## So wird dieses Blatt geführt')
assert !kpi.contains('Verwendung dieses Formulars')
// ... and the build says which German built-in file they hide, naming both files.
assert log.contains('[WARNING] src/sms/templates/documents/form-kpi-sheet.text.ftl:1:1: this override hides the German (de) variant'
        + ' [built-in pack] documents/form-kpi-sheet.text_de.ftl, and the German set renders this file instead;'
        + ' if it is written in German, rename it form-kpi-sheet.text_de.ftl')

// The German-named override wins too, and includes the built-in German scope statement it extends.
def scope = new File(md, 'sms-scope.md').getText('UTF-8')
assert scope.contains('Geltungsbereich im Hausstil der Beispiel Hosting GmbH, als deutsche Variante benannt.')
assert scope.contains('## Unsere Ergänzung')
assert scope.contains('Das SMS umfasst die Hosting-Dienste')
assert !log.contains('documents/sms-scope.md_de.ftl:1:1: this override hides')

// Everything else still comes from the built-in German pack.
assert new File(md, 'sms-plan.md').getText('UTF-8').contains('Geltungsbereich')
assert new File(md, 'sla-hosting.md').isFile()
return true
