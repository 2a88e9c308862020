import java.util.zip.ZipFile
def log = new File(basedir, 'build.log').getText('UTF-8')
def md = { String id -> new File(basedir, "target/sms/markdown/${id}.md").getText('UTF-8') }
// 1. Revision history from the releases: the SLA changed in sms-v2, the change policy did not.
def sla = md('sla-hosting')
assert sla.contains('| 1.0 | 2026-02-01 | Ann Lee | First issue (sms-v1) |')
assert sla =~ /\| 2\.0 \| 2026-06-01 \| Ann Lee \| Changed: [^|]+ \(sms-v2\) \|/
assert sla.contains('| Version | 2.0 |') && sla.contains('| Status | Approved |')
def policy = md('change-management-policy')
assert policy.contains('| 1.0 | 2026-02-01 | Ann Lee | First issue (sms-v1) |') && !policy.contains('| 2.0 |')
// 2. The evidence pack: byte-identical on two runs, verified by the check, with the set as approved.
def first = new File(basedir, 'target/evidence-1/example-hosting-ltd-sms-v2.zip')
def second = new File(basedir, 'target/evidence-2/example-hosting-ltd-sms-v2.zip')
assert first.bytes == second.bytes : 'two evidence packs of the same release differ'
assert log.contains('Evidence pack target/evidence-1/example-hosting-ltd-sms-v2.zip matches its manifest')
def zip = new ZipFile(first)
def manifest = zip.getInputStream(zip.getEntry('MANIFEST.sha256')).getText('UTF-8')
assert manifest.contains('# release: sms-v2') && manifest.contains('  set/docx/sla-hosting.docx') && manifest.contains('  changes-since-sms-v1.md')
def changes = zip.getInputStream(zip.getEntry('changes-since-sms-v1.md')).getText('UTF-8')
assert changes.contains('- `sla-hosting`: ') && !changes.contains('change-management-policy')
// The pack indexed by clause: the SLA's clause 8.3.3 with the SLA in the version approved in sms-v2, its day and approver.
assert manifest.contains('  index/clause-index.docx') && manifest.contains('  index/clause-index.html')
def index = zip.getInputStream(zip.getEntry('index/clause-index.html')).getText('UTF-8')
def clause833 = index.substring(index.indexOf('id="clause-8-3-3"'), index.indexOf('<section', index.indexOf('id="clause-8-3-3"')))
assert clause833 =~ /href="\.\.\/set\/docx\/sla-hosting\.docx">Service Level Agreement: Cloud Hosting<\/a>[^\n]*<td>2\.0<\/td><td><time datetime="2026-06-01">2026-06-01<\/time><\/td><td>Ann Lee<\/td>/
assert zip.getEntry('set/docx/sla-hosting.docx') != null
def indexDocx = new ZipFile(new File(basedir, 'target/index.docx').with { it.bytes = zip.getInputStream(zip.getEntry('index/clause-index.docx')).bytes; it })
def indexText = indexDocx.getInputStream(indexDocx.getEntry('word/document.xml')).getText('UTF-8').replaceAll('</w:tc>', ' | ').replaceAll('<[^>]+>', '')
indexDocx.close()
def slaRow = indexText.substring(indexText.indexOf('8.3.3 Service level management'))
assert slaRow =~ /^8\.3\.3 Service level management[^#]*?Service Level Agreement: Cloud Hosting \([^)]+\) \| [^|]+ \| 2\.0 \| 2026-06-01 \| Ann Lee \|/
zip.close()
assert log.contains('Evidence pack of sms-v2 (commit ')
// 3. sms:diff: a redline for each changed document, none for an unchanged one, with Word tracked changes by the approver.
def redline = new File(basedir, 'target/sms/redline')
assert new File(redline, 'sla-hosting.docx').isFile()
assert !new File(redline, 'change-management-policy.docx').exists()
def docx = new ZipFile(new File(redline, 'sla-hosting.docx'))
def body = docx.getInputStream(docx.getEntry('word/document.xml')).getText('UTF-8')
docx.close()
assert body.contains('<w:ins ') && body.contains('<w:del ') && body.contains('w:author="Ann Lee"')
def summary = new File(redline, 'summary.md').getText('UTF-8')
def summaryDocx = new ZipFile(new File(redline, 'summary.docx'))
def summaryText = summaryDocx.getInputStream(summaryDocx.getEntry('word/document.xml')).getText('UTF-8').replaceAll('</w:tc>', ' | ').replaceAll('<[^>]+>', '')
summaryDocx.close()
assert summaryText.strip().startsWith('Changes from sms-v1 to sms-v2') && summaryText.contains('Service Level Agreement: Cloud Hosting | 8.3.3 | ')
assert !summaryText.contains('Change Management Policy')
assert summary.startsWith('# Changes from sms-v1 to sms-v2')
assert summary.contains('| Service Level Agreement: Cloud Hosting | 8.3.3 |') && !summary.contains('Change Management Policy')
assert log =~ /\d+ document\(s\) changed from sms-v1 to sms-v2; summary: target\/sms\/redline\/summary\.md/
return true
