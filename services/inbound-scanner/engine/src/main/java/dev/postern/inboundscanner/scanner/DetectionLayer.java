package dev.postern.inboundscanner.scanner;

import dev.postern.inboundscanner.scanner.normalise.NormalisedMessage;

/** One offline layer of the scanner. Implementations are thread-safe; an exception makes the scanner fail closed. */
public interface DetectionLayer {

    /** Short stable name, used as the key in {@link ScanResult#layerScores()}. */
    String name();

    LayerOutcome assess(NormalisedMessage message);
}
