def log = new File(basedir, 'build.log').text
assert log.contains('Created src/sms/sms.yaml')
assert log.contains('Created src/sms/sms.schema.json')
assert log.contains('Created .gitignore')
assert log.contains('Kept pom.xml: it exists already and is never overwritten')
// The pom declares the plugin already: no advice to add it.
assert !log.contains('add this plugin')
def descriptor = new File(basedir, 'src/sms/sms.yaml')
assert descriptor.readLines()[0] == '# yaml-language-server: $schema=sms.schema.json'
assert descriptor.text.contains('name: Riverside University IT Services')
assert new File(basedir, 'src/sms/sms.schema.json').text.contains('"$schema"')
assert new File(basedir, '.mvn').isDirectory()
def manifest = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sms/manifest.json'))
assert manifest.documents.size() > 20
assert new File(basedir, 'target/sms/markdown/service-management-policy.md').text.contains('Riverside University IT Services')
// The scaffold passes the CI gate as it is; the defaulted process owners are one informational line.
assert log.contains('sms:check passed')
def ownerLines = log.readLines().findAll { it.contains('have no owner in the descriptor') }
assert ownerLines.size() == 2 : 'one line from sms:generate, one from sms:check'
assert ownerLines.every { it.startsWith('[INFO] src/sms/sms.yaml: 19 processes have no owner in the descriptor and are owned by the default owner') }
assert ownerLines.every { it.endsWith('-Dsms.requireExplicitOwners=true requires one for every process') }
assert !log.contains('has no owner role')
return true
