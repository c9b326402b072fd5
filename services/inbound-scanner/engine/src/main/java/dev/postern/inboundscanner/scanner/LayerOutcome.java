package dev.postern.inboundscanner.scanner;

import java.util.List;
import java.util.Set;

/**
 * What one layer found.
 *
 * @param score      0–1
 * @param evidence   reasons, each with its weight
 * @param categories families named
 */
public record LayerOutcome(double score, List<Evidence> evidence, Set<Category> categories) {

    public LayerOutcome {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        evidence = List.copyOf(evidence);
        categories = Set.copyOf(categories);
    }

    public static LayerOutcome nothing() {
        return new LayerOutcome(0, List.of(), Set.of());
    }
}
