package io.smsdocs.core.export.pdf;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** How a set is shared between offices: how many, and which documents each converts. */
final class OfficeShares {

    private OfficeShares() {
    }

    /**
     * How many offices: one per idle core (cores less the system's load average, where the system tells it), at most
     * four, and one more only for every eight documents. Measured on a 2-core machine: with both cores idle, two offices
     * halve the conversion; with other builds running, a second office only adds its start and its memory.
     */
    static int offices(int documents) {
        int cores = Runtime.getRuntime().availableProcessors();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int idle = load < 0 ? cores : (int) Math.round(cores - load);
        return Math.max(1, Math.min(Math.min(4, idle), documents / 8));
    }

    /** The documents in shares of about equal work (by DOCX size, largest first to the lightest share), each share in set order. */
    static List<List<String>> split(Map<String, byte[]> docx, int shares) {
        List<String> order = new ArrayList<>(docx.keySet());
        List<String> bySize = new ArrayList<>(order);
        bySize.sort((a, b) -> Integer.compare(docx.get(b).length, docx.get(a).length));
        long[] load = new long[shares];
        List<List<String>> split = new ArrayList<>();
        for (int i = 0; i < shares; i++) {
            split.add(new ArrayList<>());
        }
        for (String name : bySize) {
            int lightest = 0;
            for (int i = 1; i < shares; i++) {
                if (load[i] < load[lightest]) {
                    lightest = i;
                }
            }
            split.get(lightest).add(name);
            load[lightest] += docx.get(name).length;
        }
        split.forEach(share -> share.sort(Comparator.comparingInt(order::indexOf)));
        return split;
    }
}
