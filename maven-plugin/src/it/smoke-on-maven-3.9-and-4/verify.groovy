// Smoke test of the plugin under the Mavens users have: init, generate and check on the scaffold, with
// Maven 3.9 and Maven 4 as unpacked by the plugin's pom, offline against the invoker's local repository.
def mavens = ['3.9': maven39Home, '4': maven4Home]
def repository = new File(localRepositoryPath.toString()).absoluteFile
// Every repository is the invoker's local one, under the id the other integration tests resolved it with.
def settings = new File(basedir, 'smoke-settings.xml')
settings.text = """<settings>
  <mirrors>
    <mirror><id>local.central</id><mirrorOf>*</mirrorOf><url>${repository.toURI()}</url></mirror>
  </mirrors>
</settings>
"""

def run = { String maven, File home, File dir, String name, List<String> args ->
    def command = ['sh', new File(home, 'bin/mvn').absolutePath, '-B', '-o', '-s', settings.absolutePath,
                   "-Dmaven.repo.local=${repository}".toString()] + args
    def builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
    builder.environment().put('JAVA_HOME', System.getProperty('java.home'))
    ['MAVEN_ARGS', 'MAVEN_OPTS', 'MAVEN_CONFIG'].each { builder.environment().remove(it) }
    def process = builder.start()
    def output = process.inputStream.getText('UTF-8')
    process.waitFor()
    new File(basedir, "maven-${maven}-${name}.log").setText(output, 'UTF-8')
    assert process.exitValue() == 0 : "mvn ${args.join(' ')} failed under Maven ${maven}:\n${output}"
    return output
}

mavens.each { maven, homePath ->
    def home = new File(homePath)
    assert new File(home, 'bin/mvn').isFile() : "no Maven ${maven} at ${home}"
    def project = new File(basedir, "docs-maven-${maven}")
    project.mkdirs()

    def init = run(maven, home, project, 'init', ["io.smsdocs:sms-maven-plugin:${pluginVersion}:init".toString(),
                                                  '-Dsms.organization=Smoke Test Ltd'])
    assert init.contains('Created src/sms/sms.yaml')
    assert init.contains('Created pom.xml')
    assert !init.contains('add this plugin') : 'the pom init writes declares the plugin already'
    assert new File(project, '.mvn').isDirectory()

    def build = run(maven, home, project, 'generate-check', ['sms:generate', 'sms:check'])
    assert build.contains('Generated ')
    assert build.contains('sms:check passed')
    assert build.readLines().count { it.contains('19 processes have no owner') && it.contains('open decision D-') } == 2
    // Maven 4 warns when it cannot find the root of the build; the .mvn folder init writes marks it.
    assert !build.contains('Unable to find the root directory') : build
    assert !build.contains('[ERROR]')
    def manifest = new groovy.json.JsonSlurper().parse(new File(project, 'target/sms/manifest.json'))
    assert manifest.documents.size() > 20
    println "Maven ${maven}: init, generate and check passed"
}
return true
