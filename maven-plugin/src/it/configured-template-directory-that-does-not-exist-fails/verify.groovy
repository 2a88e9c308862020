def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/sms/house-templates: the configured template directory does not exist')
assert !new File(basedir, 'target/sms').exists()
return true
