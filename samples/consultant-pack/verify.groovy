// Invoker check for the consultant-pack sample: the Harbour Consulting pack, built and installed in the same
// build, changed exactly what it should in the client's set: one override that extends the built-in scope
// statement, one extra document, and the house style of every DOCX.
import groovy.json.JsonSlurper
import java.util.zip.ZipFile

def out = new File(basedir, 'client/target/sms')
def md = new File(out, 'markdown')
def text = { String name -> new File(md, name).getText('UTF-8') }
def marker = 'Harbour Consulting'

// The pack was built and installed by this build.
assert new File(basedir, 'pack/target/harbour-sms-pack-1.0.0.jar').isFile() : 'the pack jar was built'

// 1. The override landed and still carries the built-in content it includes.
def scope = text('sms-scope.md')
assert scope.startsWith('# SMS Scope Statement') : 'sms-scope.md: built-in content and the consultant section'
assert scope.contains("## Consultant's statement of applicability review") : 'the consultant section is missing'
assert scope.contains('*ISO/IEC 20000-1:2018: 4.3 Scope of the SMS; 4.4 Service management system*') : 'sms-scope.md: built-in content and the consultant section'
assert scope.contains("Harbour Consulting's recommendation is that the scope is submitted as worded above.") : 'sms-scope.md: built-in content and the consultant section'
// Sentences and sections the built-in template prints.
assert scope.contains('This statement defines the boundaries of the service management system (SMS) of Pennine Freight Logistics Ltd') : 'sms-scope.md: built-in content and the consultant section'
assert scope.contains('## Application of ISO/IEC 20000-1') : 'sms-scope.md: built-in content and the consultant section'
assert scope.contains('No requirement of ISO/IEC 20000-1:2018 is excluded from the SMS.') : 'sms-scope.md: built-in content and the consultant section'
// The built-in part comes first, and the header is printed once.
assert scope.indexOf('## Purpose') < scope.indexOf("## Consultant's statement") : 'sms-scope.md: built-in content and the consultant section'
assert scope.indexOf("## Consultant's statement") < scope.indexOf('## Related documents') : 'the consultant section comes before the related documents (beforeRelatedDocuments hook)'
assert scope.count('| Document control | |') == 1 : 'sms-scope.md: built-in content and the consultant section'

// 2. Everything else stayed built-in.
def plan = text('sms-plan.md')
assert plan.startsWith('# Service Management Plan') : 'sms-plan.md is the built-in plan'
assert !plan.contains(marker) : 'sms-plan.md should come from the built-in pack'
['service-management-policy.md', 'service-catalogue.md', 'resolution-and-fulfilment.md'].each {
    assert !text(it).contains(marker) : "$it should come from the built-in pack"
}

def manifest = new JsonSlurper().parse(new File(out, 'manifest.json'))
assert manifest.edition == '2018' : 'a 2018 set'
def ids = manifest.documents*.id
['service-management-policy', 'sms-scope', 'sms-plan', 'documented-information-control',
 'competence-awareness-communication', 'knowledge-management', 'service-catalogue', 'service-portfolio',
 'relationship-and-agreement', 'supply-and-demand', 'change-management-policy', 'design-build-transition',
 'resolution-and-fulfilment', 'service-assurance', 'service-continuity-plan', 'information-security-policy',
 'monitoring-and-reporting', 'internal-audit', 'management-review', 'nonconformity-and-corrective-action',
 'continual-improvement', 'document-register', 'raci-matrix', 'glossary', 'traceability-matrix',
 'implementation-plan', 'certification-roadmap', 'risk-register', 'records-matrix'].each {
    assert ids.contains(it) : "missing built-in document $it"
}
['warehouse-management', 'transport-telematics', 'track-and-trace', 'depot-network', 'workplace-devices', 'it-service-desk'].each {
    assert ids.contains("sla-$it".toString()) : "missing SLA for $it"
}

// 3. The extra document is in the set, the manifest, the document register and the traceability matrix.
def extra = manifest.documents.find { it.id == 'harbour-onboarding-checklist' }
assert extra != null : 'the pack document is not in manifest.json'
assert extra.title == 'SMS Onboarding and Go-Live Checklist' : "manifest title: ${extra.title}"
assert extra.kind == 'plan' : "manifest kind: ${extra.kind}"
assert extra.clauses == ['5.3', '6.2.1', '6.3', '7.1', '7.5.3', '8.1'] : "manifest clauses: ${extra.clauses}"
assert extra.files.contains('markdown/harbour-onboarding-checklist.md') : 'the checklist files are in the manifest'
assert extra.files.contains('docx/harbour-onboarding-checklist.docx') : 'the checklist files are in the manifest'
def checklist = text('harbour-onboarding-checklist.md')
assert checklist.startsWith('# SMS Onboarding and Go-Live Checklist') : 'harbour-onboarding-checklist.md content'
assert checklist.contains('| Document ID | PENNINE-PLN-90 |') : 'harbour-onboarding-checklist.md content'
assert checklist.contains('| Warehouse Management System | Logistics Applications Manager |') : 'harbour-onboarding-checklist.md content'
assert checklist.contains('- [Certification Roadmap](certification-roadmap.md)') : 'harbour-onboarding-checklist.md content'
assert text('document-register.md').contains('| PENNINE-PLN-90 | [SMS Onboarding and Go-Live Checklist](harbour-onboarding-checklist.md) | Plan |') : 'the document register lists the checklist'
def matrix = text('traceability-matrix.md')
assert matrix.contains('[SMS Onboarding and Go-Live Checklist](harbour-onboarding-checklist.md): Objectives') : 'the traceability matrix cites the checklist sections'
assert matrix.contains('[SMS Onboarding and Go-Live Checklist](harbour-onboarding-checklist.md): Open gaps') : 'the traceability matrix cites the checklist sections'

// No placeholder text and no dangling link in the two documents the pack supplies.
[['sms-scope.md', scope], ['harbour-onboarding-checklist.md', checklist]].each { name, body ->
    assert !(body =~ /(?i)\bTBD\b|lorem ipsum|\[insert/) : "$name contains placeholder text"
    (body =~ /\]\(([a-z0-9-]+\.md)\)/).each { m ->
        assert new File(md, m[1]).isFile() : "$name links to missing ${m[1]}"
    }
}

// 4. The pack's house-style reference DOCX was applied: its fonts and colours are in every DOCX's styles.
['sms-scope', 'sms-plan', 'harbour-onboarding-checklist'].each { id ->
    def zip = new ZipFile(new File(out, "docx/${id}.docx"))
    try {
        def styles = zip.getInputStream(zip.getEntry('word/styles.xml')).getText('UTF-8')
        def heading1 = (styles =~ /(?s)<w:style [^>]*w:styleId="Heading1".*?<\/w:style>/)
        assert heading1.find() : "$id.docx has no Heading1 style"
        assert heading1.group().contains('w:ascii="Georgia"') : "$id.docx: Heading1 is not in the house font"
        assert heading1.group().contains('<w:color w:val="8B1E3F"/>') : "$id.docx: Heading1 is not in the house colour"
        def normal = (styles =~ /(?s)<w:style [^>]*w:styleId="Normal".*?<\/w:style>/)
        assert normal.find() && normal.group().contains('w:ascii="Cambria"') : "$id.docx: Normal is not in the house font"
        def document = zip.getInputStream(zip.getEntry('word/document.xml')).getText('UTF-8')
        assert document.contains('PENNINE-')
        assert document.contains('w:left="1418"') : "$id.docx does not use the house page margins"
    } finally {
        zip.close()
    }
}
def scopeDocx = new ZipFile(new File(out, 'docx/sms-scope.docx'))
assert scopeDocx.getInputStream(scopeDocx.getEntry('word/document.xml')).getText('UTF-8').contains(marker) : 'the consultant section is in sms-scope.docx'
scopeDocx.close()

// 5. The gate passed, and the sms goals printed no warning (a stale override would warn in sms:generate).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('sms:check passed') : 'the gate must pass on the sample'
assert log.contains('Generated ' + manifest.documents.size() + ' documents') : 'sms:generate rendered the whole set'
def smsWarnings = []
def inSms = false
log.eachLine { line ->
    // Maven 3.8 names the plugin by artifactId, 3.9 by its prefix: "--- sms:0.1.0-SNAPSHOT:check (...) @ ...".
    def header = line =~ /\[INFO\] --- (\S+?):\S+:\S+ \(/
    if (header.find()) {
        inSms = header.group(1) in ['sms-maven-plugin', 'sms']
    } else if (line.startsWith('[INFO] ----') || line.contains('Reactor Summary')) {
        inSms = false
    } else if (inSms && line.startsWith('[WARNING]')) {
        smsWarnings << line
    }
}
assert smsWarnings.isEmpty() : "the sms goals warned: $smsWarnings"
assert !log.contains('this override was written against') : 'stale-override warning'
return true
