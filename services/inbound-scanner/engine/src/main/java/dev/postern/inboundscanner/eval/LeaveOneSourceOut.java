package dev.postern.inboundscanner.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that the quarantine threshold does not depend on one source's style: for each family, the threshold is
 * chosen on all other families (the lowest that keeps their benign quarantine rate within the target), then
 * applied to the family left out.
 */
public final class LeaveOneSourceOut {

    /** @param threshold chosen without the family; rates are for the family at that threshold */
    public record Fold(String family, double threshold, int injections, int benign, double recallQuarantined,
                       double fprQuarantined) {
    }

    private LeaveOneSourceOut() {
    }

    public static List<Fold> run(List<ScoredItem> items, double targetFpr) {
        Map<String, List<ScoredItem>> byFamily = new TreeMap<>();
        for (ScoredItem item : items) {
            byFamily.computeIfAbsent(item.item().family(), f -> new ArrayList<>()).add(item);
        }
        List<Fold> folds = new ArrayList<>();
        for (String family : byFamily.keySet()) {
            List<Double> otherBenign = new ArrayList<>();
            for (ScoredItem item : items) {
                if (!item.item().family().equals(family) && !item.item().injection()) {
                    otherBenign.add(item.score());
                }
            }
            double threshold = thresholdFor(otherBenign, targetFpr);
            int injections = 0;
            int benign = 0;
            int caught = 0;
            int falseAlarms = 0;
            for (ScoredItem item : byFamily.get(family)) {
                boolean quarantined = item.score() >= threshold;
                if (item.item().injection()) {
                    injections++;
                    caught += quarantined ? 1 : 0;
                } else {
                    benign++;
                    falseAlarms += quarantined ? 1 : 0;
                }
            }
            folds.add(new Fold(family, threshold, injections, benign, FamilyFigures.rate(caught, injections),
                    FamilyFigures.rate(falseAlarms, benign)));
        }
        return folds;
    }

    /** The lowest threshold at which at most {@code targetFpr} of these benign scores reach it. */
    static double thresholdFor(List<Double> benignScores, double targetFpr) {
        if (benignScores.isEmpty()) {
            return 0.5;
        }
        List<Double> sorted = new ArrayList<>(benignScores);
        sorted.sort((a, b) -> Double.compare(b, a));
        int allowed = (int) Math.floor(targetFpr * sorted.size());
        if (allowed >= sorted.size()) {
            return 0;
        }
        return Math.min(1.0, sorted.get(allowed) + 1e-6);
    }
}
