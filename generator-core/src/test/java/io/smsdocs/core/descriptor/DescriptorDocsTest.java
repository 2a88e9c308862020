package io.smsdocs.core.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/descriptor.md documents every field of the schema, so the two cannot drift apart. */
class DescriptorDocsTest {

    @Test
    void everySchemaFieldIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("../docs/descriptor.md"));
        List<String> fields = new ArrayList<>();
        JsonNode schema = DescriptorSchema.get().schemaNode();
        collect(schema, schema, "", fields);
        assertThat(fields).hasSizeGreaterThan(60)
                .allSatisfy(field -> assertThat(docs).as("docs/descriptor.md documents %s", field).contains("`" + field + "`"));
    }

    /** Leaf fields by their dotted path; lists of objects as {@code path[]} plus their own fields. */
    private static void collect(JsonNode root, JsonNode node, String path, List<String> fields) {
        if (node.has("$ref")) {
            node = root.at(node.path("$ref").asText().substring(1));
        }
        boolean container = false;
        if (node.has("properties")) {
            container = true;
            node.path("properties").fields().forEachRemaining(e ->
                    collect(root, e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), fields));
        }
        if (node.path("items").has("properties")) {
            container = true;
            fields.add(path + "[]");
            collect(root, node.path("items"), path + "[]", fields);
        }
        if (node.path("additionalProperties").isObject()) {
            container = true;
            collect(root, node.path("additionalProperties"), path + ".<id>", fields);
        }
        if (!container && !path.isEmpty()) {
            fields.add(path);
        }
    }
}
