package dev.postern.inboundscanner.eval;

import dev.postern.inboundscanner.scanner.Verdict;
import java.util.Map;

/** An item with what the scanner said about it, each layer's score, and how long {@code scan()} took. */
public record ScoredItem(LabelledItem item, double score, Verdict verdict, double millis, String topRule,
                         Map<String, Double> layerScores) {

    public ScoredItem {
        layerScores = layerScores == null ? Map.of() : Map.copyOf(layerScores);
    }

    public ScoredItem(LabelledItem item, double score, Verdict verdict, double millis, String topRule) {
        this(item, score, verdict, millis, topRule, Map.of());
    }
}
