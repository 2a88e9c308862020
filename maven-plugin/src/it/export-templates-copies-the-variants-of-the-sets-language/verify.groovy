def log = new File(basedir, 'build.log').getText('UTF-8')
def templates = new File(basedir, 'src/sms/templates')

// The set is German: each template comes out as its shared structure with its German words (the text
// catalogue), stamped with the built-in pack version, and no English words.
assert log.contains("Exporting the variants of language 'de' (sms.language of src/sms/sms.yaml)")
assert new File(templates, 'documents/glossary.md.ftl').getText('UTF-8').startsWith('<#--\npackVersion: 1.0.0\nid: glossary')
assert new File(templates, 'documents/glossary.text_de.ftl').getText('UTF-8').contains('Servicemanagementsystem')
assert !new File(templates, 'documents/glossary.text.ftl').exists()
assert new File(templates, 'sections/change-management.ftl').isFile()
assert new File(templates, 'sections/change-management.text_de.ftl').getText('UTF-8').contains('Änderungen')
assert !new File(templates, 'sections/change-management.text.ftl').exists()
// The edited German scope statement (a whole document of its own) is kept, and no shared structure is written beside it.
assert new File(templates, 'documents/sms-scope.md_de.ftl').getText('UTF-8').contains('Unser eigener Geltungsbereich')
assert log.contains('Kept src/sms/templates/documents/sms-scope.md_de.ftl: it exists already and is never overwritten')
assert !new File(templates, 'documents/sms-scope.md.ftl').exists()
assert log.contains('5 template(s) exported')

// -Dsms.allLanguages=true copies every language variant of the words.
assert log.contains('Exporting every language variant (sms.allLanguages)')
assert new File(templates, 'documents/sla.md.ftl').isFile()
assert new File(templates, 'documents/sla.text.ftl').isFile()
assert new File(templates, 'documents/sla.text_de.ftl').isFile()

// The copies take part in the German set, and none of them hides a German built-in file.
def md = new File(basedir, 'target/sms/markdown')
assert new File(md, 'sms-scope.md').getText('UTF-8').contains('Unser eigener Geltungsbereich: Das SMS umfasst die Hosting-Dienste')
assert !log.contains('this override hides')
assert !log.contains('this override was written against')
return true
