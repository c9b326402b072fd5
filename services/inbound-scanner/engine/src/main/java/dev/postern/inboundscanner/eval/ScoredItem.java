package dev.postern.inboundscanner.eval;

import dev.postern.inboundscanner.scanner.Verdict;

/** An item with what the scanner said about it and how long {@code scan()} took. */
public record ScoredItem(LabelledItem item, double score, Verdict verdict, double millis, String topRule) {
}
