package io.smsdocs.core.standard;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every clause of one edition of ISO/IEC 20000-1, loaded from data, in document order. */
public final class ClauseCatalogue {

    private final String edition;
    private final String standard;
    private final Map<String, Clause> clauses;

    private ClauseCatalogue(String edition, String standard, Map<String, Clause> clauses) {
        this.edition = edition;
        this.standard = standard;
        this.clauses = Collections.unmodifiableMap(clauses);
    }

    public static ClauseCatalogue forEdition(String edition) {
        JsonNode root = StandardData.read("iso20000-1-" + edition + ".yaml");
        Map<String, Clause> clauses = new LinkedHashMap<>();
        for (JsonNode node : root.path("clauses")) {
            Clause clause = new Clause(node.path("clause").asText(), node.path("title").asText(),
                    node.path("documented").asBoolean(false));
            clauses.put(clause.number(), clause);
        }
        return new ClauseCatalogue(edition, root.path("standard").asText(), clauses);
    }

    public String edition() {
        return edition;
    }

    /** The citation form, e.g. "ISO/IEC 20000-1:2018". */
    public String standard() {
        return standard;
    }

    public List<Clause> all() {
        return new ArrayList<>(clauses.values());
    }

    public Optional<Clause> find(String number) {
        return Optional.ofNullable(clauses.get(number));
    }

    public boolean contains(String number) {
        return clauses.containsKey(number);
    }

    public List<String> numbers() {
        return List.copyOf(clauses.keySet());
    }
}
