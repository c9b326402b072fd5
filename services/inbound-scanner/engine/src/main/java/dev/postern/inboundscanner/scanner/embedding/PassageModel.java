package dev.postern.inboundscanner.scanner.embedding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores the passages of one message: nearest exemplars, distance from the rest of the message and lexical shape,
 * combined by a logistic regression learned at start from the project's own exemplars placed into its own carrier
 * mails (see {@link PassageModelTrainer}). A second regression over the lexical features alone ranks the candidates
 * so that the embedding budget goes to the likeliest ones. Immutable, thread-safe.
 */
public final class PassageModel {

    /** Weight of the message's context (subject and statements) against the other passages in its centroid. */
    static final double CONTEXT_WEIGHT = 0.6;

    private final ExemplarNeighbours neighbours;
    private final LogisticModel combiner;
    /** The same regression without the nearest-exemplar features: shape and distance from the mail only. */
    private final LogisticModel structural;
    private final LogisticModel ranker;
    /** The word probe fitted on all rows, then one fitted without each training fold. */
    private final WordProbe[] wordProbes;
    /** The vector probe fitted on all rows, then one fitted without each training fold. */
    private final VectorProbe[] vectorProbes;
    private final String fingerprint;
    private final TrainingReport report;

    PassageModel(ExemplarNeighbours neighbours, WordProbe[] wordProbes, VectorProbe[] vectorProbes, LogisticModel combiner,
                 LogisticModel structural, LogisticModel ranker, String fingerprint, TrainingReport report) {
        this.neighbours = neighbours;
        this.wordProbes = wordProbes;
        this.vectorProbes = vectorProbes;
        this.combiner = combiner;
        this.structural = structural;
        this.ranker = ranker;
        this.fingerprint = fingerprint;
        this.report = report;
    }

    /**
     * @param rows              training rows
     * @param positives         rows labelled injection
     * @param crossValidated    accuracy at 0.5 with each fold's rows predicted by a model fitted without them
     * @param crossValidatedAuc area under the ROC curve of those predictions
     */
    public record TrainingReport(int rows, int positives, double crossValidated, double crossValidatedAuc) {
    }

    /**
     * @param probability probability-like score that the passage is an instruction planted for the reader-agent
     * @param similarity  its nearest exemplars
     * @param offTopic    one minus its cosine to the rest of the message, {@code NaN} when there is nothing else
     * @param features    the feature vector
     */
    public record PassageScore(double probability, ExemplarNeighbours.Similarity similarity, double offTopic,
                               double[] features) {
    }

    /**
     * The passages worth embedding, at most {@code budget} of them and {@code maxChars} characters together (the
     * model's cost grows with the tokens it reads, so this bounds a message's latency): text out of sight first (up to
     * half the budget), then by the lexical ranker. A passage that does not fit in the characters left is passed over
     * for a shorter one further down; the first passage is always taken.
     */
    public List<Passage> choose(List<Passage> candidates, PassageSelection.MessageShape message, int budget,
                                int maxChars) {
        List<Passage> hidden = new ArrayList<>();
        List<Passage> rest = new ArrayList<>();
        for (Passage passage : candidates) {
            (passage.outOfSight() ? hidden : rest).add(passage);
        }
        List<Passage> chosen = new ArrayList<>();
        int[] chars = {0};
        int hiddenShare = Math.max(1, budget / 2);
        List<Passage> remaining = new ArrayList<>(rest);
        for (Passage passage : hidden) {
            if (chosen.size() >= hiddenShare || !take(passage, chosen, chars, maxChars)) {
                remaining.add(passage);
            }
        }
        if (remaining.size() > 1) {
            remaining.sort(Comparator.comparingDouble((Passage p) -> ranker.logit(PassageFeatures.lexical(p, message)))
                    .reversed());
        }
        // A planted task is an order or a question; the ranker, trained on carriers full of polite questions to the
        // reader, puts questions low, so the best-ranked question gets a place of its own.
        for (Passage passage : remaining) {
            if (passage.cues().question() && !passage.outOfSight()) {
                if (chosen.size() < budget) {
                    take(passage, chosen, chars, maxChars);
                }
                break;
            }
        }
        for (Passage passage : remaining) {
            if (chosen.contains(passage)) {
                continue;
            }
            if (chosen.size() >= budget) {
                break;
            }
            take(passage, chosen, chars, maxChars);
        }
        return chosen;
    }

    private static boolean take(Passage passage, List<Passage> chosen, int[] chars, int maxChars) {
        int length = passage.text().length();
        if (!chosen.isEmpty() && chars[0] + length > maxChars) {
            return false;
        }
        chosen.add(passage);
        chars[0] += length;
        return true;
    }

    /**
     * Scores every passage of a message.
     *
     * @param vectors one unit vector per passage
     * @param context the vector of the message's context, or {@code null} when it has none
     */
    public List<PassageScore> scoreAll(List<Passage> passages, List<float[]> vectors, float[] context,
                                       PassageSelection.MessageShape message) {
        return scoreAll(passages, vectors, context, message, ExemplarNeighbours.NO_FOLD);
    }

    List<PassageScore> scoreAll(List<Passage> passages, List<float[]> vectors, float[] context,
                                PassageSelection.MessageShape message, int excludedFold) {
        int dimension = vectors.isEmpty() ? 0 : vectors.get(0).length;
        double[] sum = new double[dimension];
        for (float[] vector : vectors) {
            for (int d = 0; d < dimension; d++) {
                sum[d] += vector[d];
            }
        }
        double[] offTopic = new double[passages.size()];
        for (int i = 0; i < passages.size(); i++) {
            offTopic[i] = 1 - centroidCosine(vectors.get(i), sum, passages.size() - 1, context);
        }
        List<PassageScore> scores = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            float[] vector = vectors.get(i);
            ExemplarNeighbours.Similarity similarity = neighbours.similarity(vector, excludedFold);
            int probe = excludedFold == ExemplarNeighbours.NO_FOLD ? 0 : excludedFold + 1;
            double words = wordProbes[probe].score(passages.get(i).text());
            double direction = vectorProbes[probe].score(vector);
            double[] features = PassageFeatures.of(passages.get(i), similarity, offTopic[i], oddOneOut(offTopic, i), words,
                    direction, message);
            double probability = combiner == null ? Double.NaN
                    : Math.max(combiner.probability(features), STRUCTURAL_WEIGHT * structural.probability(withoutSimilarity(features)));
            scores.add(new PassageScore(probability, similarity, offTopic[i], features));
        }
        return scores;
    }

    /**
     * Share of the structural model's probability a passage keeps. The nearest exemplars know the attacks' subjects;
     * a task on a subject none of them covers ("forecast umbrella demand") is still an order that has nothing to do
     * with its mail, and the structural model sees only that.
     */
    static final double STRUCTURAL_WEIGHT = 0.9;

    /** Nearest-exemplar features removed (set to zero, the standardised mean is subtracted by the model). */
    static double[] withoutSimilarity(double[] features) {
        double[] out = features.clone();
        for (int i : PassageFeatures.SIMILARITY_INDEXES) {
            out[i] = 0;
        }
        return out;
    }

    /** Feature vectors only, as training needs them before the combiner exists. */
    List<double[]> features(List<Passage> passages, List<float[]> vectors, float[] context,
                            PassageSelection.MessageShape message, int excludedFold) {
        return scoreAll(passages, vectors, context, message, excludedFold).stream().map(PassageScore::features).toList();
    }

    /** How much more off-topic passage {@code i} is than the median of the others: in a newsletter, nothing is. */
    static double oddOneOut(double[] offTopic, int i) {
        List<Double> others = new ArrayList<>();
        for (int j = 0; j < offTopic.length; j++) {
            if (j != i && !Double.isNaN(offTopic[j])) {
                others.add(offTopic[j]);
            }
        }
        if (others.isEmpty() || Double.isNaN(offTopic[i])) {
            return 0;
        }
        others.sort(Double::compare);
        int n = others.size();
        double median = n % 2 == 1 ? others.get(n / 2) : (others.get(n / 2 - 1) + others.get(n / 2)) / 2;
        return offTopic[i] - median;
    }

    /**
     * Cosine between a passage and the centroid of the rest of its message: the context vector and the mean of the
     * other passages, {@link #CONTEXT_WEIGHT} to the context. {@code NaN} when there is nothing else.
     */
    private static double centroidCosine(float[] vector, double[] sum, int others, float[] context) {
        if (others == 0 && context == null) {
            return Double.NaN;
        }
        double contextWeight = context == null ? 0 : others == 0 ? 1 : CONTEXT_WEIGHT;
        double dot = 0;
        double norm = 0;
        for (int d = 0; d < vector.length; d++) {
            double rest = others == 0 ? 0 : (sum[d] - vector[d]) / others;
            double centroid = (1 - contextWeight) * rest + (context == null ? 0 : contextWeight * context[d]);
            dot += centroid * vector[d];
            norm += centroid * centroid;
        }
        return norm == 0 ? Double.NaN : dot / Math.sqrt(norm);
    }

    /** The features that pushed this score up the most, for evidence: e.g. {@code off-topic×imperative, margin}. */
    public List<String> strongestReasons(PassageScore score, int count) {
        double[] contributions = combiner.contributions(score.features());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < contributions.length; i++) {
            if (contributions[i] > 0.25 && score.features()[i] != 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> contributions[i]).reversed());
        return order.stream().limit(count).map(PassageFeatures.NAMES::get).toList();
    }

    public String fingerprint() {
        return fingerprint;
    }

    public TrainingReport report() {
        return report;
    }

    public ExemplarNeighbours neighbours() {
        return neighbours;
    }

    LogisticModel combiner() {
        return combiner;
    }

    LogisticModel structural() {
        return structural;
    }

    LogisticModel ranker() {
        return ranker;
    }

    WordProbe[] wordProbes() {
        return wordProbes;
    }

    VectorProbe[] vectorProbes() {
        return vectorProbes;
    }
}
