package io.smsdocs.core.programme;

import java.util.List;

/** ISO/IEC 33020 capability levels 0-5 with the process attributes each one adds (reference, section 5). */
public enum CapabilityLevel {
    INCOMPLETE("Incomplete"),
    PERFORMED("Performed"),
    MANAGED("Managed"),
    ESTABLISHED("Established"),
    PREDICTABLE("Predictable"),
    INNOVATING("Innovating");

    private final String title;

    CapabilityLevel(String title) {
        this.title = title;
    }

    public int number() {
        return ordinal();
    }

    public String title() {
        return title;
    }

    public List<ProcessAttribute> attributes() {
        return ProcessAttribute.ofLevel(number());
    }

    public static CapabilityLevel of(int number) {
        return values()[number];
    }
}
