def log = new File(basedir, 'build.log').getText('UTF-8')
// Located in the pack's German file, with the renderings that reached it: the German ones only.
assert log =~ /\[ERROR\] \[pack acme\] documents\/acme-review\.md_de\.ftl:3:\d+: .*manger.*\(rendering the minimal descriptor, de, 2018; partial descriptor, de, 2018; full descriptor, de, 2018\)/
assert !log.contains('en, 2018)')
assert log.contains('the pack acme 2.0.0 has 1 problem (see the lines above)')
// Never installed, never a stack trace.
assert !log.contains('at io.smsdocs')
return true
