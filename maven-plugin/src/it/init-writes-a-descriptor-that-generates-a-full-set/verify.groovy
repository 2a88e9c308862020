def log = new File(basedir, 'build.log').text
assert log.contains('Created src/sms/sms.yaml')
assert log.contains('Kept pom.xml: it exists already and is never overwritten')
assert new File(basedir, 'src/sms/sms.yaml').text.contains('name: Riverside University IT Services')
def manifest = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sms/manifest.json'))
assert manifest.documents.size() > 20
assert new File(basedir, 'target/sms/markdown/service-management-policy.md').text.contains('Riverside University IT Services')
return true
