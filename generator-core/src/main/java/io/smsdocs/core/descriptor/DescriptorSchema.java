package io.smsdocs.core.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.smsdocs.core.problem.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The JSON Schema of sms.yaml, the single definition of its keys, types and enums. Editors use the
 * same file for completion; the loader turns its findings into located problems.
 */
public final class DescriptorSchema {

    public static final String RESOURCE = "/io/smsdocs/core/descriptor/sms.schema.json";

    private final JsonNode schemaNode;
    private final Schema schema;

    private DescriptorSchema(JsonNode schemaNode) {
        this.schemaNode = schemaNode;
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaNode);
    }

    private static final class Holder {
        static final DescriptorSchema INSTANCE = new DescriptorSchema(load());
    }

    public static DescriptorSchema get() {
        return Holder.INSTANCE;
    }

    private static JsonNode load() {
        try (InputStream in = DescriptorSchema.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the descriptor schema is missing from the generator jar", e);
        }
    }

    public JsonNode schemaNode() {
        return schemaNode;
    }

    public List<Problem> validate(LocatedTree tree) {
        List<Problem> problems = new ArrayList<>();
        SchemaErrorTranslator translator = new SchemaErrorTranslator(tree, schemaNode);
        for (Error error : schema.validate(tree.root())) {
            translator.translate(error).ifPresent(problems::add);
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems;
    }
}
