package dev.postern.inboundscanner.scanner.embedding;

import dev.postern.inboundscanner.scanner.ScannerSettings;
import dev.postern.inboundscanner.scanner.normalise.MessageNormaliser;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The passage model for an exemplar set, carrier set and embedder: the one the build trained and shipped when it
 * matches exactly ({@link PassageModelFile}), otherwise trained here; either way once per process, every
 * {@code Scanner} built afterwards reuses it.
 */
public final class TrainedPassageModels {

    /** Candidates per training message: generous, so that a placed sentence is never crowded out. */
    static final int TRAINING_CANDIDATES = 32;

    private static final Map<String, Loaded> CACHE = new ConcurrentHashMap<>();

    private TrainedPassageModels() {
    }

    /**
     * @param model  the passage model
     * @param origin how it was obtained and how long that took, for the start-up log: "loaded as the build trained it
     *               in 0.1 s" or "trained at start (…) in 48.0 s"
     */
    public record Loaded(PassageModel model, String origin) {
    }

    public static PassageModel forBundled(TextEmbedder embedder, ScannerSettings settings) {
        return forSets(ExemplarSet.bundled(), CarrierSet.bundled(), embedder, settings);
    }

    public static PassageModel forSets(ExemplarSet exemplars, CarrierSet carriers, TextEmbedder embedder,
                                       ScannerSettings settings) {
        return load(exemplars, carriers, embedder, settings).model();
    }

    /** The model for these sets (the build's when it matches, else trained here), once per process. */
    public static Loaded load(ExemplarSet exemplars, CarrierSet carriers, TextEmbedder embedder, ScannerSettings settings) {
        String key = exemplars.fingerprint() + "/" + carriers.hashCode() + "/" + settings.maxChunkChars() + "/"
                + settings.maxEmbeddedChunks() + "@" + System.identityHashCode(embedder);
        return CACHE.computeIfAbsent(key, k -> {
            long start = System.nanoTime();
            Optional<PassageModel> shipped = PassageModelFile.bundled(exemplars, carriers, settings, embedder);
            PassageModel model = shipped.orElseGet(() -> train(exemplars, carriers, embedder, settings));
            return new Loaded(model, String.format(Locale.ROOT, "%s in %.1f s",
                    shipped.isPresent() ? "loaded as the build trained it" : "trained at start (no matching model from the build)",
                    (System.nanoTime() - start) / 1e9));
        });
    }

    /** Trains without caching. */
    public static PassageModel train(ExemplarSet exemplars, CarrierSet carriers, TextEmbedder embedder,
                                     ScannerSettings settings) {
        return new PassageModelTrainer(new MessageNormaliser(settings),
                new PassageSelector(TRAINING_CANDIDATES, settings.maxChunkChars()), embedder, settings.maxEmbeddedChunks())
                .train(exemplars, carriers);
    }
}
