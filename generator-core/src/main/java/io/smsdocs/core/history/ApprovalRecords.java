package io.smsdocs.core.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The approval records of a release, kept in its annotated tag's message below the approval note: the tag is
 * immutable and travels with the repository, so the records need no file of their own and no extra commit. The
 * block is JSON, one document per line, readable with {@code git show <tag>}:
 * <pre>
 * Approved by the management review of 2026-12-01
 *
 * --- smsdocs approval records ---
 * {"format":1,"tag":"sms-v2",...,"documents":[
 * {"document":"sla-cloud-hosting","version":"2.0",...},
 * ...]}
 * </pre>
 * A release tagged by hand (git tag -a) has no block and no records; its history still counts.
 */
public final class ApprovalRecords {

    static final String MARKER = "--- smsdocs approval records ---";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApprovalRecords() {
    }

    /** The tag message: the note, then the records of every document the release approves (all share tag, time, approver). */
    public static String message(String note, List<ApprovalRecord> records) {
        StringBuilder out = new StringBuilder(note.strip()).append("\n\n").append(MARKER).append('\n');
        ApprovalRecord first = records.isEmpty() ? null : records.get(0);
        ObjectNode head = JSON.createObjectNode();
        head.put("format", 1);
        if (first != null) {
            head.put("tag", first.tag());
            head.put("commit", first.commit());
            head.put("approvedBy", first.approvedBy());
            head.put("approvedAt", first.approvedAt().toString());
            head.put("meaning", first.meaning());
            head.put("generator", first.generator());
            head.put("sourcesSha256", first.sourcesSha256());
        }
        String headText = write(head);
        out.append(headText, 0, headText.length() - 1).append(",\"documents\":[");
        for (int i = 0; i < records.size(); i++) {
            ApprovalRecord record = records.get(i);
            ObjectNode node = JSON.createObjectNode();
            node.put("document", record.document());
            node.put("reference", record.reference());
            node.put("title", record.title());
            node.put("version", record.version());
            node.put("role", record.role());
            node.put("contentSha256", record.contentSha256());
            node.put("docxSha256", record.docxSha256());
            out.append('\n').append(write(node)).append(i + 1 < records.size() ? "," : "");
        }
        return out.append("]}\n").toString();
    }

    /** The records in a release's tag message; none when it has no block (tagged by hand) or one that cannot be read. */
    public static List<ApprovalRecord> of(Release release) {
        return parse(release.note()).orElse(List.of());
    }

    static Optional<List<ApprovalRecord>> parse(String message) {
        if (message == null) {
            return Optional.empty();
        }
        int at = message.indexOf(MARKER);
        if (at < 0) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(message.substring(at + MARKER.length()));
            List<ApprovalRecord> records = new ArrayList<>();
            for (JsonNode d : root.path("documents")) {
                records.add(new ApprovalRecord(d.path("document").asText(), d.path("reference").asText(null), d.path("title").asText(null),
                        d.path("version").asText(), d.path("role").asText(null), root.path("approvedBy").asText(null),
                        root.path("meaning").asText(null), Instant.parse(root.path("approvedAt").asText()), root.path("tag").asText(),
                        root.path("commit").asText(), root.path("generator").asText(null), root.path("sourcesSha256").asText(null),
                        d.path("contentSha256").asText(), d.path("docxSha256").asText(null)));
            }
            return Optional.of(List.copyOf(records));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Each document's latest approval over the releases, oldest release first. */
    public static Map<String, ApprovalRecord> latest(List<Release> releases) {
        Map<String, ApprovalRecord> latest = new LinkedHashMap<>();
        releases.forEach(release -> of(release).forEach(record -> latest.put(record.document(), record)));
        return latest;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
