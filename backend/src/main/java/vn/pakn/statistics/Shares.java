package vn.pakn.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Percentages with one decimal that add up to exactly 100.0: each count's share in tenths of a percent, rounded
 * down, and the tenths still missing given to the largest remainders (ties: the earlier count).
 */
final class Shares {

    private Shares() {
    }

    static double[] of(long total, long... counts) {
        double[] percents = new double[counts.length];
        if (total == 0) {
            return percents;
        }
        long[] tenths = new long[counts.length];
        long[] remainders = new long[counts.length];
        long given = 0;
        for (int i = 0; i < counts.length; i++) {
            tenths[i] = counts[i] * 1000 / total;
            remainders[i] = counts[i] * 1000 % total;
            given += tenths[i];
        }
        long missing = Arrays.stream(counts).sum() == total ? 1000 - given : 0;
        Integer[] order = IntStream.range(0, counts.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -remainders[i]).thenComparing(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; k < missing; k++) {
            tenths[order[k]]++;
        }
        for (int i = 0; i < counts.length; i++) {
            percents[i] = tenths[i] / 10.0;
        }
        return percents;
    }
}
