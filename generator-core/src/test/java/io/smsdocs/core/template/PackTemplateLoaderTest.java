package io.smsdocs.core.template;

import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PackTemplateLoaderTest {

    /** FreeMarker's loader with a count of how often it is asked where a file is and when it changed. */
    private static final class Counting implements TemplateLoader {
        final StringTemplateLoader files = new StringTemplateLoader();
        final AtomicInteger finds = new AtomicInteger();
        final AtomicInteger dates = new AtomicInteger();
        final AtomicInteger open = new AtomicInteger();

        @Override
        public Object findTemplateSource(String name) throws IOException {
            finds.incrementAndGet();
            Object source = files.findTemplateSource(name);
            if (source != null) {
                open.incrementAndGet();
            }
            return source;
        }

        @Override
        public long getLastModified(Object source) {
            dates.incrementAndGet();
            return files.getLastModified(source);
        }

        @Override
        public Reader getReader(Object source, String encoding) throws IOException {
            return files.getReader(source, encoding);
        }

        @Override
        public void closeTemplateSource(Object source) throws IOException {
            open.decrementAndGet();
            files.closeTemplateSource(source);
        }
    }

    @Test
    void asksTheClasspathOncePerFileAndStillReadsIt() throws IOException {
        Counting classpath = new Counting();
        classpath.files.putTemplate("documents/policy.md.ftl", "# Policy", 1234L);
        PackTemplateLoader pack = new PackTemplateLoader(classpath);

        for (int use = 0; use < 5; use++) {
            Object source = pack.findTemplateSource("documents/policy.md.ftl");
            assertThat(pack.getLastModified(source)).isEqualTo(1234L);
            pack.closeTemplateSource(source);
            assertThat(pack.findTemplateSource("documents/missing.md.ftl")).isNull();
        }
        assertThat(classpath.finds).hasValue(3); // policy, missing, and policy once more for its date
        assertThat(classpath.dates).hasValue(1);
        assertThat(classpath.open).hasValue(0);

        Object source = pack.findTemplateSource("documents/policy.md.ftl");
        assertThat(source).isEqualTo(pack.findTemplateSource("documents/policy.md.ftl"))
                .isNotEqualTo(pack.findTemplateSource("documents/missing.md.ftl"));
        try (Reader reader = pack.getReader(source, "UTF-8")) {
            assertThat(new java.io.BufferedReader(reader).readLine()).isEqualTo("# Policy");
        }
        pack.closeTemplateSource(source);
        assertThat(classpath.open).hasValue(0);
    }
}
