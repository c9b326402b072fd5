package dev.postern.inboundscanner.scanner.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Cosine similarity of a passage to its nearest injection exemplars and its nearest benign sentences (benign
 * exemplars and the sentences of the carrier mails). Each vector carries a fold number, so that training can score
 * an exemplar without its own fold (cross-fitting): a sentence never counts as its own neighbour. Immutable,
 * thread-safe.
 */
public final class ExemplarNeighbours {

    static final int K = 3;
    /** Fold number that excludes nothing. */
    static final int NO_FOLD = -1;

    private final List<Exemplar> injections;
    private final float[] injectionVectors;
    private final int[] injectionFolds;
    private final float[] benignVectors;
    private final int[] benignFolds;
    private final int dimension;

    /**
     * @param vectors unit vectors, one per exemplar
     * @param folds   fold number per exemplar, {@code >= 0}
     */
    public ExemplarNeighbours(List<Exemplar> exemplars, List<float[]> vectors, int[] folds) {
        if (exemplars.size() != vectors.size() || exemplars.size() != folds.length || exemplars.isEmpty()) {
            throw new IllegalArgumentException("need one vector and one fold per exemplar");
        }
        dimension = vectors.get(0).length;
        List<Integer> injectionIndexes = new ArrayList<>();
        List<Integer> benignIndexes = new ArrayList<>();
        for (int i = 0; i < exemplars.size(); i++) {
            (exemplars.get(i).injection() ? injectionIndexes : benignIndexes).add(i);
        }
        if (injectionIndexes.size() <= K || benignIndexes.size() <= K) {
            throw new IllegalArgumentException("need more than " + K + " exemplars of each label");
        }
        List<Exemplar> injectionList = new ArrayList<>();
        injectionVectors = new float[injectionIndexes.size() * dimension];
        injectionFolds = new int[injectionIndexes.size()];
        for (int j = 0; j < injectionIndexes.size(); j++) {
            int i = injectionIndexes.get(j);
            injectionList.add(exemplars.get(i));
            System.arraycopy(vectors.get(i), 0, injectionVectors, j * dimension, dimension);
            injectionFolds[j] = folds[i];
        }
        benignVectors = new float[benignIndexes.size() * dimension];
        benignFolds = new int[benignIndexes.size()];
        for (int j = 0; j < benignIndexes.size(); j++) {
            int i = benignIndexes.get(j);
            System.arraycopy(vectors.get(i), 0, benignVectors, j * dimension, dimension);
            benignFolds[j] = folds[i];
        }
        injections = List.copyOf(injectionList);
    }

    /** Restores neighbours saved by {@link PassageModelFile}, from the arrays the accessors below return. */
    ExemplarNeighbours(List<Exemplar> injections, float[] injectionVectors, int[] injectionFolds, float[] benignVectors,
                       int[] benignFolds, int dimension) {
        if (injectionVectors.length != injections.size() * dimension || injectionFolds.length != injections.size()
                || benignVectors.length != benignFolds.length * dimension) {
            throw new IllegalArgumentException("saved neighbours do not add up");
        }
        this.injections = List.copyOf(injections);
        this.injectionVectors = injectionVectors;
        this.injectionFolds = injectionFolds;
        this.benignVectors = benignVectors;
        this.benignFolds = benignFolds;
        this.dimension = dimension;
    }

    List<Exemplar> injections() {
        return injections;
    }

    float[] injectionVectors() {
        return injectionVectors;
    }

    int[] injectionFolds() {
        return injectionFolds;
    }

    float[] benignVectors() {
        return benignVectors;
    }

    int[] benignFolds() {
        return benignFolds;
    }

    int dimension() {
        return dimension;
    }

    /**
     * @param injection        mean similarity to the {@value #K} nearest injection exemplars
     * @param benign           mean similarity to the {@value #K} nearest benign sentences
     * @param nearestInjection the most similar injection exemplar
     */
    public record Similarity(double injection, double benign, Exemplar nearestInjection) {
        public double margin() {
            return injection - benign;
        }
    }

    public Similarity similarity(float[] vector) {
        return similarity(vector, NO_FOLD);
    }

    /** Similarity ignoring the exemplars of {@code excludedFold}. */
    public Similarity similarity(float[] vector, int excludedFold) {
        double[] topInjection = new double[K];
        int[] nearest = {-1};
        meanTop(vector, injectionVectors, injectionFolds, excludedFold, topInjection, nearest);
        double[] topBenign = new double[K];
        meanTop(vector, benignVectors, benignFolds, excludedFold, topBenign, null);
        return new Similarity(mean(topInjection), mean(topBenign), injections.get(Math.max(0, nearest[0])));
    }

    public int injectionCount() {
        return injectionFolds.length;
    }

    public int benignCount() {
        return benignFolds.length;
    }

    private void meanTop(float[] vector, float[] set, int[] folds, int excludedFold, double[] top, int[] nearest) {
        java.util.Arrays.fill(top, -2);
        double best = -2;
        for (int row = 0; row < folds.length; row++) {
            if (folds[row] == excludedFold) {
                continue;
            }
            double similarity = 0;
            int base = row * dimension;
            for (int d = 0; d < dimension; d++) {
                similarity += set[base + d] * vector[d];
            }
            if (nearest != null && similarity > best) {
                best = similarity;
                nearest[0] = row;
            }
            if (similarity > top[K - 1]) {
                int i = K - 1;
                while (i > 0 && top[i - 1] < similarity) {
                    top[i] = top[i - 1];
                    i--;
                }
                top[i] = similarity;
            }
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    static double cosine(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
