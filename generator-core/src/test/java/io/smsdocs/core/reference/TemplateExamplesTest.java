package io.smsdocs.core.reference;

import freemarker.template.Template;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of docs/templates.md are real: every block fenced as {@code ftl} is rendered with the macro library
 * against the model of a sample document (the northwind set's SLA of Cloud Hosting; {@code ftl de} the German
 * rheintal set, {@code ftl 2011} the stmarys-it set, {@code ftl healthcare} the in-house hospital descriptor;
 * {@code guidance} turns guidance mode on), and a {@code text}
 * block right after it is what it prints. After a change to the library, refresh the printed blocks with
 * {@code -Dgolden.update=true} and read the diff. Also: every macro and function of lib/sms.ftl is documented,
 * and every {@code sms.} call the page shows exists.
 */
class TemplateExamplesTest {

    private static final Path DOCS = Path.of("../docs/templates.md");
    private static final Path LIBRARY = Path.of("../templates/src/main/resources/META-INF/smsdocs/packs/default/lib/sms.ftl");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Pattern FENCE = Pattern.compile("^( *)```(.*)$");

    /** A fenced block of the page: its info string, the lines of its fences (0-based), its indentation and text. */
    private record Block(String info, int line, int endLine, String indent, String text) {
    }

    /** An example and the block that shows what it prints, when it has one. */
    private record Example(Block source, Block printed) {
    }

    @Test
    void everyExampleRendersAndPrintsWhatThePageSays() throws Exception {
        List<String> lines = Files.readAllLines(DOCS, StandardCharsets.UTF_8);
        List<Example> examples = examples(blocks(lines));
        assertThat(examples).as("ftl examples in %s", DOCS).hasSizeGreaterThan(30);
        Map<String, SampleModels.DocumentModel> models = new HashMap<>();
        List<String> failures = new ArrayList<>();
        Map<Block, String> rendered = new java.util.LinkedHashMap<>();
        for (Example example : examples) {
            String key = example.source().info();
            SampleModels.DocumentModel model = models.computeIfAbsent(key, TemplateExamplesTest::modelFor);
            String output;
            try {
                output = render(example.source(), model);
            } catch (Exception e) {
                failures.add("docs/templates.md:" + (example.source().line() + 1) + ": the example does not render: " + e.getMessage());
                continue;
            }
            if (example.printed() != null) {
                rendered.put(example.printed(), output);
                if (!UPDATE && !output.equals(example.printed().text())) {
                    failures.add("docs/templates.md:" + (example.printed().line() + 1) + ": the example prints\n" + output
                            + "\nbut the page says\n" + example.printed().text());
                }
            }
        }
        if (UPDATE) {
            Files.write(DOCS, replaced(lines, rendered), StandardCharsets.UTF_8);
        }
        assertThat(failures).as("examples of docs/templates.md (refresh what they print with -Dgolden.update=true)").isEmpty();
    }

    @Test
    void everyMacroAndFunctionOfTheLibraryIsDocumented() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        Set<String> library = libraryNames();
        assertThat(library).as("macros and functions of lib/sms.ftl").hasSizeGreaterThan(25);
        assertThat(library.stream().filter(name -> !docs.contains("sms." + name)).toList())
                .as("macros and functions of lib/sms.ftl that docs/templates.md does not name as sms.<name>").isEmpty();
    }

    @Test
    void everyLibraryCallThePageShowsExists() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        Set<String> library = libraryNames();
        Set<String> called = new TreeSet<>();
        Matcher call = Pattern.compile("<@sms\\.(\\w+)|\\bsms\\.(\\w+)\\(").matcher(docs);
        while (call.find()) {
            called.add(call.group(1) != null ? call.group(1) : call.group(2));
        }
        assertThat(called).as("sms. calls in docs/templates.md").isNotEmpty();
        assertThat(called.stream().filter(name -> !library.contains(name)).toList())
                .as("macros and functions docs/templates.md calls that lib/sms.ftl does not define").isEmpty();
    }

    /** The names of the library's macros and functions. */
    private static Set<String> libraryNames() throws IOException {
        String library = Files.readString(LIBRARY, StandardCharsets.UTF_8);
        Set<String> names = new LinkedHashSet<>();
        Matcher definition = Pattern.compile("<#(?:macro|function)\\s+(\\w+)").matcher(library);
        while (definition.find()) {
            names.add(definition.group(1));
        }
        return names;
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String indent = open.group(1);
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).equals(indent + "```")) {
                end++;
            }
            // A block inside a list item is indented: its text is read without the indentation.
            String text = String.join("\n", lines.subList(i + 1, end).stream()
                    .map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l.strip()).toList());
            blocks.add(new Block(open.group(2).strip(), i, end, indent, text));
            i = end;
        }
        return blocks;
    }

    /** The ftl blocks, each with the text block that follows it with nothing but blank lines between. */
    private static List<Example> examples(List<Block> blocks) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.info().equals("ftl") && !block.info().startsWith("ftl ")) {
                continue;
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            boolean printed = next != null && next.info().equals("text") && next.line() == block.endLine() + 1
                    || next != null && next.info().equals("text") && next.line() == block.endLine() + 2;
            examples.add(new Example(block, printed ? next : null));
        }
        return examples;
    }

    /** The sample document an example renders in: {@code ftl [de|2011] [guidance]}. */
    private static SampleModels.DocumentModel modelFor(String info) {
        List<String> words = List.of(info.split("\\s+"));
        boolean guidance = words.contains("guidance");
        if (words.contains("de")) {
            return SampleModels.document(Path.of("../samples/consultant-pack/client/src/sms/sms.yaml"), "sla-lagerverwaltung", guidance);
        }
        if (words.contains("healthcare")) {
            return SampleModels.document(Path.of("src/test/resources/descriptors/in-house-hospital.yaml"), "sla-epr", guidance);
        }
        if (words.contains("2011")) {
            return SampleModels.document(Path.of("../samples/stmarys-it/src/sms/sms.yaml"), "sla-epr", guidance);
        }
        return SampleModels.document(Path.of("../samples/northwind/src/sms/sms.yaml"), "sla-cloud-hosting", guidance);
    }

    /** What the example prints, tidied as the renderer tidies a document (no trailing spaces, one blank line at most). */
    private static String render(Block example, SampleModels.DocumentModel model) throws Exception {
        Template template = new Template("docs/templates.md:" + (example.line() + 1), example.text(), model.configuration());
        template.setLocale(model.locale());
        StringWriter out = new StringWriter();
        template.process(model.model(), out);
        return out.toString().replaceAll("(?m)[ \\t]+$", "").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static List<String> replaced(List<String> lines, Map<Block, String> rendered) {
        List<String> result = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Block, String> entry : rendered.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> e.getKey().line())).toList()) {
            Block block = entry.getKey();
            result.addAll(lines.subList(i, block.line() + 1));
            if (!entry.getValue().isEmpty()) {
                List.of(entry.getValue().split("\n", -1)).forEach(l -> result.add(l.isEmpty() ? l : block.indent() + l));
            }
            i = block.endLine();
        }
        result.addAll(lines.subList(i, lines.size()));
        return result;
    }
}
