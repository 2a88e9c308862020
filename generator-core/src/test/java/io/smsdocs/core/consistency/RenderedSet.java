package io.smsdocs.core.consistency;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.model.Descriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A whole document set rendered to Markdown, with the descriptor it came from: what the consistency tests read.
 * Each set is rendered once per test run.
 */
record RenderedSet(String name, Descriptor descriptor, Map<String, String> documents) {

    /** Every sample set, the hospital descriptor of issue #13 (partly specified) and the minimal descriptor. */
    static final List<String[]> ALL = List.of(
            new String[] {"northwind", "../samples/northwind/src/sms/sms.yaml"},
            new String[] {"stmarys-it", "../samples/stmarys-it/src/sms/sms.yaml"},
            new String[] {"rheintal-de", "../samples/consultant-pack/client/src/sms/sms.yaml"},
            new String[] {"hospital", "src/test/resources/descriptors/hospital.yaml"},
            new String[] {"minimal", "src/test/resources/descriptors/minimal.yaml"});

    private static final Map<String, RenderedSet> CACHE = new ConcurrentHashMap<>();

    static RenderedSet of(String name) {
        return CACHE.computeIfAbsent(name, RenderedSet::render);
    }

    static Stream<String> names() {
        return ALL.stream().map(set -> set[0]);
    }

    private static RenderedSet render(String name) {
        Path descriptor = Path.of(ALL.stream().filter(set -> set[0].equals(name)).findFirst().orElseThrow()[1]);
        try {
            Path out = Files.createTempDirectory("sms-consistency-" + name);
            new SmsGenerator().generate(GenerationRequest.of(descriptor, null, out, List.of("markdown")));
            Map<String, String> documents = new TreeMap<>();
            try (Stream<Path> files = Files.list(out.resolve("markdown"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    String fileName = file.getFileName().toString();
                    documents.put(fileName.substring(0, fileName.length() - 3), Files.readString(file));
                }
            }
            return new RenderedSet(name, new DescriptorLoader().load(descriptor, descriptor.toString()).descriptor(), documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean german() {
        return "de".equals(descriptor.sms().language());
    }

    /**
     * The text with the lines of each paragraph or list item joined into one, so a sentence wrapped over two
     * lines is one string; table rows stay one line each.
     */
    static List<String> statements(String markdown) {
        List<String> statements = new java.util.ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\n")) {
            String trimmed = line.strip();
            boolean starts = trimmed.isEmpty() || trimmed.startsWith("|") || trimmed.startsWith("#")
                    || trimmed.startsWith("- ") || trimmed.matches("\\d+\\. .*") || trimmed.startsWith(">");
            if (starts && !paragraph.isEmpty()) {
                statements.add(paragraph.toString());
                paragraph.setLength(0);
            }
            if (trimmed.startsWith("|") || trimmed.startsWith("#")) {
                statements.add(trimmed);
            } else if (!trimmed.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(trimmed);
            }
        }
        if (!paragraph.isEmpty()) {
            statements.add(paragraph.toString());
        }
        return statements;
    }
}
