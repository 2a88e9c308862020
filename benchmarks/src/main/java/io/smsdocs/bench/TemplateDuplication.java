package io.smsdocs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build report: FreeMarker directive lines that a language variant of a template ({@code name_de.ftl})
 * repeats identically from its base ({@code name.ftl}). Each such line is logic written twice; the aim
 * is that a translation repeats prose only. Printed by every build, never failing it.
 */
public final class TemplateDuplication {

    /** One pair of files and the directive lines they share. */
    record Pair(String variant, int shared) {
    }

    private TemplateDuplication() {
    }

    public static void main(String[] args) throws IOException {
        Path pack = Path.of(args.length > 0 ? args[0] : "templates/src/main/resources/META-INF/smsdocs/packs/default").normalize();
        List<Pair> pairs = pairs(pack);
        int total = pairs.stream().mapToInt(Pair::shared).sum();
        StringBuilder report = new StringBuilder();
        report.append("Directive lines repeated identically in language variants of ").append(pack).append(": ")
                .append(total).append(" (target: under 200)\n");
        pairs.stream().filter(p -> p.shared() > 0).sorted(Comparator.comparingInt(Pair::shared).reversed()).limit(15)
                .forEach(p -> report.append(String.format("  %4d  %s%n", p.shared(), p.variant())));
        System.out.print(report);
        if (args.length > 1) {
            Files.createDirectories(Path.of(args[1]).getParent());
            Files.writeString(Path.of(args[1]), report);
        }
    }

    static List<Pair> pairs(Path pack) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(pack)) {
            for (Path variant : files.filter(f -> f.getFileName().toString().matches(".*_[a-z]{2}\\.ftl")).sorted().toList()) {
                String name = variant.getFileName().toString();
                Path base = variant.resolveSibling(name.substring(0, name.length() - "_xx.ftl".length()) + ".ftl");
                if (Files.exists(base)) {
                    pairs.add(new Pair(pack.relativize(variant).toString().replace('\\', '/'),
                            shared(Files.readString(base), Files.readString(variant))));
                }
            }
        }
        return pairs;
    }

    /** Directive lines of the variant that also occur in the base, counted as often as both have them. */
    static int shared(String base, String variant) {
        Map<String, Integer> inBase = new HashMap<>();
        directives(base).forEach(line -> inBase.merge(line, 1, Integer::sum));
        int shared = 0;
        for (String line : directives(variant)) {
            Integer left = inBase.get(line);
            if (left != null && left > 0) {
                inBase.put(line, left - 1);
                shared++;
            }
        }
        return shared;
    }

    static List<String> directives(String template) {
        return template.lines().map(String::strip)
                .filter(line -> line.startsWith("<#") || line.startsWith("</#") || line.startsWith("<@") || line.startsWith("</@"))
                .toList();
    }

}
