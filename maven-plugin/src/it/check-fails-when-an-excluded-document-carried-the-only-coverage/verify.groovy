def log = new File(basedir, 'build.log').text
assert log.contains('sms:check passed')
assert log.contains("[ERROR] src/sms/without-knowledge.yaml:249:13: clause 7.6 (Knowledge) is covered by no document of the set:"
        + " excluding 'knowledge-management' removed its only coverage")
assert log.contains('sms:check found 1 gap')
assert !new File(basedir, 'target/sms').exists() : 'sms:check writes nothing'
return true
