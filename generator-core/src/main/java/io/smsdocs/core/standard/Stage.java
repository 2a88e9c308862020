package io.smsdocs.core.standard;

/** The stages of a TR 20000-5-style implementation, in order. */
public enum Stage {
    INITIATION("initiation", "Business case and initiation"),
    PHASE_1("phase-1", "Phase 1: foundation"),
    PHASE_2("phase-2", "Phase 2: extend and integrate"),
    PHASE_3("phase-3", "Phase 3: complete and improve"),
    POST_IMPLEMENTATION("post-implementation", "Post-implementation");

    private final String key;
    private final String title;

    Stage(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The spelling used in the catalogue data. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static Stage byKey(String key) {
        for (Stage stage : values()) {
            if (stage.key.equals(key)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("unknown stage '" + key + "'");
    }
}
