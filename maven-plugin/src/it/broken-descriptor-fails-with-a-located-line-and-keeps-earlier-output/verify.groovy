import groovy.json.JsonSlurper
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/sms/broken.yaml:7:34: unknown key 'ownr' in the first service, 'hosting'; did you mean 'owner'?")
assert log.contains("[ERROR] src/sms/broken.yaml:9:32: processes.incident-management.owner refers to the undefined role 'ops-laed'; did you mean 'ops-lead'?")
assert log.contains('2 problems in the SMS descriptor (see the lines above)')
assert !log.contains('at io.smsdocs') : 'a user mistake must not print a stack trace'

// The set of the first run is byte-for-byte what its manifest recorded.
def out = new File(basedir, 'target/sms')
def manifest = new JsonSlurper().parse(new File(out, 'manifest.json'))
assert manifest.sha256.size() > 20
manifest.sha256.each { path, hash ->
    def actual = MessageDigest.getInstance('SHA-256').digest(new File(out, path).bytes).encodeHex().toString()
    assert actual == hash : "$path changed"
}
assert !new File(basedir, 'target/.sms.staging').exists()
return true
