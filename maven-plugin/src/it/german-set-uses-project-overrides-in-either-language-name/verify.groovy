def log = new File(basedir, 'build.log').getText('UTF-8')
def md = new File(basedir, 'target/sms/markdown')

// The override named without a language wins over the built-in glossary.md_de.ftl ...
def glossary = new File(md, 'glossary.md').getText('UTF-8')
assert glossary.contains('Unser eigenes Glossar der Beispiel Hosting GmbH, ohne Sprachkennung im Dateinamen.')
// ... and the build says which German built-in file it hides, naming both files.
assert log.contains('[WARNING] src/sms/templates/documents/glossary.md.ftl:1:1: this override hides the German (de) variant'
        + ' [built-in pack] documents/glossary.md_de.ftl, and the German set renders this file instead;'
        + ' if it is written in German, rename it glossary.md_de.ftl')

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
