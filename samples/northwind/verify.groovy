// Invoker check for the northwind sample: the full 2018 set, named clauses, working links.
import groovy.json.JsonSlurper

def out = new File(basedir, 'target/sms')
def manifest = new JsonSlurper().parse(new File(out, 'manifest.json'))
assert manifest.edition == '2018'

def ids = manifest.documents*.id
['service-management-policy', 'sms-scope', 'sms-plan', 'documented-information-control',
 'competence-awareness-communication', 'knowledge-management', 'service-catalogue',
 'service-portfolio', 'relationship-and-agreement', 'supply-and-demand', 'change-management-policy',
 'design-build-transition', 'resolution-and-fulfilment', 'service-assurance', 'service-continuity-plan',
 'information-security-policy', 'monitoring-and-reporting', 'internal-audit', 'management-review',
 'nonconformity-and-corrective-action', 'continual-improvement', 'document-register'].each {
    assert ids.contains(it) : "missing document $it"
}
// One SLA per service of the descriptor.
['managed-desktop', 'cloud-hosting', 'backup-recovery', 'managed-network', 'm365-administration', 'service-desk'].each {
    assert ids.contains("sla-$it".toString()) : "missing SLA for $it"
}

// ISO/IEC 20000-1 allows no exclusions: the manifest covers every clause of 2018 that has no sub-clauses.
def leaves2018 = ['4.1', '4.2', '4.3', '4.4', '5.1', '5.2.1', '5.2.2', '5.3', '6.1', '6.2.1', '6.2.2', '6.3', '7.1', '7.2',
    '7.3', '7.4', '7.5.1', '7.5.2', '7.5.3', '7.5.4', '7.6', '8.1', '8.2.1', '8.2.2', '8.2.3', '8.2.4', '8.2.5', '8.2.6',
    '8.3.1', '8.3.2', '8.3.3', '8.3.4.1', '8.3.4.2', '8.4.1', '8.4.2', '8.4.3', '8.5.1.1', '8.5.1.2', '8.5.1.3', '8.5.2.1',
    '8.5.2.2', '8.5.2.3', '8.5.3', '8.6.1', '8.6.2', '8.6.3', '8.7.1', '8.7.2', '8.7.3.1', '8.7.3.2', '8.7.3.3', '9.1',
    '9.2', '9.3', '9.4', '10.1', '10.2']
def covered = manifest.documents.collectMany { it.clauses } as Set
def uncovered = leaves2018.findAll { !covered.contains(it) }
assert uncovered.isEmpty() : "2018 clauses covered by no document: $uncovered"

manifest.documents.each { doc ->
    assert !doc.clauses.isEmpty() : "${doc.id} names no clause"
    // The Markdown and the DOCX, plus the charts a document links (written beside the Markdown).
    assert doc.files.first() == "markdown/${doc.id}.md".toString()
    assert doc.files.contains("docx/${doc.id}.docx".toString())
    assert doc.files.contains("site/${doc.id}.html".toString())
    assert doc.files.findAll { !it.startsWith('docx/') && !it.startsWith('xlsx/') && !it.startsWith('site/') && !it.startsWith('pdf/') && it != "markdown/${doc.id}.md".toString() }
            .every { it.startsWith('markdown/images/') }
    assert doc.files.contains("pdf/${doc.id}.pdf".toString()) : "no issued copy of ${doc.id}"
    assert new File(out, "pdf/${doc.id}.pdf").bytes[0..4] == '%PDF-'.bytes.toList()
    def docx = new File(out, "docx/${doc.id}.docx")
    def zip = new java.util.zip.ZipFile(docx)
    assert zip.getEntry('word/document.xml') != null : "$docx is no Word document"
    assert zip.getInputStream(zip.getEntry('word/document.xml')).text.contains('NORTHWIND-')
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
    }
}

// The computed implementation plan, roadmap, self-assessment and registers (#5), with the Gantt chart
// beside the Markdown and embedded in the Word document.
['implementation-plan', 'certification-roadmap', 'capability-assessment', 'audit-programme', 'risk-register',
 'records-matrix', 'raci-matrix', 'document-register'].each {
    assert ids.contains(it) : "missing document $it"
}
def gantt = new File(out, 'markdown/images/implementation-plan-gantt.png')
assert gantt.isFile() && gantt.length() > 10000 : 'the Gantt chart is drawn'
assert new File(out, 'markdown/implementation-plan.md').text.contains('](images/implementation-plan-gantt.png)')
assert new File(out, 'markdown/images/capability-profile.png').isFile() : 'the capability chart is drawn'
['implementation-plan', 'certification-roadmap', 'capability-assessment', 'audit-programme', 'risk-register',
 'records-matrix', 'raci-matrix', 'document-register'].each {
    assert new File(out, "xlsx/${it}.xlsx").isFile() : "no workbook for $it"
}
def planDocx = new java.util.zip.ZipFile(new File(out, 'docx/implementation-plan.docx'))
assert planDocx.entries().toList().any { it.name.startsWith('word/media/') && it.name.endsWith('.png') } : 'the DOCX embeds the chart'
planDocx.close()
// The pdf format (#15): issued copies with the document's properties and marking, and the whole set in one file.
// PDFBox is read from the plugin's own dependencies in the invoker's local repository.
def pdfbox = new GroovyClassLoader(this.class.classLoader)
(localRepositoryPath as File).eachFileRecurse { f ->
    if (f.name ==~ /(pdfbox|pdfbox-io|fontbox)-3\..*\.jar|commons-logging-.*\.jar/) pdfbox.addURL(f.toURI().toURL())
}
def loadPdf = { File f -> pdfbox.loadClass('org.apache.pdfbox.Loader').loadPDF(f) }
def approved = loadPdf(new File(out, 'pdf/change-management-policy.pdf'))
assert approved.documentInformation.title == 'Change Management Policy'
assert approved.documentInformation.author == 'Northwind Managed Services Ltd'
assert approved.documentInformation.keywords == '8.5.1, 8.5.1.1'
def text = pdfbox.loadClass('org.apache.pdfbox.text.PDFTextStripper').getDeclaredConstructor().newInstance().getText(approved)
assert text.count('Issued copy \u2014 uncontrolled when printed') == approved.numberOfPages : 'every page of an approved copy is marked'
approved.close()
def set = loadPdf(new File(out, 'pdf/northwind-sms-set.pdf'))
def copies = manifest.documents.sum { loadPdf(new File(out, "pdf/${it.id}.pdf")).withCloseable { it.numberOfPages } }
assert set.numberOfPages > copies + 1 : 'the cover and the list of documents, then every copy'
def bookmarks = set.documentCatalog.documentOutline.children().collect { it.title }
assert bookmarks.size() == manifest.documents.size() + 1
assert bookmarks[1] == 'NORTHWIND-POL-01  Service Management Policy'
set.close()
assert manifest.sha256.containsKey('pdf/northwind-sms-set.pdf')

def log = new File(basedir, 'build.log').text
assert log.contains('sms:check passed') : 'the gate must pass on the sample'
assert log.contains('Generated ' + manifest.documents.size() + ' documents')
// The site (sms.formats includes html): the dashboard, the two index pages and the stylesheet, as of the pinned status date.
['index.html', 'documents.html', 'clauses.html', 'style.css'].each {
    assert new File(out, "site/$it").isFile() : "missing site/$it"
}
def dashboard = new File(out, 'site/index.html').getText('UTF-8')
assert dashboard.contains('<time datetime="2026-12-01">') : 'the dashboard shows the set as of sms.asOf'
assert !dashboard.contains('<script') : 'the site needs no script'
return true
