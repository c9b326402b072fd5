package dev.postern.inboundscanner.eval;

import dev.postern.inboundscanner.scanner.Verdict;
import java.util.Arrays;
import java.util.List;

/**
 * Recall and false-positive rates for one group of items: quarantined, and flagged (suspicious or worse).
 * Rates are {@code NaN} when the group has no item of that label.
 */
public record FamilyFigures(String family, int injections, int benign, double recallQuarantined,
                            double recallFlagged, double fprQuarantined, double fprFlagged, double p50Millis,
                            double p99Millis) {

    public static FamilyFigures of(String family, List<ScoredItem> items) {
        int injections = 0;
        int benign = 0;
        int injQ = 0;
        int injF = 0;
        int benQ = 0;
        int benF = 0;
        double[] millis = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            ScoredItem scored = items.get(i);
            millis[i] = scored.millis();
            boolean quarantined = scored.verdict() == Verdict.QUARANTINED;
            boolean flagged = scored.verdict() != Verdict.CLEAN;
            if (scored.item().injection()) {
                injections++;
                injQ += quarantined ? 1 : 0;
                injF += flagged ? 1 : 0;
            } else {
                benign++;
                benQ += quarantined ? 1 : 0;
                benF += flagged ? 1 : 0;
            }
        }
        Arrays.sort(millis);
        return new FamilyFigures(family, injections, benign, rate(injQ, injections), rate(injF, injections),
                rate(benQ, benign), rate(benF, benign), percentile(millis, 0.50), percentile(millis, 0.99));
    }

    static double rate(int hits, int total) {
        return total == 0 ? Double.NaN : hits / (double) total;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
