package dev.postern.inboundscanner.scanner.embedding;

import dev.postern.inboundscanner.scanner.Category;
import dev.postern.inboundscanner.scanner.DetectionLayer;
import dev.postern.inboundscanner.scanner.Evidence;
import dev.postern.inboundscanner.scanner.LayerOutcome;
import dev.postern.inboundscanner.scanner.normalise.NormalisedMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Layer 3: embeds a bounded number of passages with an offline sentence model and scores each with a classifier
 * trained on the project's own exemplars. The layer's score is the highest passage score (times
 * {@link #LAYER_WEIGHT}); each passage
 * above {@value #EVIDENCE_FROM} is evidence, explained by its nearest injection exemplar.
 */
public final class EmbeddingLayer implements DetectionLayer {

    static final double EVIDENCE_FROM = 0.5;

    private final TextEmbedder embedder;
    private final InjectionClassifier classifier;
    private final PassageSelector selector;
    /** The layer's score is the best passage's score times this: the classifier alone never reaches certainty. */
    static final double LAYER_WEIGHT = 0.9;

    public EmbeddingLayer(TextEmbedder embedder, InjectionClassifier classifier, PassageSelector selector) {
        this.embedder = embedder;
        this.classifier = classifier;
        this.selector = selector;
    }

    @Override
    public String name() {
        return "embedding";
    }

    @Override
    public LayerOutcome assess(NormalisedMessage message) {
        List<Passage> passages = selector.select(message);
        if (passages.isEmpty()) {
            return LayerOutcome.nothing();
        }
        List<float[]> vectors = embedder.embed(passages.stream().map(Passage::text).toList());
        if (vectors.size() != passages.size()) {
            throw new IllegalStateException("embedder returned " + vectors.size() + " vectors for " + passages.size() + " passages");
        }
        double best = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            double p = classifier.probability(vectors.get(i));
            best = Math.max(best, p);
            if (p >= EVIDENCE_FROM) {
                Passage passage = passages.get(i);
                Exemplar nearest = classifier.nearestInjectionExemplar(vectors.get(i));
                evidence.add(new Evidence(passage.channel(), passage.offset(), passage.text().length(), passage.text(),
                        "classifier(nearest=" + nearest.id() + ")", name(), p,
                        message.sourceAt(passage.channel(), passage.offset())));
            }
        }
        evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        Set<Category> categories = evidence.isEmpty() ? Set.of() : Set.of(Category.SEMANTIC_INSTRUCTION);
        return new LayerOutcome(best * LAYER_WEIGHT, evidence, categories);
    }
}
