// A docs repo with one commit; the edited descriptor waits in edited/ for goal 3.
def run = { List<String> command ->
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "${command.join(' ')}: $output"
}
def v1 = new File(basedir, 'sms.yaml.v1').getText('UTF-8')
def descriptor = new File(basedir, 'src/sms/sms.yaml')
descriptor.parentFile.mkdirs()
descriptor.setText(v1, 'UTF-8')
def edited = new File(basedir, 'edited/sms.yaml')
edited.parentFile.mkdirs()
edited.setText(v1.replace('availabilityTarget: 99.9', 'availabilityTarget: 99.5'), 'UTF-8')
new File(basedir, '.gitignore').setText('target/\nbuild.log\n', 'UTF-8')
run(['git', 'init', '-q', '-b', 'main'])
run(['git', 'config', 'user.name', 'Ann Lee'])
run(['git', 'config', 'user.email', 'ann@example.com'])
run(['git', 'config', 'commit.gpgsign', 'false'])
run(['git', 'add', '.'])
run(['git', 'commit', '-q', '-m', 'First set'])
return true
