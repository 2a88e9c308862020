// Invoker check for the stmarys-it sample: the 2011 set for an in-house IT department, every 2011 clause
// covered, the 2011 vocabulary, a clean sms:check and working links.
import groovy.json.JsonSlurper

def out = new File(basedir, 'target/sms')
def manifest = new JsonSlurper().parse(new File(out, 'manifest.json'))
assert manifest.edition == '2011'

def ids = manifest.documents*.id
['service-management-policy', 'sms-scope', 'sms-plan', 'documented-information-control',
 'competence-awareness-communication', 'governance-of-other-parties', 'internal-audit', 'management-review',
 'continual-improvement', 'nonconformity-and-corrective-action', 'design-build-transition',
 'service-delivery-processes', 'relationship-processes', 'resolution-and-fulfilment', 'control-processes',
 'budgeting-and-accounting-policy', 'information-security-policy', 'change-management-policy', 'release-policy',
 'service-continuity-plan', 'capacity-plan', 'service-catalogue', 'document-register', 'traceability-matrix',
 'glossary'].each {
    assert ids.contains(it) : "missing document $it"
}
// One SLA per service of the descriptor.
['epr', 'pacs-imaging', 'lab-interfaces', 'clinical-workstations', 'network-wifi', 'identity-access',
 'backup-recovery', 'service-desk'].each {
    assert ids.contains("sla-$it".toString()) : "missing SLA for $it"
}

// Every clause of ISO/IEC 20000-1:2011, and those without sub-clauses, which the set must cover (no exclusions).
def clauses2011 = ['4', '4.1', '4.1.1', '4.1.2', '4.1.3', '4.1.4', '4.2', '4.3', '4.3.1', '4.3.2', '4.3.3', '4.4', '4.4.1',
    '4.4.2', '4.5', '4.5.1', '4.5.2', '4.5.3', '4.5.4', '4.5.4.1', '4.5.4.2', '4.5.4.3', '4.5.5', '4.5.5.1', '4.5.5.2',
    '5', '5.1', '5.2', '5.3', '5.4', '6', '6.1', '6.2', '6.3', '6.3.1', '6.3.2', '6.3.3', '6.4', '6.5', '6.6', '6.6.1',
    '6.6.2', '6.6.3', '7', '7.1', '7.2', '8', '8.1', '8.2', '9', '9.1', '9.2', '9.3']
def leaves2011 = ['4.1.1', '4.1.2', '4.1.3', '4.1.4', '4.2', '4.3.1', '4.3.2', '4.3.3', '4.4.1', '4.4.2', '4.5.1', '4.5.2',
    '4.5.3', '4.5.4.1', '4.5.4.2', '4.5.4.3', '4.5.5.1', '4.5.5.2', '5.1', '5.2', '5.3', '5.4', '6.1', '6.2', '6.3.1',
    '6.3.2', '6.3.3', '6.4', '6.5', '6.6.1', '6.6.2', '6.6.3', '7.1', '7.2', '8.1', '8.2', '9.1', '9.2', '9.3']
def covered = manifest.documents.collectMany { it.clauses } as Set
def uncovered = leaves2011.findAll { !covered.contains(it) }
assert uncovered.isEmpty() : "2011 clauses covered by no document: $uncovered"
def foreign = covered.findAll { !clauses2011.contains(it) }
assert foreign.isEmpty() : "documents cite clauses that do not exist in the 2011 edition: $foreign"

// Documents that explain the 2018 terms or map the editions may name them; no other document may.
def mayName2018Terms = { String id -> id == 'glossary' || id == 'traceability-matrix' || id.contains('cross-reference') }
def terms2018 = ['configuration information', 'internal supplier']

manifest.documents.each { doc ->
    assert !doc.clauses.isEmpty() : "${doc.id} names no clause"
    // The Markdown and the DOCX, plus the charts a document links (written beside the Markdown).
    assert doc.files.first() == "markdown/${doc.id}.md".toString()
    assert doc.files.contains("docx/${doc.id}.docx".toString())
    assert doc.files.findAll { !it.startsWith('docx/') && it != "markdown/${doc.id}.md".toString() }.every { it.startsWith('markdown/images/') }
    def docx = new File(out, "docx/${doc.id}.docx")
    def zip = new java.util.zip.ZipFile(docx)
    assert zip.getEntry('word/document.xml') != null : "$docx is no Word document"
    assert zip.getInputStream(zip.getEntry('word/document.xml')).text.contains('STMARYS-')
    zip.close()
    doc.files.findAll { it.endsWith('.md') }.each { f ->
        def file = new File(out, f)
        assert file.isFile() : "missing $f"
        def text = file.getText('UTF-8')
        assert text.startsWith('# ') : "$f does not start with its title"
        assert !(text =~ /(?i)\bTBD\b|lorem ipsum|\[insert/) : "$f contains placeholder text"
        // Every relative link points to a document of the set.
        (text =~ /\]\(([a-z0-9-]+\.md)\)/).each { m ->
            assert new File(file.parentFile, m[1]).isFile() : "$f links to missing ${m[1]}"
        }
        if (!mayName2018Terms(doc.id)) {
            // Line breaks inside a phrase do not hide it.
            def flat = text.replaceAll(/\s+/, ' ').toLowerCase(Locale.ROOT)
            terms2018.each { term ->
                assert !flat.contains(term) : "$f uses the 2018 term '$term'"
            }
        }
    }
}
// 2011 keeps the configuration management database.
assert new File(out, 'markdown/control-processes.md').getText('UTF-8').contains('CMDB') : 'control-processes.md does not name the CMDB'

def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[0-9;]*[A-Za-z]/, '')
def lines = log.readLines()
// sms:check runs first and passes without a single warning (Maven 3.8 and 3.9 name the mojo differently).
int check = lines.findIndexOf { it =~ /--- [\w.-]+:[^:\s]+:check \(/ }
int generate = lines.findIndexOf { it =~ /--- [\w.-]+:[^:\s]+:generate \(/ }
assert check >= 0 : 'sms:check did not run'
assert generate > check : 'sms:generate did not run after sms:check'
def checkOutput = lines.subList(check + 1, generate)
def warnings = checkOutput.findAll { it.startsWith('[WARNING]') }
assert warnings.isEmpty() : "sms:check warned:\n${warnings.join('\n')}"
assert checkOutput.any { it.contains('sms:check passed') }

def generated = log =~ /Generated (\d+) documents \(ISO\/IEC 20000-1:(\d{4})\)/
assert generated.find() : 'no "Generated N documents" line'
assert generated.group(1) as int == manifest.documents.size()
assert generated.group(2) == '2011'
return true
