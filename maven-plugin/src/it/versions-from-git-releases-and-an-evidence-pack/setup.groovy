// A docs repo with two approved releases: sms-v1, then sms-v2 with a higher availability target.
// The git executable makes the repository (as a user would); the plugin reads it with JGit.
def run = { List<String> command, Map env = [:] ->
    def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    builder.environment().putAll(env)
    def process = builder.start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "${command.join(' ')}: $output"
}
def at = { String date -> [GIT_AUTHOR_NAME: 'Ann Lee', GIT_AUTHOR_EMAIL: 'ann@example.com', GIT_AUTHOR_DATE: date,
                           GIT_COMMITTER_NAME: 'Ann Lee', GIT_COMMITTER_EMAIL: 'ann@example.com', GIT_COMMITTER_DATE: date] }
def v1 = new File(basedir, 'sms.yaml.v1').getText('UTF-8')
def descriptor = new File(basedir, 'src/sms/sms.yaml')
descriptor.parentFile.mkdirs()
descriptor.setText(v1, 'UTF-8')
new File(basedir, '.gitignore').setText('target/\nbuild.log\n', 'UTF-8')
run(['git', 'init', '-q', '-b', 'main'])
run(['git', 'add', '.'])
run(['git', 'commit', '-q', '-m', 'First set'], at('2026-02-01T10:00:00Z'))
run(['git', 'tag', '-a', 'sms-v1', '-m', 'Approved by the management review of 2026-02-01'], at('2026-02-01T10:00:00Z'))
descriptor.setText(v1.replace('availabilityTarget: 99.9', 'availabilityTarget: 99.95'), 'UTF-8')
run(['git', 'commit', '-q', '-am', 'Higher availability for Acme'], at('2026-06-01T10:00:00Z'))
run(['git', 'tag', '-a', 'sms-v2', '-m', 'Approved: higher availability for Acme'], at('2026-06-01T10:00:00Z'))
return true
