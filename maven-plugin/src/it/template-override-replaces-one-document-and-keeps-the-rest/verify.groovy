def md = new File(basedir, 'target/sms/markdown')
def scope = new File(md, 'sms-scope.md').getText('UTF-8')
assert scope.startsWith('# Scope of the Service Management System')
assert scope.contains('House-style scope statement of Example Hosting Ltd')
// Everything else still comes from the built-in pack.
assert new File(md, 'sms-plan.md').getText('UTF-8').startsWith('# Service Management Plan')
assert new File(md, 'sla-hosting.md').isFile()
assert new File(basedir, 'target/sms/manifest.json').text.contains('"title": "Scope of the Service Management System"')
return true
