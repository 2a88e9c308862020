def log = new File(basedir, 'build.log').text
def templates = new File(basedir, 'src/sms/templates/documents')
assert new File(templates, 'sms-plan.md.ftl').text.startsWith('<#--\npackVersion: 1.0.0\nid: sms-plan')
assert new File(templates, 'sms-scope.md.ftl').text.contains('Our own scope wording')
assert log.contains('Kept src/sms/templates/documents/sms-scope.md.ftl: it exists already and is never overwritten')
// Each document comes with its words (its text catalogue); the edited scope statement keeps its structure.
assert new File(templates, 'sms-plan.text.ftl').text.contains('@@')
assert log.contains('3 template(s) exported')
// An English set gets the English words, not the German ones.
assert !new File(templates, 'sms-plan.text_de.ftl').exists()
def md = new File(basedir, 'target/sms/markdown')
assert new File(md, 'sms-scope.md').text.contains('Our own scope wording')
assert new File(md, 'sms-plan.md').text.startsWith('# Service Management Plan')
return true
