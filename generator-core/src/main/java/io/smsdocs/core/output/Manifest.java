package io.smsdocs.core.output;

import io.smsdocs.core.export.OutputFile;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * manifest.json, a contract with other tools: the edition, each document with its clauses and files,
 * and a SHA-256 per generated file (which also tells generated files from the user's own).
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A document's entry.
     *
     * @param reference     the controlled document id printed in its header (e.g. NORTHWIND-SLA-01)
     * @param contentSha256 the SHA-256 of its rendered Markdown, to notice content that changed under one version
     */
    public record Entry(String id, String reference, String title, String kind, String version, List<String> clauses,
                        List<String> files, String contentSha256, String template) {

        public Entry(String id, String reference, String title, String kind, String version, List<String> clauses,
                     List<String> files, String contentSha256) {
            this(id, reference, title, kind, version, clauses, files, contentSha256, null);
        }
    }

    /** What a previous run issued of one document. */
    public record Issued(String reference, String version, String contentSha256) {
    }

    private Manifest() {
    }

    /** What a previous run left: the SHA-256 of each file it generated, and the fingerprint of its inputs. */
    public record Previous(java.util.Map<String, String> hashes, String inputs, java.util.Map<String, Issued> documents) {
        static final Previous NONE = new Previous(java.util.Map.of(), "", java.util.Map.of());
    }

    public static OutputFile write(String edition, List<Entry> documents, List<OutputFile> files, String inputs) {
        return write(edition, List.of(), documents, files, inputs);
    }

    /**
     * @param templateLayers where the templates came from, most specific first ("pack harbour 1.1.0", "built-in
     *                       pack 1.0.0"): which packs, in which versions, made this set
     */
    public static OutputFile write(String edition, List<String> templateLayers, List<Entry> documents, List<OutputFile> files,
                                   String inputs) {
        return write(edition, templateLayers, documents, files, inputs, java.util.Map.of());
    }

    /**
     * @param known the SHA-256 of contents hashed already, by the content array itself (identity, not equality): a
     *              document's Markdown file is the very array its content hash was taken of, and is not hashed again
     */
    public static OutputFile write(String edition, List<String> templateLayers, List<Entry> documents, List<OutputFile> files,
                                   String inputs, java.util.Map<byte[], String> known) {
        ObjectNode root = JSON.createObjectNode();
        root.put("edition", edition);
        if (!templateLayers.isEmpty()) {
            templateLayers.forEach(root.putArray("templates")::add);
        }
        ArrayNode list = root.putArray("documents");
        for (Entry entry : documents) {
            ObjectNode node = list.addObject();
            node.put("id", entry.id());
            node.put("reference", entry.reference());
            node.put("title", entry.title());
            node.put("kind", entry.kind());
            node.put("version", entry.version());
            entry.clauses().forEach(node.putArray("clauses")::add);
            ArrayNode fileList = node.putArray("files");
            entry.files().forEach(fileList::add);
            node.put("contentSha256", entry.contentSha256());
            if (entry.template() != null) {
                node.put("template", entry.template()); // the file its structure came from: built-in, a pack or the docs repo
            }
        }
        root.put("inputs", inputs);
        ObjectNode hashes = root.putObject("sha256");
        java.util.Map<String, byte[]> unknown = new java.util.TreeMap<>();
        java.util.Map<String, String> byPath = new java.util.TreeMap<>();
        for (OutputFile file : files) {
            String hash = known.get(file.content());
            if (hash != null) {
                byPath.put(file.path(), hash);
            } else {
                unknown.put(file.path(), file.content());
            }
        }
        byPath.putAll(sha256OfEach(unknown));
        byPath.forEach(hashes::put);
        // Fixed "\n" line ends and no space before colons: byte-identical on every platform.
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            String json = JSON.writer(printer).writeValueAsString(root) + "\n";
            return new OutputFile(FILE_NAME, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The previous run's record; empty when there is no readable manifest (then every file counts as the user's). */
    public static Previous read(Path outputDirectory) {
        Path manifest = outputDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            return Previous.NONE;
        }
        try {
            JsonNode root = JSON.readTree(manifest.toFile());
            java.util.Map<String, String> hashes = new java.util.LinkedHashMap<>();
            root.path("sha256").fields().forEachRemaining(e -> hashes.put(e.getKey(), e.getValue().asText()));
            java.util.Map<String, Issued> documents = new java.util.LinkedHashMap<>();
            root.path("documents").forEach(d -> documents.put(d.path("id").asText(), new Issued(d.path("reference").asText(null),
                    d.path("version").asText(null), d.path("contentSha256").asText(null))));
            return new Previous(hashes, root.path("inputs").asText(""), documents);
        } catch (IOException e) {
            return Previous.NONE;
        }
    }

    /**
     * The SHA-256 of each content, on all cores, in the map's order. A set of thousands of documents is hundreds of
     * megabytes, and the quick compiler a docs repo's jvm.config chooses hashes about 110 MB a second on one core
     * (the full compiler uses the processor's SHA instructions; the quick one does not).
     */
    public static <K> java.util.Map<K, String> sha256OfEach(java.util.Map<K, byte[]> contents) {
        List<java.util.Map.Entry<K, byte[]>> entries = List.copyOf(contents.entrySet());
        List<String> hashes = entries.parallelStream().map(entry -> sha256(entry.getValue())).toList();
        java.util.Map<K, String> byKey = new java.util.LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byKey.put(entries.get(i).getKey(), hashes.get(i));
        }
        return byKey;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
