// A docs repo that copied the SLA's words from an older built-in pack: its recorded base (.base/) lacks the last line
// the built-in catalogue has now, and the copy has an edit of its own in the first entry.
def builtIn = new File(basedir, '../../../../templates/src/main/resources/META-INF/smsdocs/packs/default/documents/sla.text.ftl')
def lines = builtIn.getText('UTF-8').readLines()
def older = lines.subList(0, lines.size() - 1)
def templates = new File(basedir, 'src/sms/templates')
def record = new File(templates, '.base/documents/sla.text.ftl')
record.parentFile.mkdirs()
record.setText(older.join('\n') + '\n', 'UTF-8')
def firstBody = (0..<older.size()).find { older[it].startsWith('@@') && !older[it + 1].isBlank() } + 1
def yours = new ArrayList(older)
yours[firstBody] = yours[firstBody] + ' (edited by us)'
def copy = new File(templates, 'documents/sla.text.ftl')
copy.parentFile.mkdirs()
copy.setText(yours.join('\n') + '\n', 'UTF-8')
new File(basedir, 'expected-upstream-line.txt').setText(lines[-1], 'UTF-8')
new File(basedir, 'expected-edited-line.txt').setText(yours[firstBody], 'UTF-8')
return true
