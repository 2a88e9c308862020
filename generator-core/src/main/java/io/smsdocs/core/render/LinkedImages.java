package io.smsdocs.core.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Gives each rendered document the generated pictures its Markdown links, such as
 * {@code ![...](images/implementation-plan-gantt.png)}. A picture is drawn once, however many documents
 * link it, and not at all when none does. The SVG twin of a linked PNG comes along, for readers of the
 * Markdown who want to zoom.
 */
public final class LinkedImages {

    private LinkedImages() {
    }

    /**
     * Starts drawing every picture on a background thread, so the charts are drawn while the documents
     * render; {@link #attach} then waits for the ones a document links.
     */
    public static Map<String, Supplier<byte[]>> drawInBackground(Map<String, Supplier<byte[]>> available) {
        Map<String, Supplier<byte[]>> futures = new LinkedHashMap<>();
        available.forEach((path, draw) -> {
            CompletableFuture<byte[]> future = CompletableFuture.supplyAsync(draw);
            futures.put(path, future::join);
        });
        return futures;
    }

    /** @param available pictures by link path; each supplier is asked once per linking document, so pass memoised ones */
    public static List<RenderedDocument> attach(List<RenderedDocument> documents, Map<String, Supplier<byte[]>> available) {
        if (available.isEmpty()) {
            return documents;
        }
        List<RenderedDocument> attached = new ArrayList<>(documents.size());
        for (RenderedDocument document : documents) {
            Map<String, byte[]> linked = new LinkedHashMap<>();
            String markdown = document.markdown();
            available.forEach((path, draw) -> {
                if (path.endsWith(".png") && markdown.contains("](" + path + ")")) {
                    linked.put(path, draw.get());
                    String svg = path.substring(0, path.length() - ".png".length()) + ".svg";
                    if (available.containsKey(svg)) {
                        linked.put(svg, available.get(svg).get());
                    }
                }
            });
            attached.add(linked.isEmpty() ? document : document.withImages(linked));
        }
        return attached;
    }
}
