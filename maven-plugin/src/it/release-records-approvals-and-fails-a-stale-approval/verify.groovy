import java.util.zip.ZipFile
def log = new File(basedir, 'build.log').getText('UTF-8')
def git = { List<String> command ->
    def process = new ProcessBuilder(['git'] + command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0 : output
    output
}
// 1. The release: an annotated tag by git's user, at the approval time, with the note and a record per document.
assert log =~ /Released sms-v1 on commit [0-9a-f]{12}, approved by Ann Lee at 2026-02-01T10:00:00Z: (\d+) of \1 documents approved/
def tag = git(['cat-file', '-p', 'sms-v1'])
assert tag.contains('tagger Ann Lee <ann@example.com> 1769940000 +0000')
assert tag.contains('Approved by the management review of 2026-02-01\n\n--- smsdocs approval records ---\n')
assert tag.contains('"approvedBy":"Ann Lee <ann@example.com>"') && tag.contains('"meaning":"approved for issue')
assert tag =~ /\{"document":"sla-hosting","reference":"EXAMPLE-SLA-01","title":"[^"]+","version":"1\.0","role":"Managing Director","contentSha256":"[0-9a-f]{64}","docxSha256":"[0-9a-f]{64}"\}/
// 2. The evidence pack rebuilt the release to the approved bytes and carries the records.
def zip = new ZipFile(new File(basedir, 'target/sms/evidence/example-hosting-ltd-sms-v1.zip'))
def manifest = zip.getInputStream(zip.getEntry('MANIFEST.sha256')).getText('UTF-8')
assert manifest =~ /# approvals: \d+ document\(s\) approved in this release, see approvals.json/
assert manifest.contains('  approvals.json')
def approvals = new groovy.json.JsonSlurper().parse(zip.getInputStream(zip.getEntry('approvals.json')))
def sla = approvals.find { it.document == 'sla-hosting' }
def docx = zip.getInputStream(zip.getEntry('set/docx/sla-hosting.docx')).bytes
assert java.security.MessageDigest.getInstance('SHA-256').digest(docx).encodeHex().toString() == sla.docxSha256
zip.close()
// 3. The approved SLA edited without a new draft: the check fails at its override, naming the approval.
assert log.contains('[ERROR] src/sms/sms.yaml:17:5: document sla-hosting was approved as version 1.0 in sms-v1 (Ann Lee'
        + ' <ann@example.com> for Managing Director, 2026-02-01T10:00:00Z), but its content has changed since')
// 4. A release of an uncommitted working tree is refused, and no tag is written.
assert log.contains('the working tree has uncommitted changes (modified: src/sms/sms.yaml): a release approves a commit')
assert git(['tag', '--list']).trim() == 'sms-v1'
assert !log.contains('at io.smsdocs') : 'a user mistake must not print a stack trace'
return true
