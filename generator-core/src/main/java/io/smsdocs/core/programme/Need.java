package io.smsdocs.core.programme;

/**
 * What one process attribute must reach for a capability level: raised from its current rating to
 * {@code to}, or, when {@code from} is null, rated at least {@code to}.
 */
public record Need(ProcessAttribute attribute, Rating from, Rating to) {

    public String text() {
        return from == null ? attribute.label() + " at least " + to : attribute.label() + " from " + from + " to " + to;
    }
}
