package dev.postern.inboundscanner.scanner.embedding;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trains a classifier once per exemplar set and embedder, and keeps it for the life of the process: every
 * {@code Scanner} built afterwards reuses it (training embeds a few hundred sentences, about two seconds).
 */
public final class TrainedClassifiers {

    private static final Map<String, InjectionClassifier> CACHE = new ConcurrentHashMap<>();

    private TrainedClassifiers() {
    }

    public static InjectionClassifier forExemplars(ExemplarSet exemplars, TextEmbedder embedder) {
        String key = exemplars.fingerprint() + "@" + System.identityHashCode(embedder);
        return CACHE.computeIfAbsent(key, k -> train(exemplars, embedder));
    }

    /** Trains without caching. */
    public static InjectionClassifier train(ExemplarSet exemplars, TextEmbedder embedder) {
        List<String> texts = exemplars.exemplars().stream().map(Exemplar::text).toList();
        return InjectionClassifier.train(exemplars.exemplars(), embedder.embed(texts));
    }
}
