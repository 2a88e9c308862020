package io.smsdocs.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The samples are real docs repos with a literal plugin version; it must be the version being built. */
class SamplesUseThisVersionTest {

    @Test
    void everySamplePomDeclaresThePluginVersionBeingBuilt() throws IOException {
        String version = System.getProperty("project.version");
        assertThat(version).as("surefire passes project.version").isNotBlank();
        List<Path> poms;
        try (Stream<Path> samples = Files.list(Path.of("../samples"))) {
            poms = samples.map(dir -> dir.resolve("pom.xml")).filter(Files::isRegularFile).toList();
        }
        assertThat(poms).isNotEmpty().allSatisfy(pom -> assertThat(Files.readString(pom))
                .as(pom.toString()).contains("<artifactId>sms-maven-plugin</artifactId>\n        <version>" + version + "</version>"));
    }
}
