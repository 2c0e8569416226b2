package org.guerillapolicy.deliberation.internal;

import java.util.HashMap;
import java.util.Map;

/** Adjusted Rand index of two labellings of the same items (Hubert and Arabie, 1985). */
final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    static double of(int[] a, int[] b) {
        Map<Long, Integer> cells = new HashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        Map<Integer, Integer> columns = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            cells.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1, Integer::sum);
            rows.merge(a[i], 1, Integer::sum);
            columns.merge(b[i], 1, Integer::sum);
        }
        double index = cells.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double rowPairs = rows.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double columnPairs = columns.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double expected = rowPairs * columnPairs / pairs(a.length);
        double maximum = (rowPairs + columnPairs) / 2;
        return maximum == expected ? 1 : (index - expected) / (maximum - expected);
    }

    private static double pairs(int n) {
        return n * (n - 1) / 2.0;
    }
}
