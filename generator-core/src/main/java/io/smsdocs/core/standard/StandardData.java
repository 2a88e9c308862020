package io.smsdocs.core.standard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the catalogue data files shipped inside the generator jar. */
final class StandardData {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private StandardData() {
    }

    static JsonNode read(String name) {
        try (InputStream in = StandardData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no standard data file " + name);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
