package io.smsdocs.core.export.redline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inside a changed stretch (old blocks replaced by new ones), decides which old block became which new one:
 * the order-keeping pairing with the greatest total similarity, pairs below a threshold left out (then the old
 * one reads as deleted and the new one as inserted). Paired blocks are compared word by word or cell by cell.
 */
final class Pairing {

    /** How alike two items are, 0 (nothing in common, or not comparable) to 1. */
    @FunctionalInterface
    interface Similarity {
        double of(int oldIndex, int newIndex);
    }

    record Pair(int oldIndex, int newIndex) {
    }

    // Beyond this many comparisons a stretch is shown as deleted then inserted, which is still correct.
    private static final int MAX_CELLS = 250_000;

    private Pairing() {
    }

    /** The pairs, in order, for old [oldStart, oldEnd) against new [newStart, newEnd). */
    static List<Pair> pair(int oldStart, int oldEnd, int newStart, int newEnd, double threshold, Similarity similarity) {
        int n = oldEnd - oldStart;
        int m = newEnd - newStart;
        if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
            return List.of();
        }
        double[][] sim = new double[n][m];
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double s = similarity.of(oldStart + i - 1, newStart + j - 1);
                sim[i - 1][j - 1] = s;
                double take = s >= threshold ? best[i - 1][j - 1] + s : -1;
                best[i][j] = Math.max(take, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = n, j = m; i > 0 && j > 0; ) {
            double s = sim[i - 1][j - 1];
            if (s >= threshold && best[i][j] == best[i - 1][j - 1] + s) {
                pairs.add(0, new Pair(oldStart + i - 1, newStart + j - 1));
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return pairs;
    }

    /** Dice's coefficient of two word counts: twice the shared words over all words. */
    static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int total = a.values().stream().mapToInt(Integer::intValue).sum() + b.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 1;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> word : a.entrySet()) {
            shared += Math.min(word.getValue(), b.getOrDefault(word.getKey(), 0));
        }
        return 2.0 * shared / total;
    }
}
