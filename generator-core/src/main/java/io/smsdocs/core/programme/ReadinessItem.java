package io.smsdocs.core.programme;

/**
 * One item of the certification readiness checklist.
 *
 * @param evidence what is still open, or what the pass rests on
 */
public record ReadinessItem(String id, String title, boolean passed, Evidence evidence) {

    /** The evidence in English. */
    public String detail() {
        return evidence.text();
    }

    /** "pass" or "open", for templates. */
    public String state() {
        return passed ? "pass" : "open";
    }
}
