def log = new File(basedir, 'build.log').getText('UTF-8')
def templates = new File(basedir, 'src/sms/templates')

// The set is German: the German variants are copied, stamped with the built-in pack version, and no English ones.
assert log.contains("Exporting the variants of language 'de' (sms.language of src/sms/sms.yaml)")
assert new File(templates, 'documents/glossary.md_de.ftl').getText('UTF-8').startsWith('<#--\npackVersion: 1.0.0\nid: glossary')
assert !new File(templates, 'documents/glossary.md.ftl').exists()
assert new File(templates, 'sections/change-management_de.ftl').getText('UTF-8').contains('Änderungen')
assert !new File(templates, 'sections/change-management.ftl').exists()
// The edited German scope statement is kept.
assert new File(templates, 'documents/sms-scope.md_de.ftl').getText('UTF-8').contains('Unser eigener Geltungsbereich')
assert log.contains('Kept src/sms/templates/documents/sms-scope.md_de.ftl: it exists already and is never overwritten')
assert log.contains('2 template(s) exported')

// -Dsms.allLanguages=true copies every language variant.
assert log.contains('Exporting every language variant (sms.allLanguages)')
assert new File(templates, 'documents/sla.md.ftl').isFile()
assert new File(templates, 'documents/sla.md_de.ftl').isFile()

// The copies take part in the German set, and none of them hides a German built-in file.
def md = new File(basedir, 'target/sms/markdown')
assert new File(md, 'sms-scope.md').getText('UTF-8').contains('Unser eigener Geltungsbereich: Das SMS umfasst die Hosting-Dienste')
assert !log.contains('this override hides')
assert !log.contains('this override was written against')
return true
