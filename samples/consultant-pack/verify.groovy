// Invoker check for the consultant-pack sample: the Harbour Consulting pack, built and installed in the same
// build, changed exactly what it should in the client's German set (sms.language: de): one override that
// extends the built-in scope statement, one extra document, and the house style of every DOCX; and the set
// has no English left in it.
import groovy.json.JsonSlurper
import java.util.zip.ZipFile

def out = new File(basedir, 'client/target/sms')
def md = new File(out, 'markdown')
def text = { String name -> new File(md, name).getText('UTF-8') }
def marker = 'Harbour Consulting'

// The pack was built and installed by this build.
assert new File(basedir, 'pack/target/harbour-sms-pack-1.0.0.jar').isFile() : 'the pack jar was built'
// ... after verifying itself (sms:verify-pack in the pack's build): every language and edition, three descriptors each,
// and a German set rendered with the pack to look at.
def buildLog = new File(basedir, 'build.log').getText('UTF-8')
assert buildLog.contains('Verified pack harbour 1.0.0: 12 renderings (en 2018, en 2011, de 2018, de 2011; minimal, partial and full descriptors)')
assert new File(basedir, 'pack/target/sms-verify/full-de-2018/sms/docx/harbour-onboarding-checklist.docx').isFile()

// 1. The override landed and still carries the built-in content it includes. The set is German
//    (sms.language: de): the pack's German fragment sms-scope.md_de.ftl includes the built-in German scope.
def scope = text('sms-scope.md')
assert scope.startsWith('# Erklärung zum Anwendungsbereich des SMS') : 'sms-scope.md: built-in content and the consultant section'
assert scope.contains('## Anwendbarkeitsprüfung durch den Berater') : 'the consultant section is missing'
assert scope.contains('*ISO/IEC 20000-1:2018: 4.3 Anwendungsbereich des SMS; 4.4 Servicemanagementsystem*') : 'sms-scope.md: built-in content and the consultant section'
assert scope.contains('Harbour Consulting empfiehlt, den Anwendungsbereich im oben wiedergegebenen Wortlaut einzureichen.') : 'sms-scope.md: built-in content and the consultant section'
assert !scope.contains("Consultant's statement") : 'sms-scope.md: the English consultant section was rendered into the German set'
// Sections the built-in German template prints, and the scope of the descriptor it quotes.
assert scope.contains('> Das Servicemanagementsystem der Rheintal Spedition GmbH umfasst') : 'sms-scope.md: built-in content and the consultant section'
assert scope.contains('## Anwendung der ISO/IEC 20000-1') : 'sms-scope.md: built-in content and the consultant section'
assert scope.contains('Keine Anforderung der ISO/IEC 20000-1:2018 ist vom SMS ausgeschlossen.') : 'sms-scope.md: built-in content and the consultant section'
// The built-in part comes first, and the header is printed once.
assert scope.indexOf('## Zweck') >= 0 && scope.indexOf('## Zweck') < scope.indexOf('## Anwendbarkeitsprüfung') : 'sms-scope.md: built-in content and the consultant section'
assert scope.indexOf('## Anwendbarkeitsprüfung') < scope.indexOf('## Mitgeltende Dokumente') : 'the consultant section comes before the related documents (beforeRelatedDocuments hook)'
assert scope.count('| Dokumentenlenkung | |') == 1 : 'sms-scope.md: built-in content and the consultant section'

// 2. Everything else stayed built-in.
def plan = text('sms-plan.md')
assert plan.startsWith('# Servicemanagementplan') : 'sms-plan.md is the built-in plan'
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
['lagerverwaltung', 'transport-telematik', 'sendungsverfolgung', 'standortnetz', 'arbeitsplatz-geraete', 'it-service-desk'].each {
    assert ids.contains("sla-$it".toString()) : "missing SLA for $it"
}

// 3. The extra document is in the set, the manifest, the document register and the traceability matrix,
//    under the German title of the pack's messages_de.properties.
def checklistTitle = 'Checkliste für Einführung und Inbetriebnahme des SMS'
def extra = manifest.documents.find { it.id == 'harbour-onboarding-checklist' }
assert extra != null : 'the pack document is not in manifest.json'
assert extra.title == checklistTitle : "manifest title: ${extra.title}"
assert extra.kind == 'plan' : "manifest kind: ${extra.kind}"
assert extra.clauses == ['5.3', '6.2.1', '6.3', '7.1', '7.5.3', '8.1'] : "manifest clauses: ${extra.clauses}"
assert extra.files.contains('markdown/harbour-onboarding-checklist.md') : 'the checklist files are in the manifest'
assert extra.files.contains('docx/harbour-onboarding-checklist.docx') : 'the checklist files are in the manifest'
def checklist = text('harbour-onboarding-checklist.md')
assert checklist.startsWith("# $checklistTitle") : 'harbour-onboarding-checklist.md content'
assert checklist.contains('| Dokument-ID | RHEINTAL-PLN-90 |') : 'harbour-onboarding-checklist.md content'
assert checklist.contains('| Lagerverwaltungssystem | Leiter Logistikanwendungen |') : 'harbour-onboarding-checklist.md content'
// The pack counts the German statuses: every document whose control block says "Entwurf" is a draft, the
// "Freigegeben" ones are not (Rheintal's plan still builds most subjects after the effective date).
def drafts = manifest.documents.count { text(it.files.find { f -> f.startsWith('markdown/') }.substring('markdown/'.length())).contains('| Status | Entwurf |') }
assert drafts > 0 && drafts < manifest.documents.size() : "drafts: ${drafts}"
assert checklist.contains("| Jedes Dokument ist freigegeben | Handlungsbedarf | ${drafts} von ${manifest.documents.size()} Dokumenten sind noch nicht freigegeben |") : 'harbour-onboarding-checklist.md: the German statuses are counted'
// The pack's own macro library (lib/harbour.ftl, imported by the checklist) prints each row's state in the set's
// language, from the pack's bundles (harbour.state.* in messages_de.properties).
assert checklist.contains('| Die oberste Leitung des SMS ist benannt | Erledigt | Geschäftsführer (Andreas Keller) |') : 'harbour-onboarding-checklist.md: the state macro of the pack library'
assert checklist.contains('- [Zertifizierungsfahrplan](certification-roadmap.md)') : 'harbour-onboarding-checklist.md content'
assert checklist.indexOf('## Entscheidung über die Inbetriebnahme') < checklist.indexOf('## Mitgeltende Dokumente') : 'harbour-onboarding-checklist.md content'
assert text('document-register.md').contains("| RHEINTAL-PLN-90 | [$checklistTitle](harbour-onboarding-checklist.md) | Plan |") : 'the document register lists the checklist'
def matrix = text('traceability-matrix.md')
assert matrix.contains("[$checklistTitle](harbour-onboarding-checklist.md): Ziele") : 'the traceability matrix cites the checklist sections'
assert matrix.contains("[$checklistTitle](harbour-onboarding-checklist.md): Offene Lücken") : 'the traceability matrix cites the checklist sections'

// No placeholder text and no dangling link in the two documents the pack supplies.
[['sms-scope.md', scope], ['harbour-onboarding-checklist.md', checklist]].each { name, body ->
    assert !(body =~ /(?i)\bTBD\b|lorem ipsum|\[insert|\[einfügen/) : "$name contains placeholder text"
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
        assert document.contains('RHEINTAL-')
        assert document.contains('w:left="1418"') : "$id.docx does not use the house page margins"
        // The tables look as the house style says: every table names the table style, and that style is the
        // pack's green one (header row, borders, bands), not the built-in blue one; no table overrides it.
        def tables = (document =~ /(?s)<w:tbl>.*?<w:tblPr>(.*?)<\/w:tblPr>/).collect { it[1] }
        assert !tables.isEmpty() : "$id.docx has no table"
        tables.each { assert it.contains('<w:tblStyle w:val="SmsTable"/>') : "$id.docx: a table without the table style: $it" }
        assert !document.contains('<w:tblBorders>') && !document.contains('w:fill=') : "$id.docx: a table has direct borders or shading"
        def tableStyles = (styles =~ /(?s)<w:style [^>]*w:type="table"[^>]*>.*?<\/w:style>/).collect { it }
        def tableStyle = tableStyles.find { it.contains('w:styleId="SmsTable"') }
        assert tableStyle != null : "$id.docx has no SmsTable style"
        assert tableStyles.count { it.contains('<w:name w:val="SMS Table"/>') } == 1 : "$id.docx: the table style is defined twice"
        assert tableStyle.contains('<w:tblStylePr w:type="firstRow">') && tableStyle.contains('w:fill="2F6B4F"') : "$id.docx: the header row is not in the house green"
        assert tableStyle.contains('w:color="A8CDB9"') : "$id.docx: the table borders are not in the house green"
        assert !tableStyle.contains('DCE6F1') && !tableStyle.contains('9BB1C8') : "$id.docx: the built-in blue table style"
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
// Which pack, in which version, made the set: in the build log and in the manifest, per document too.
assert log.contains('Templates from: pack harbour 1.0.0, built-in pack ') : 'the build names the pack and its version'
assert manifest.templates[0] == 'pack harbour 1.0.0'
assert manifest.documents.find { it.id == 'sms-scope' }.template == '[pack harbour] documents/sms-scope.md_de.ftl'
assert manifest.documents.find { it.id == 'sla-wms' || it.id.startsWith('sla-') }.template.startsWith('[built-in pack] ')
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

// 6. A German set: no English leftovers in any Markdown document of the client's set. Proper names of the
//    descriptor (organisation, roles, people, services, customers, suppliers, tools, certification body),
//    ISO/IEC designations and a deliberate allow-list of established loanwords are removed first; link
//    targets (file names), inline code, URLs and table pipes too. What is left must contain no English
//    function word. A hyphenated compound counts as one word ("End-to-End-Test" is a German loanword).
def descriptor = new File(basedir, 'client/src/sms/sms.yaml').getText('UTF-8')
assert descriptor =~ /(?m)^\s+language:\s*de\b/ : 'the client descriptor must ask for a German set (sms.language: de)'
def properNames = ['Harbour Consulting'] as Set
(descriptor =~ /(?m)(?:^|[{,])\s*(?:name|shortName|title|person|contact|tool|body):\s*(?:"([^"\n]+)"|([^,}\n#]+))/).each { m ->
    def value = (m[1] ?: m[2])?.trim()
    if (value) {
        properNames << value
    }
}
// Established ITSM loanwords and abbreviations a German text uses as they are.
def allowList = ['ISO/IEC', 'SLA', 'CMDB', 'RFC', 'Requests for Change', 'Request for Change',
                 'Single Points of Contact', 'Single Point of Contact', 'Point of Contact',
                 'Single Points of Failure', 'Single Point of Failure', 'Mean Time to Repair',
                 'Mean Time to Restore', 'Mean Time to Recover', 'Proof of Concept']
// Titles of other frameworks, quoted in their original English like the ISO/IEC titles (the CMMI-SVC
// process areas of the framework cross-reference).
def frameworkTitles = ['CMMI for Services', 'Capacity and Availability Management', 'Causal Analysis and Resolution',
                       'Incident Resolution and Prevention', 'Measurement and Analysis',
                       'Process and Product Quality Assurance', 'Work Monitoring and Control']
def removals = (properNames + allowList + frameworkTitles).sort { -it.length() }
def functionWords = ['the', 'and', 'of', 'with', 'for', 'must', 'shall', 'is', 'are', 'each', 'every', 'which',
                     'when', 'where', 'this', 'that', 'from', 'by', 'to', 'or']
// Lower case anywhere, and with a capital at the start of a sentence; never ALL CAPS (abbreviations).
def english = ~('(?<![\\p{L}\\p{N}_\\-])(' + (functionWords + functionWords*.capitalize()).join('|') + ')(?![\\p{L}\\p{N}_\\-])')
def leftovers = [:]
md.listFiles().findAll { it.name.endsWith('.md') }.sort { it.name }.each { file ->
    def body = file.getText('UTF-8').replaceAll(/(?s)<!--.*?-->/, ' ')
    def inFence = false
    body.eachLine { line, n ->
        if (line.trim().startsWith('```')) {
            inFence = !inFence
            return
        }
        if (inFence) {
            return
        }
        def prose = line.replaceAll(/\]\([^)]*\)/, ']')          // link and image targets: file names
                        .replaceAll(/`[^`]*`/, ' ')              // inline code: keys, file names
                        .replaceAll(/https?:\/\/\S+|\S+@\S+/, ' ') // URLs and e-mail addresses
                        .replace('|', ' ')
        removals.each { prose = prose.replace(it, ' ') }
        prose = prose.replaceAll(/ISO\/IEC\s+(?:TR\s+|TS\s+)?\d[\w.:-]*/, ' ')
        def words = (prose =~ english).collect { it[1] }.unique()
        if (words) {
            leftovers.get(file.name, []) << "  ${n + 1}: [${words.join(', ')}] ${line.trim()}"
        }
    }
}
if (leftovers) {
    println "English leftovers in ${leftovers.size()} of the set's Markdown documents:"
    leftovers.each { name, lines ->
        println "$name (${lines.size()} line${lines.size() == 1 ? '' : 's'}):"
        lines.each { println it }
    }
}
assert !leftovers : "English text in the German set: ${leftovers.keySet().join(', ')}"
// And no built-in English role title: the descriptor defines every role it refers to.
md.listFiles().findAll { it.name.endsWith('.md') }.each { file ->
    def body = file.getText('UTF-8')
    ['Top Management', 'Service Management Manager'].each {
        assert !body.contains(it) : "${file.name} names the built-in role '$it'"
    }
}
return true
