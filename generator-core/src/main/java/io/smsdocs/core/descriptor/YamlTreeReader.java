package io.smsdocs.core.descriptor;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into a Jackson tree while recording where each value and key was written.
 * Limits keep hostile input (alias bombs, deep nesting, huge documents) from exhausting memory.
 */
public final class YamlTreeReader {

    static final int MAX_DOCUMENT_CHARS = 5_000_000;
    static final int MAX_NESTING_DEPTH = 50;
    static final int MAX_ALIASES = 50;

    private final YAMLFactory factory;

    public YamlTreeReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_DOCUMENT_CHARS + 1);
        options.setAllowDuplicateKeys(true); // reported by us, with the location of the second key
        this.factory = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH).maxStringLength(MAX_DOCUMENT_CHARS).build())
                .build();
    }

    public LocatedTree read(String source, byte[] bytes) {
        String text = decodeUtf8(source, bytes);
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw new SmsException(Problem.error(new SourceLocation(source, 1, 1),
                    "the descriptor is larger than " + MAX_DOCUMENT_CHARS / 1_000_000 + " million characters",
                    "a descriptor is a few hundred lines; check that the right file is configured"));
        }
        if (text.isBlank()) {
            throw new SmsException(Problem.error(new SourceLocation(source, 1, 1), "the descriptor is empty",
                    "it needs at least organization.name and sms.scope; run "
                            + io.smsdocs.core.problem.BuildSetting.goal("init") + " for a commented starter"));
        }
        Builder builder = new Builder(source);
        JsonParser parser = null;
        try {
            parser = factory.createParser(new StringReader(text));
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SmsException(Problem.error(new SourceLocation(source, 1, 1), "the descriptor is empty",
                        "it needs at least organization.name and sms.scope"));
            }
            JsonNode root = builder.readValue(parser, new ArrayList<>());
            if (!root.isObject()) {
                throw new SmsException(Problem.error(builder.location(parser.currentTokenLocation()),
                        "the descriptor must be a mapping of keys such as 'organization:' and 'sms:'",
                        "start the file with 'organization:' at column 1"));
            }
            if (parser.nextToken() != null) {
                throw new SmsException(Problem.error(builder.location(parser.currentTokenLocation()),
                        "the descriptor holds more than one YAML document", "remove the '---' separator"));
            }
            if (!builder.problems.isEmpty()) {
                throw new SmsException(builder.problems);
            }
            return new LocatedTree(source, root, Map.copyOf(builder.values), Map.copyOf(builder.keys));
        } catch (JsonProcessingException e) {
            JsonLocation fallback = parser == null ? null : parser.currentLocation();
            throw new SmsException(YamlErrors.toProblem(source, e, fallback));
        } catch (IOException e) {
            throw new SmsException(Problem.error(new SourceLocation(source, 1, 1), "cannot read the descriptor: " + e.getMessage(),
                    "check that the file is readable"));
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException ignored) {
            // reading is over; nothing was written
        }
    }

    private static String decodeUtf8(String source, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            int offset = firstMalformedOffset(bytes);
            return failAtByte(source, bytes, offset);
        } catch (CharacterCodingException e) {
            return failAtByte(source, bytes, 0);
        }
    }

    private static int firstMalformedOffset(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    private static String failAtByte(String source, byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        throw new SmsException(Problem.error(new SourceLocation(source, line, column),
                String.format("the descriptor is not valid UTF-8 (byte 0x%02X)", bytes[offset] & 0xFF),
                "save the file as UTF-8"));
    }

    /** Builds the tree token by token; one instance per document. */
    private static final class Builder {
        private final String source;
        private final Map<String, SourceLocation> values = new HashMap<>();
        private final Map<String, SourceLocation> keys = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        Builder(String source) {
            this.source = source;
        }

        SourceLocation location(JsonLocation at) {
            return new SourceLocation(source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
        }

        JsonNode readValue(JsonParser parser, List<Object> path) throws IOException {
            values.put(LocatedTree.pointer(path), location(parser.currentTokenLocation()));
            JsonToken token = parser.currentToken();
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            switch (token) {
                case START_OBJECT: {
                    ObjectNode object = nodes.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        SourceLocation keyLocation = location(parser.currentTokenLocation());
                        path.add(name);
                        String pointer = LocatedTree.pointer(path);
                        boolean duplicate = object.has(name);
                        if (duplicate) {
                            problems.add(Problem.error(keyLocation, "duplicate key '" + name + "' in "
                                    + LocatedTree.displayPath(path.subList(0, path.size() - 1)),
                                    "keep one '" + name + ":' entry"));
                        } else {
                            keys.put(pointer, keyLocation);
                        }
                        parser.nextToken();
                        JsonNode value = readValue(parser, path);
                        if (!duplicate) {
                            object.set(name, value);
                        }
                        path.remove(path.size() - 1);
                    }
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = nodes.arrayNode();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        path.add(index++);
                        array.add(readValue(parser, path));
                        path.remove(path.size() - 1);
                    }
                    return array;
                }
                case VALUE_STRING:
                    return nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return nodes.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return nodes.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return nodes.booleanNode(true);
                case VALUE_FALSE:
                    return nodes.booleanNode(false);
                case VALUE_NULL:
                    return nodes.nullNode();
                default:
                    return nodes.textNode(parser.getText());
            }
        }
    }
}
