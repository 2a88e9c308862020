package io.smsdocs.core.programme;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The nine ISO/IEC 33020 process attributes; names per the shared reference, section 5. */
public enum ProcessAttribute {
    PA1_1("PA1.1", "Process performance", 1),
    PA2_1("PA2.1", "Performance management", 2),
    PA2_2("PA2.2", "Work product management", 2),
    PA3_1("PA3.1", "Process definition", 3),
    PA3_2("PA3.2", "Process deployment", 3),
    PA4_1("PA4.1", "Quantitative analysis", 4),
    PA4_2("PA4.2", "Quantitative control", 4),
    PA5_1("PA5.1", "Process innovation", 5),
    PA5_2("PA5.2", "Process innovation implementation", 5);

    private final String id;
    private final String title;
    private final int level;

    ProcessAttribute(String id, String title, int level) {
        this.id = id;
        this.title = title;
        this.level = level;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int level() {
        return level;
    }

    /** "PA3.1 Process definition". */
    public String label() {
        return id + " " + title;
    }

    public static Optional<ProcessAttribute> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equalsIgnoreCase(id.replace(" ", ""))).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ProcessAttribute::id).toList();
    }

    static List<ProcessAttribute> ofLevel(int level) {
        return Arrays.stream(values()).filter(a -> a.level == level).toList();
    }
}
