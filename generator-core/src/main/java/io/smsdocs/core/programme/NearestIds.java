package io.smsdocs.core.programme;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Up to three known ids closest to a misspelt one, by edit distance, for did-you-mean hints. */
final class NearestIds {

    private static final int MAX = 3;

    private NearestIds() {
    }

    static List<String> to(String wrong, Collection<String> known) {
        String w = wrong.toUpperCase(Locale.ROOT);
        int best = known.stream().mapToInt(k -> distance(w, k.toUpperCase(Locale.ROOT))).min().orElse(Integer.MAX_VALUE);
        // Ids are short and similar ("P1-04", "P2-04"), so offer every id that is as close as the closest one.
        return known.stream()
                .filter(k -> distance(w, k.toUpperCase(Locale.ROOT)) == best && best <= Math.max(2, w.length() / 2))
                .sorted(Comparator.naturalOrder())
                .limit(MAX)
                .toList();
    }

    static int distance(String a, String b) {
        return io.smsdocs.core.problem.Suggestions.distance(a, b);
    }
}
