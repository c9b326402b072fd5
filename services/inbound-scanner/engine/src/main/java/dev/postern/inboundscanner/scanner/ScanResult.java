package dev.postern.inboundscanner.scanner;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scanner's answer for one message.
 *
 * @param score          injection score, 0 (benign) to 1 (certain injection)
 * @param verdict        what to do with the message
 * @param categories     attack families named by the evidence
 * @param evidence       every reason behind the score, strongest first
 * @param scannerVersion version of the scanner, its rules and its exemplars
 * @param layerScores    score of each layer that ran, in running order ({@code rules}, {@code embedding}, {@code judge})
 * @param visibleText    the text an agent may read: subject and body as a person sees them, invisible characters
 *                       and hidden HTML removed
 * @param spotlightedText {@code visibleText} wrapped in data markers with marker look-alikes escaped, to put in a prompt
 * @param failure        set when a layer failed and the scanner failed closed
 */
public record ScanResult(double score, Verdict verdict, Set<Category> categories, List<Evidence> evidence,
                         String scannerVersion, Map<String, Double> layerScores, String visibleText,
                         String spotlightedText, Optional<String> failure) {

    public ScanResult {
        categories = Set.copyOf(categories);
        evidence = List.copyOf(evidence);
        layerScores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(layerScores));
    }

    public boolean flagged() {
        return verdict != Verdict.CLEAN;
    }
}
