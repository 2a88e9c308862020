package io.smsdocs.core.programme;

/** What the gap results did to a catalogue activity. */
public enum Treatment {
    /** Scheduled at the catalogue (or overridden) effort. */
    FULL,
    /** Every clause is at least partly in place: half the effort. */
    SHORTENED,
    /** Nothing left to build (or the edition does not require it): not scheduled. */
    DROPPED
}
