package io.smsdocs.core.implementation;

/**
 * One item of the certification readiness checklist.
 *
 * @param detail what is still open, or what the pass rests on
 */
public record ReadinessItem(String id, String title, boolean passed, String detail) {

    /** "pass" or "open", for templates. */
    public String state() {
        return passed ? "pass" : "open";
    }
}
