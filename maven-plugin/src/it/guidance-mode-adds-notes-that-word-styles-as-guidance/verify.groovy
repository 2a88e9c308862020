// Guidance mode from the command line: notes under the title and the sections, in the Guidance style in Word.
def out = new File(basedir, 'target/sms')
def policy = new File(out, 'markdown/service-management-policy.md').getText('UTF-8')
assert policy.contains('<!-- smsdocs:end-of-front-matter -->\n\n<!-- smsdocs:guidance -->\n> **Guidance.** ')
assert policy.count('<!-- smsdocs:guidance -->') > 5 : 'a note under most sections'
def docx = new java.util.zip.ZipFile(new File(out, 'docx/service-management-policy.docx'))
def body = docx.getInputStream(docx.getEntry('word/document.xml')).text
docx.close()
assert body.contains('<w:pStyle w:val="Guidance"/>')
assert !body.contains('smsdocs:guidance')
return true
