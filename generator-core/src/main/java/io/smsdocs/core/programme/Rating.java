package io.smsdocs.core.programme;

/** ISO/IEC 33020 attribute rating: Not (0-15 %), Partially (>15-50 %), Largely (>50-85 %), Fully (>85 %) achieved. */
public enum Rating {
    N, P, L, F;

    public boolean atLeast(Rating other) {
        return compareTo(other) >= 0;
    }
}
