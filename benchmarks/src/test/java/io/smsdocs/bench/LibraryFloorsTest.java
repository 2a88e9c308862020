package io.smsdocs.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryFloorsTest {

    @Test
    void parsesTheDefaultLanguagesTemplatesOnlyAndNothingButTemplates(@TempDir Path pack) throws Exception {
        for (String name : new String[] {"documents/sla.md.ftl", "documents/sla.text.ftl", "documents/sla.text_de.ftl",
                "sections/change.text_de_AT.ftl", "lib/sms.ftl", "messages/messages.properties", "pack.yaml"}) {
            Path file = pack.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }

        assertThat(LibraryFloors.defaultLanguageTemplates(pack))
                .containsExactly("documents/sla.md.ftl", "documents/sla.text.ftl", "lib/sms.ftl");
    }
}
