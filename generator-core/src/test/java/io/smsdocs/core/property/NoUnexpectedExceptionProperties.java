package io.smsdocs.core.property;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.api.SmsGenerator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the descriptor holds, the generator ends in one of two ways: a valid set, or located
 * problems. No other exception escapes, so a user never sees a stack trace for bad input.
 */
class NoUnexpectedExceptionProperties {

    private static final List<String> KEYS = List.of("organization", "sms", "name", "scope", "roles", "services", "customers",
            "suppliers", "id", "title", "owner", "edition", "effectiveDate", "processes", "incident-management", "tool",
            "implementation", "gaps", "clause", "status", "certification", "stage1", "stage2", "documents", "exclude",
            "overrides", "version", "availabilityTarget", "hours", "criticality", "serviceLevels", "priorities", "x");

    @Property(tries = 200)
    void randomDescriptorTreesGiveASetOrLocatedProblems(@ForAll("descriptors") String yaml) throws IOException {
        assertOutcome(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void randomBytesGiveLocatedProblems(@ForAll byte[] bytes) throws IOException {
        assertOutcome(bytes);
    }

    private static void assertOutcome(byte[] descriptor) throws IOException {
        Path dir = Files.createTempDirectory("smsdocs-property");
        try {
            Path file = dir.resolve("sms.yaml");
            Files.write(file, descriptor);
            try {
                new SmsGenerator().generate(GenerationRequest.of(file, null, dir.resolve("out"), List.of("markdown")));
                assertThat(dir.resolve("out/manifest.json")).exists();
            } catch (SmsException e) {
                assertThat(e.problems()).isNotEmpty().allSatisfy(NoUnexpectedExceptionProperties::isLocated);
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void isLocated(Problem problem) {
        assertThat(problem.format()).doesNotContain("\n").contains("sms.yaml");
        assertThat(problem.line()).as(problem.format()).isPositive();
        assertThat(problem.hint()).as(problem.format()).isNotBlank();
    }

    @Provide
    Arbitrary<String> descriptors() {
        Arbitrary<Object> tree = Arbitraries.recursive(NoUnexpectedExceptionProperties::scalars, NoUnexpectedExceptionProperties::nest, 3);
        return Combinators.combine(tree, Arbitraries.of(true, false)).as((random, anchored) -> {
            String base = "organization: {name: Example Ltd}\nsms:\n  scope: The SMS covers the services of Example Ltd.\n";
            String body = yaml(random, 0);
            return anchored ? base + body : body;
        });
    }

    private static Arbitrary<Object> scalars() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.integers().between(-5, 3000).map(i -> (Object) i),
                Arbitraries.of("2026-01-15", "2026-02-30", "8.6.1", "99.5", "true", "null", "sms-manager", "external", "missing",
                        "[a, b]", "{k: v}", "*alias", "&anchor x", "- item", ": colon", "\t tab", "'").map(s -> (Object) s));
    }

    private static Arbitrary<Object> nest(Arbitrary<Object> inner) {
        Arbitrary<Object> map = Arbitraries.maps(Arbitraries.of(KEYS), inner).ofMaxSize(4).map(m -> (Object) m);
        Arbitrary<Object> list = inner.list().ofMaxSize(3).map(l -> (Object) l);
        return Arbitraries.oneOf(map, list);
    }

    private static String yaml(Object node, int depth) {
        String indent = "  ".repeat(depth);
        if (node instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return indent + "{}\n";
            }
            return map.entrySet().stream().map(e -> indent + e.getKey() + ":" + child(e.getValue(), depth + 1))
                    .collect(Collectors.joining());
        }
        if (node instanceof List<?> list) {
            if (list.isEmpty()) {
                return indent + "[]\n";
            }
            return list.stream().map(v -> indent + "-" + child(v, depth + 1)).collect(Collectors.joining());
        }
        return indent + node + "\n";
    }

    private static String child(Object value, int depth) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return "\n" + yaml(value, depth);
        }
        return " " + value + "\n";
    }
}
