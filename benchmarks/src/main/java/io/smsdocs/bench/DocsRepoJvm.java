package io.smsdocs.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A fresh JVM with a 1 GiB heap and the options of a docs repo made by sms:init (its .mvn/jvm.config, as the benchmark's
 * hospital project has it): what a user's mvn sms:generate runs with. The growth and floors sections measure in it.
 */
final class DocsRepoJvm {

    /** What the child printed (standard output and error, stripped) and how it ended. */
    record Child(int exit, String output) {
    }

    private DocsRepoJvm() {
    }

    /** The options of the docs repo's .mvn/jvm.config. */
    static List<String> options() throws IOException {
        return List.of(Files.readString(Path.of("benchmarks/projects/hospital/.mvn/jvm.config")).strip().split("\\s+"));
    }

    /** Runs {@code main} with {@code args} on this JVM's class path, waiting up to 20 minutes. */
    static Child run(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        command.addAll(options());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor(20, TimeUnit.MINUTES);
        return new Child(process.exitValue(), output);
    }
}
