package io.smsdocs.core.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.smsdocs.core.descriptor.model.Revision;
import io.smsdocs.core.history.GitRepository;
import io.smsdocs.core.history.Release;
import io.smsdocs.core.model.LocalMessages;
import io.smsdocs.core.output.Manifest;
import io.smsdocs.core.plan.ReleaseHistory;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Each document's revision history from the approved releases in git: the set is rendered as it was at each
 * release tag (cached by commit in target/sms-history), and a document gains a row at every release where its
 * rendered content changed, with the tag's approver and day and the sections that changed. The working copy is the
 * next version, a draft, when its content differs from the last release.
 */
final class ReleaseHistoryBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SECTIONS = 4;

    /** The history, and what could not be read (a release whose set this generator cannot render), as warnings. */
    record Built(ReleaseHistory history, List<Problem> warnings) {
    }

    private final GitRepository git;
    private final GenerationRequest request;
    private final Function<GenerationRequest, Map<String, String>> renderMarkdown;
    private final Map<String, String> messages;
    private final Path cache;

    /**
     * @param renderMarkdown renders a request's set without history, in memory: document id → Markdown
     * @param cache          the folder that keeps each release's rendering by commit; null to keep none (sms:check)
     */
    ReleaseHistoryBuilder(GitRepository git, GenerationRequest request, Function<GenerationRequest, Map<String, String>> renderMarkdown,
                          Map<String, String> messages, Path cache) {
        this.git = git;
        this.request = request;
        this.renderMarkdown = renderMarkdown;
        this.messages = messages;
        this.cache = cache;
    }

    Built build(List<Release> releases, Map<String, String> working, String cacheKey) {
        List<Problem> warnings = new ArrayList<>();
        Map<String, List<Revision>> rows = new LinkedHashMap<>();
        Map<String, String> last = new LinkedHashMap<>();
        Map<String, Release> lastChange = new LinkedHashMap<>();
        for (Release release : releases) {
            Map<String, String> set;
            try {
                set = at(release, cacheKey);
            } catch (SmsException e) {
                Problem first = e.problems().get(0);
                warnings.add(Problem.warning(SourceLocation.of(request.descriptorDisplay()), "the set as approved in " + release.tag()
                        + " cannot be rendered with this version of smsdocs (" + first.format() + "), so the revision histories"
                        + " leave that release out", "this is expected after a descriptor key was renamed; the next release records the set again"));
                continue;
            }
            for (Map.Entry<String, String> document : set.entrySet()) {
                String before = last.get(document.getKey());
                if (before != null && before.equals(document.getValue())) {
                    continue;
                }
                List<Revision> history = rows.computeIfAbsent(document.getKey(), k -> new ArrayList<>());
                String what = before == null ? messages.getOrDefault("firstIssue", "First issue")
                        : LocalMessages.format(messages, Locale.ROOT, "revisionChanged", sections(before, document.getValue()));
                history.add(new Revision((history.size() + 1) + ".0", release.date(), release.approver(), what + " (" + release.tag() + ")"));
                last.put(document.getKey(), document.getValue());
                lastChange.put(document.getKey(), release);
            }
        }
        Map<String, ReleaseHistory.DocumentHistory> documents = new LinkedHashMap<>();
        String lastTag = releases.isEmpty() ? "" : releases.get(releases.size() - 1).tag();
        for (Map.Entry<String, String> document : working.entrySet()) {
            String id = document.getKey();
            List<Revision> history = new ArrayList<>(rows.getOrDefault(id, List.of()));
            String approved = last.get(id);
            if (approved != null && approved.equals(document.getValue())) {
                documents.put(id, new ReleaseHistory.DocumentHistory(history.size() + ".0", false, lastChange.get(id).date(),
                        lastChange.get(id).tag(), history));
                continue;
            }
            String next = (history.size() + 1) + ".0";
            String what = approved == null ? messages.getOrDefault("revisionNew", "New document, not yet approved")
                    : LocalMessages.format(messages, Locale.ROOT, "revisionSince", sections(approved, document.getValue()), lastTag);
            history.add(new Revision(next, null, null, what));
            documents.put(id, new ReleaseHistory.DocumentHistory(next, true, null, null, history));
        }
        return new Built(new ReleaseHistory(documents), List.copyOf(warnings));
    }

    /** The set's Markdown as approved in a release: from the cache, or rendered from the commit's files. */
    private Map<String, String> at(Release release, String cacheKey) {
        Path cached = cache == null ? null : cache.resolve(release.commit() + "-" + cacheKey + ".json");
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                return JSON.readValue(cached.toFile(), new TypeReference<TreeMap<String, String>>() { });
            } catch (IOException e) {
                // an unreadable cache entry is rendered again
            }
        }
        Map<String, String> set = render(release);
        if (cached != null) {
            try {
                Files.createDirectories(cache);
                Files.writeString(cached, JSON.writeValueAsString(new TreeMap<>(set)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return set;
    }

    private Map<String, String> render(Release release) {
        try (ReleaseCheckout checkout = ReleaseCheckout.of(git, request, release)) {
            return checkout.request() == null ? Map.of()
                    : renderMarkdown.apply(checkout.request().toBuilder().formats(List.of("markdown")).build());
        }
    }

    /** The headings of the sections a change touches, in document order: "Service hours; Targets". */
    static String sections(String before, String after) {
        List<String> old = after.isEmpty() ? List.of() : List.of(before.split("\n", -1));
        List<String> now = List.of(after.split("\n", -1));
        LinkedHashSet<String> headings = new LinkedHashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            headings.add(headingAt(now, Math.min(delta.getTarget().getPosition(), now.size() - 1)));
        }
        headings.remove("");
        List<String> named = new ArrayList<>(headings);
        String shown = String.join("; ", named.subList(0, Math.min(MAX_SECTIONS, named.size())));
        return named.size() > MAX_SECTIONS ? shown + "; …" : shown;
    }

    private static String headingAt(List<String> lines, int index) {
        for (int i = index; i >= 0; i--) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                return line.replaceFirst("^#+\\s*", "").strip();
            }
        }
        return "";
    }

    /** The key of a release's cached rendering: the generator and the packs and built-in templates it renders with. */
    static String cacheKey(java.util.SortedMap<String, byte[]> templateSources) {
        java.util.SortedMap<String, byte[]> classpath = new TreeMap<>();
        templateSources.forEach((name, bytes) -> {
            if (name.startsWith("pack:")) {
                classpath.put(name, bytes);
            }
        });
        StringBuilder all = new StringBuilder(io.smsdocs.core.output.InputFingerprint.generatorVersion());
        classpath.forEach((name, bytes) -> all.append('\n').append(name).append('=').append(Manifest.sha256(bytes)));
        return Manifest.sha256(all.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
