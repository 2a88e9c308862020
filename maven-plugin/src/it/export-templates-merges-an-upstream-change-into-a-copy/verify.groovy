def log = new File(basedir, 'build.log').getText('UTF-8')
def stale = '[built-in pack] documents/sla.text.ftl, which this override was copied from, has changed since'
// Goal 1 (check) warns, located at the copy, and says how to merge; goal 4, after accept, does not.
assert log.contains('[WARNING] src/sms/templates/documents/sla.text.ftl:1:1: ' + stale)
assert log.contains('-Dsms.templates=documents/sla.text -Dsms.base=true writes the old and the new version')
assert log.count(stale) == 1
// Goal 2: the three versions, the upstream diff and a merge that has both the user's edit and the upstream line.
def view = new File(basedir, 'target/sms-base/documents')
['old', 'new', 'yours', 'upstream.diff', 'merged'].each { assert new File(view, "sla.text.ftl.$it").isFile() : it }
def merged = new File(view, 'sla.text.ftl.merged').getText('UTF-8')
assert merged.contains(new File(basedir, 'expected-upstream-line.txt').getText('UTF-8'))
assert merged.contains(new File(basedir, 'expected-edited-line.txt').getText('UTF-8'))
assert !merged.contains('<<<<<<<')
assert log.contains('src/sms/templates/documents/sla.text.ftl: [built-in pack] documents/sla.text.ftl changed in 1 place(s); merged without conflict')
// Goal 3: the new base is recorded.
def builtIn = new File(basedir, '../../../../templates/src/main/resources/META-INF/smsdocs/packs/default/documents/sla.text.ftl')
assert new File(basedir, 'src/sms/templates/.base/documents/sla.text.ftl').getText('UTF-8') == builtIn.getText('UTF-8')
assert log.contains('Recorded [built-in pack] documents/sla.text.ftl as the base of src/sms/templates/documents/sla.text.ftl')
return true
