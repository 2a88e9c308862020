package io.smsdocs.core.standard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ordered list of implementation activities; catalogue order is the tie-breaker when scheduling. */
public final class ActivityCatalogue {

    private static final String RESOURCE = "activities.yaml";
    private static final ActivityCatalogue STANDARD = load();

    private final Map<String, Activity> activities;

    private ActivityCatalogue(List<Activity> activities) {
        Map<String, Activity> byId = new LinkedHashMap<>();
        for (Activity activity : activities) {
            if (byId.put(activity.id(), activity) != null) {
                throw new IllegalArgumentException("duplicate activity id " + activity.id());
            }
        }
        this.activities = byId;
    }

    /** The built-in TR 20000-5-style plan. */
    public static ActivityCatalogue standard() {
        return STANDARD;
    }

    public static ActivityCatalogue of(List<Activity> activities) {
        return new ActivityCatalogue(activities);
    }

    /** This catalogue followed by extra activities (e.g. capability improvements). */
    public ActivityCatalogue plus(List<Activity> extra) {
        List<Activity> all = new ArrayList<>(activities.values());
        all.addAll(extra);
        return new ActivityCatalogue(all);
    }

    public List<Activity> activities() {
        return List.copyOf(activities.values());
    }

    public List<String> ids() {
        return List.copyOf(activities.keySet());
    }

    public Optional<Activity> find(String id) {
        return Optional.ofNullable(activities.get(id));
    }

    /** The first activity owned by the given process, which builds that process out. */
    public Optional<Activity> buildOutOf(String processId) {
        return activities.values().stream().filter(a -> processId.equals(a.ownerProcess())).findFirst();
    }

    private static ActivityCatalogue load() {
        try (InputStream in = ActivityCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Activity> list = new ArrayList<>();
            for (JsonNode node : root.path("activities")) {
                list.add(read(node));
            }
            return new ActivityCatalogue(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Activity read(JsonNode node) {
        Map<String, List<String>> clauses = new LinkedHashMap<>();
        node.path("clauses").fields().forEachRemaining(e -> clauses.put(e.getKey(), texts(e.getValue())));
        return new Activity(node.path("id").asText(), Stage.byKey(node.path("stage").asText()),
                node.path("title").asText(), clauses, node.path("owner").asText(), node.path("effort").asInt(),
                node.path("lag").asInt(0), texts(node.path("dependsOn")), node.path("alwaysNeeded").asBoolean(false));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
