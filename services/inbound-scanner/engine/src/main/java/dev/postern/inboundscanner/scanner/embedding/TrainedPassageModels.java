package dev.postern.inboundscanner.scanner.embedding;

import dev.postern.inboundscanner.scanner.ScannerSettings;
import dev.postern.inboundscanner.scanner.normalise.MessageNormaliser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trains the passage model once per exemplar set, carrier set and embedder, and keeps it for the life of the
 * process: every {@code Scanner} built afterwards reuses it.
 */
public final class TrainedPassageModels {

    /** Candidates per training message: generous, so that a placed sentence is never crowded out. */
    static final int TRAINING_CANDIDATES = 32;

    private static final Map<String, PassageModel> CACHE = new ConcurrentHashMap<>();

    private TrainedPassageModels() {
    }

    public static PassageModel forBundled(TextEmbedder embedder, ScannerSettings settings) {
        return forSets(ExemplarSet.bundled(), CarrierSet.bundled(), embedder, settings);
    }

    public static PassageModel forSets(ExemplarSet exemplars, CarrierSet carriers, TextEmbedder embedder,
                                       ScannerSettings settings) {
        String key = exemplars.fingerprint() + "/" + carriers.hashCode() + "/" + settings.maxChunkChars() + "/"
                + settings.maxEmbeddedChunks() + "@" + System.identityHashCode(embedder);
        return CACHE.computeIfAbsent(key, k -> train(exemplars, carriers, embedder, settings));
    }

    /** Trains without caching. */
    public static PassageModel train(ExemplarSet exemplars, CarrierSet carriers, TextEmbedder embedder,
                                     ScannerSettings settings) {
        return new PassageModelTrainer(new MessageNormaliser(settings),
                new PassageSelector(TRAINING_CANDIDATES, settings.maxChunkChars()), embedder, settings.maxEmbeddedChunks())
                .train(exemplars, carriers);
    }
}
