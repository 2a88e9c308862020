package io.smsdocs.core.consistency;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.descriptor.model.Role;
import io.smsdocs.core.descriptor.model.Supplier;
import io.smsdocs.core.model.TemplateModelFactory;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each fact the documents of a set share has exactly one value across the set, and it is the model's: the
 * test finds every statement of the fact (by patterns anchored on its subject: "the whole register", "a full
 * management review", "changes … within 7 days", the emergency CAB, a supplier's contract column …), reads the
 * value each one states and compares it with the value the model holds. A document that states the fact in
 * its own words, or with another value, fails the test; so does a set in which the statements are no longer
 * found at all.
 */
class SharedFactsTest {

    static Stream<String> sets() {
        return RenderedSet.names();
    }

    /** One kind of fact: how to find its statements, how to read a value from one, and the model's value. */
    private record Fact(String name, List<Pattern> statements, Function<String, String> value, Function<Model, String> expected, int atLeast) {
    }

    /** The model values a set was rendered from, and its descriptor. */
    private record Model(Map<String, Object> values, io.smsdocs.core.descriptor.model.Descriptor descriptor) {

        @SuppressWarnings("unchecked")
        Object at(String... path) {
            Object value = values;
            for (String key : path) {
                value = ((Map<String, Object>) value).get(key);
            }
            return value;
        }
    }

    private static final List<Fact> ENGLISH = List.of(
            new Fact("risk review frequency", patterns(
                    "\\bRisk owners review their risks ([a-z ]+?) and after",
                    "\\breviews the whole register ((?:every|once a) [a-z]+(?: [a-z]+)?)",
                    "\\bThe register is reviewed by the [^.]*? ((?:every|once a) [a-z]+(?: [a-z]+)?) and",
                    "^\\| Review of the risk and opportunity register \\| ([^|]+) \\|"),
                    SharedFactsTest::frequency, m -> frequency((String) m.at("cadence", "riskReview", "every")), 4),
            new Fact("management review frequency", patterns(
                    "\\bA full management review is held ([a-z ]+?)\\.",
                    "^\\| Management review \\| ([^|,]+)[,|]",
                    "^\\| SMS \\| [^|]+ \\| Management review \\| ([^|]+) \\|",
                    "\\| Chairing the management review \\| ([^|,]+)[,|]"),
                    SharedFactsTest::frequency, m -> frequency((String) m.at("cadence", "managementReview", "every")), 3),
            new Fact("change failure target", patterns("(?i)\\bincident within 7 days\\b.*?\\b(?:below|under|less than) (\\d+(?:\\.\\d+)?) ?%"),
                    Function.identity(), m -> number((String) ((Map<?, ?>) m.at("measurement", "target")).get("change-management")), 2),
            new Fact("customer satisfaction target", patterns("(?i)^\\|[^|]*satisf[^|]*\\|.*?\\b([1-5]\\.\\d)\\b (?:or higher|out of 5)"),
                    Function.identity(), m -> satisfaction((String) ((Map<?, ?>) m.at("measurement", "target")).get("business-relationship-management")), 1),
            new Fact("emergency change approval", patterns(
                    "^\\| Approve an emergency change \\| The emergency CAB: ([^|]+?) \\|",
                    "^\\| Emergency \\| [^|]+ \\| Emergency CAB: ([^|]+?) \\|",
                    "\\bThe emergency CAB \\(([^)]+)\\)",
                    "^\\| Approve an emergency change \\| ([^|]+?) \\|"),
                    v -> v.replaceFirst("^The emergency CAB: ", ""), m -> (String) m.at("governance", "emergencyCab"), 3),
            new Fact("risk rating method", patterns("(?i)\\b((?:rate|rated) (?:for )?likelihood and impact[^.]*)"),
                    SharedFactsTest::method, m -> "levels", 2),
            new Fact("document review interval", patterns(
                    "\\breviews this (?:policy|plan|statement)(?: with customers)? at least (every \\d+ months|once a year|every year)",
                    "\\b(?:This agreement|Each SLA) is reviewed with the customer at least (every \\d+ months|once a year)",
                    "\\bthe whole catalogue is reviewed at least (every \\d+ months|once a year)",
                    "\\b(?:Every|Each) document is reviewed (?:by its owner )?at least (every \\d+ months|once a year)"),
                    SharedFactsTest::months, m -> String.valueOf(m.descriptor().sms().documentControl().reviewIntervalMonths()), 5));

    private static final List<Fact> GERMAN = List.of(
            new Fact("risk review frequency", patterns(
                    "\\bDie Risikoverantwortlichen überprüfen ihre Risiken (\\S+) sowie",
                    "\\büberprüft das gesamte Register ((?:einmal )?\\S+)",
                    "\\bDas Register wird (\\S+) durch den",
                    "^\\| Überprüfung des Registers der Risiken und Chancen \\| ([^|]+) \\|"),
                    SharedFactsTest::frequency, m -> frequency((String) m.at("cadence", "riskReview", "every")), 4),
            new Fact("management review frequency", patterns(
                    "\\bEine vollständige Managementbewertung findet (\\S+) statt",
                    "^\\| Managementbewertung \\| ([^|,]+)[,|]",
                    "^\\| SMS \\| [^|]+ \\| Managementbewertung \\| ([^|]+) \\|",
                    "\\| Leitung der Managementbewertung \\| ([^|,]+)[,|]"),
                    SharedFactsTest::frequency, m -> frequency((String) m.at("cadence", "managementReview", "every")), 3),
            new Fact("change failure target", patterns("(?i)\\binnerhalb von 7 Tagen\\b.*?\\b(?:unter|weniger als) (\\d+(?:,\\d+)?)[ \\u00a0]?%"),
                    v -> v.replace(',', '.'), m -> number((String) ((Map<?, ?>) m.at("measurement", "target")).get("change-management")), 2),
            new Fact("customer satisfaction target", patterns("(?i)^\\|[^|]*zufrieden[^|]*\\|.*?\\b([1-5],\\d)\\b (?:oder höher|von 5)"),
                    v -> v.replace(',', '.'), m -> satisfaction((String) ((Map<?, ?>) m.at("measurement", "target")).get("business-relationship-management")), 1),
            new Fact("emergency change approval", patterns(
                    "^\\| Genehmigung einer Notfalländerung \\| Notfall-CAB: ([^|]+?) \\|",
                    "^\\| Notfalländerung \\| (?:[^|]+ \\| )?Notfall-CAB: ([^|]+?) \\|",
                    "\\bDas Notfall-CAB \\(([^)]+)\\)",
                    "^\\| Genehmigung einer Notfalländerung \\| ([^|]+?) \\|"),
                    v -> v.replaceFirst("^Notfall-CAB: ", ""), m -> (String) m.at("governance", "emergencyCab"), 3),
            new Fact("risk rating method", patterns("(?i)\\b((?:Wahrscheinlichkeit|Eintrittswahrscheinlichkeit) und Auswirkung (?:werden|eingestuft|bewertet)[^.]*)"),
                    SharedFactsTest::method, m -> "levels", 1),
            new Fact("document review interval", patterns(
                    "\\büberprüft (?:diese|diesen) (?:Richtlinie|Politik|Plan|Erklärung)(?: mit den Kunden)? mindestens (alle \\d+ Monate|einmal jährlich)",
                    "\\b(?:Diese Vereinbarung|Jede SLA) wird mindestens (alle \\d+ Monate|einmal jährlich)",
                    "\\bder gesamte Katalog mindestens (alle \\d+ Monate|einmal jährlich)",
                    "\\bJedes Dokument wird (?:von seinem Verantwortlichen )?mindestens (alle \\d+ Monate|einmal jährlich)"),
                    SharedFactsTest::months, m -> String.valueOf(m.descriptor().sms().documentControl().reviewIntervalMonths()), 5));

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void eachSharedFactHasOneValueAcrossTheSetAndItIsTheModels(String name) {
        RenderedSet set = RenderedSet.of(name);
        Model model = model(name);
        List<String> contradictions = new ArrayList<>();
        for (Fact fact : set.german() ? GERMAN : ENGLISH) {
            String expected = fact.expected().apply(model);
            int found = 0;
            for (Map.Entry<String, String> document : set.documents().entrySet()) {
                for (String statement : RenderedSet.statements(document.getValue())) {
                    for (Pattern pattern : fact.statements()) {
                        Matcher matcher = pattern.matcher(statement);
                        while (matcher.find()) {
                            found++;
                            String value = fact.value().apply(matcher.group(1).strip());
                            if (!value.equals(expected)) {
                                contradictions.add(fact.name() + " in " + document.getKey() + " is '" + value + "', the model says '"
                                        + expected + "': " + statement);
                            }
                        }
                    }
                }
            }
            assertThat(found).as("statements of the %s found in %s", fact.name(), name).isGreaterThanOrEqualTo(fact.atLeast());
        }
        contradictions.addAll(supplierReferences(set));
        contradictions.addAll(slaSignatories(set, model));
        assertThat(contradictions).as("facts stated with another value than the model's in %s", name).isEmpty();
    }

    /**
     * Every table that has a column for a supplier's contract or agreement states, in the row of that supplier,
     * the supplier's reference (capitalised at the start of a cell) or agreement as the model words it, followed at
     * most by a link to the supplier's own agreement in the set: never "pending", "held by …" or "internal agreement"
     * for an external supplier.
     */
    private static List<String> supplierReferences(RenderedSet set) {
        List<String> contradictions = new ArrayList<>();
        Pattern column = Pattern.compile("^(?:Contract|Agreement|Governed by|Vertrag|Vereinbarung|Geregelt durch)$");
        Map<String, Map<String, Object>> words = new java.util.HashMap<>();
        model(set.name()).descriptor();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> suppliers = (List<Map<String, Object>>) (List<?>) model(set.name()).values().get("suppliers");
        suppliers.forEach(s -> words.put((String) s.get("name"), s));
        for (Map.Entry<String, String> document : set.documents().entrySet()) {
            List<String> header = List.of();
            for (String line : document.getValue().split("\n")) {
                if (!line.startsWith("|")) {
                    header = List.of();
                    continue;
                }
                List<String> cells = cells(line);
                if (header.isEmpty()) {
                    header = cells;
                    continue;
                }
                if (cells.isEmpty() || !words.containsKey(cells.get(0))) {
                    continue;
                }
                Map<String, Object> supplier = words.get(cells.get(0));
                for (int i = 1; i < Math.min(header.size(), cells.size()); i++) {
                    if (column.matcher(header.get(i)).matches()) {
                        // A cell may add a link to the supplier's own agreement in the set ("...: [Internal Agreement: X](...)").
                        Object agreementDocument = supplier.get("agreementDocument");
                        String cell = agreementDocument == null ? cells.get(i)
                                : cells.get(i).replaceFirst(": \\[[^]]*]\\(" + Pattern.quote(agreementDocument + ".md") + "\\)$", "");
                        String reference = (String) supplier.get("reference");
                        String capitalised = Character.toUpperCase(reference.charAt(0)) + reference.substring(1);
                        if (!cell.equals(reference) && !cell.equals(capitalised) && !cell.equals(supplier.get("agreement"))) {
                            contradictions.add("the reference of " + supplier.get("name") + " in " + document.getKey() + " is '" + cell
                                    + "', the model says '" + supplier.get("reference") + "' (" + supplier.get("agreement") + "): " + line);
                        }
                    }
                }
            }
        }
        return contradictions;
    }

    /** The role a procedure says signs the SLAs is the approver every SLA's control block names. */
    private static List<String> slaSignatories(RenderedSet set, Model model) {
        String signatory = (String) ((Map<?, ?>) model.at("governance", "slaSignatory")).get("title");
        Pattern signs = Pattern.compile("^\\| ([^|]+) \\| [^|]* \\| .*\\b(?:Signs the SLAs for|Unterzeichnet die SLAs für)\\b");
        List<String> contradictions = new ArrayList<>();
        for (Map.Entry<String, String> document : set.documents().entrySet()) {
            for (String line : document.getValue().split("\n")) {
                Matcher matcher = signs.matcher(line);
                if (matcher.find() && !matcher.group(1).equals(signatory)) {
                    contradictions.add("the SLA signatory in " + document.getKey() + " is " + matcher.group(1) + ", the SLAs name "
                            + signatory + ": " + line);
                }
            }
        }
        return contradictions;
    }

    @Test
    void aStatementWithAnotherValueIsFound() {
        Fact risk = ENGLISH.get(0);
        String text = "The Service Management Manager reviews the whole register once a year, before the management review.";
        Matcher matcher = risk.statements().get(1).matcher(text);
        assertThat(matcher.find()).isTrue();
        assertThat(risk.value().apply(matcher.group(1))).isEqualTo("yearly").isNotEqualTo(frequency("every quarter"));
        Fact method = ENGLISH.get(5);
        Matcher rating = method.statements().get(0).matcher("Rate likelihood and impact from 1 to 5 each; the risk score is their product.");
        assertThat(rating.find()).isTrue();
        assertThat(method.value().apply(rating.group(1))).isEqualTo("scores");
    }

    /** A frequency in words, as one of a few canonical intervals. */
    static String frequency(String words) {
        String text = words.toLowerCase(Locale.ROOT);
        if (text.contains("quarter") || text.contains("vierteljährlich")) {
            return "quarterly";
        }
        if (text.contains("six month") || text.contains("six-month") || text.contains("halbjährlich")) {
            return "six-monthly";
        }
        if (text.contains("year") || text.contains("annual") || text.contains("jährlich")) {
            return "yearly";
        }
        if (text.contains("month") || text.contains("monatlich")) {
            return "monthly";
        }
        return words;
    }

    /** An interval in words as a number of months: "every 12 months", "once a year" (12). */
    static String months(String words) {
        Matcher number = Pattern.compile("\\d+").matcher(words);
        return number.find() ? number.group() : words.contains("year") || words.contains("jährlich") ? "12" : words;
    }

    /** How a statement rates risks: by the register's levels, or by a numeric score of its own. */
    static String method(String statement) {
        String text = statement.toLowerCase(Locale.ROOT);
        return text.matches(".*\\b(1 to 5|1 bis 5|score|kennzahl|product|produkt)\\b.*") ? "scores" : "levels";
    }

    private static String number(String target) {
        Matcher matcher = Pattern.compile("(?i)(?:below|under|unter|weniger als) (\\d+(?:[.,]\\d+)?)[ \\u00a0]?%").matcher(target);
        return matcher.find() ? matcher.group(1).replace(',', '.') : "(no percentage in '" + target + "')";
    }

    private static String satisfaction(String target) {
        Matcher matcher = Pattern.compile("\\b([1-5][.,]\\d)\\b").matcher(target);
        return matcher.find() ? matcher.group(1).replace(',', '.') : "(no score in '" + target + "')";
    }

    private static List<Pattern> patterns(String... regexes) {
        return Stream.of(regexes).map(Pattern::compile).toList();
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        if (inner.startsWith("|")) {
            inner = inner.substring(1);
        }
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return Stream.of(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private static final Map<String, Model> MODELS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The values the set was rendered from (the same factory the generator uses, with the built-in pack). */
    private static Model model(String name) {
        return MODELS.computeIfAbsent(name, n -> {
            Path descriptor = Path.of(RenderedSet.ALL.stream().filter(s -> s[0].equals(n)).findFirst().orElseThrow()[1]);
            LoadedDescriptor loaded = new DescriptorLoader().load(descriptor, descriptor.toString());
            TemplateRepository templates = TemplateRepository.create(null, null, false, SharedFactsTest.class.getClassLoader());
            var messages = templates.messages(loaded.descriptor().sms().language(), loaded.descriptor().sms().edition());
            DocumentPlan plan = new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName,
                    messages);
            TemplateModelFactory factory = new TemplateModelFactory(loaded.descriptor(), plan, messages);
            return new Model(factory.modelFor(plan.documents().get(0)), loaded.descriptor());
        });
    }
}
