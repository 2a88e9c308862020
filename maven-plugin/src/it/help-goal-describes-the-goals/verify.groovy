def log = new File(basedir, 'build.log').text
assert log.contains('sms:generate')
assert log.contains('sms:help')
return true
