package dev.postern.inboundscanner.scanner.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * A nearest-neighbour margin classifier over sentence embeddings, trained on the project's exemplars: a passage
 * scores by how much closer it is to the injection exemplars than to the benign ones (mean cosine similarity of
 * the {@value #K} nearest of each), squashed by a logistic curve. Unlike a linear model it stays low on prose that
 * resembles neither set, which is most of real mail. Immutable, thread-safe.
 */
public final class InjectionClassifier {

    static final int K = 3;
    /** Margin at which a passage scores 0.5; chosen so that ordinary mail rarely reaches it (see README). */
    static final double CENTRE = 0.10;
    /** Margin change that moves the score by one logistic unit. */
    static final double SCALE = 0.03;

    private final List<Exemplar> injectionExemplars;
    private final List<float[]> injectionVectors;
    private final List<float[]> benignVectors;
    private final double leaveOneOutAccuracy;

    private InjectionClassifier(List<Exemplar> injectionExemplars, List<float[]> injectionVectors,
                                List<float[]> benignVectors, double leaveOneOutAccuracy) {
        this.injectionExemplars = injectionExemplars;
        this.injectionVectors = injectionVectors;
        this.benignVectors = benignVectors;
        this.leaveOneOutAccuracy = leaveOneOutAccuracy;
    }

    /** Keeps the exemplar vectors and measures leave-one-out accuracy on them. */
    public static InjectionClassifier train(List<Exemplar> exemplars, List<float[]> vectors) {
        if (exemplars.size() != vectors.size() || exemplars.isEmpty()) {
            throw new IllegalArgumentException("need one vector per exemplar");
        }
        List<Exemplar> injections = new ArrayList<>();
        List<float[]> injectionVectors = new ArrayList<>();
        List<float[]> benignVectors = new ArrayList<>();
        for (int i = 0; i < exemplars.size(); i++) {
            if (exemplars.get(i).injection()) {
                injections.add(exemplars.get(i));
                injectionVectors.add(vectors.get(i));
            } else {
                benignVectors.add(vectors.get(i));
            }
        }
        if (injectionVectors.size() <= K || benignVectors.size() <= K) {
            throw new IllegalArgumentException("need more than " + K + " exemplars of each label");
        }
        int correct = 0;
        for (int i = 0; i < exemplars.size(); i++) {
            float[] held = vectors.get(i);
            double margin = meanTopK(held, injectionVectors, held) - meanTopK(held, benignVectors, held);
            if ((margin > 0) == exemplars.get(i).injection()) {
                correct++;
            }
        }
        return new InjectionClassifier(List.copyOf(injections), List.copyOf(injectionVectors),
                List.copyOf(benignVectors), correct / (double) exemplars.size());
    }

    /** Probability-like score that the passage is an instruction aimed at an AI reader. */
    public double probability(float[] vector) {
        return squash(margin(vector));
    }

    /** Mean similarity to the nearest injection exemplars minus mean similarity to the nearest benign ones. */
    public double margin(float[] vector) {
        return meanTopK(vector, injectionVectors, null) - meanTopK(vector, benignVectors, null);
    }

    /** The injection exemplar most similar to the vector. */
    public Exemplar nearestInjectionExemplar(float[] vector) {
        int best = 0;
        double bestSimilarity = -2;
        for (int i = 0; i < injectionVectors.size(); i++) {
            double similarity = dot(injectionVectors.get(i), vector);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = i;
            }
        }
        return injectionExemplars.get(best);
    }

    /**
     * Accuracy on the exemplars, each classified with itself left out, by the sign of its margin (nearer to the
     * injection exemplars or to the benign ones), before the deliberately conservative {@link #CENTRE} is applied.
     */
    public double leaveOneOutAccuracy() {
        return leaveOneOutAccuracy;
    }

    private static double squash(double margin) {
        return 1 / (1 + Math.exp(-(margin - CENTRE) / SCALE));
    }

    private static double meanTopK(float[] vector, List<float[]> set, float[] skip) {
        double[] top = new double[K];
        java.util.Arrays.fill(top, -2);
        for (float[] other : set) {
            if (other == skip) {
                continue;
            }
            double similarity = dot(other, vector);
            if (similarity > top[K - 1]) {
                int i = K - 1;
                while (i > 0 && top[i - 1] < similarity) {
                    top[i] = top[i - 1];
                    i--;
                }
                top[i] = similarity;
            }
        }
        double sum = 0;
        for (double value : top) {
            sum += value;
        }
        return sum / K;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
