package dev.postern.inboundscanner.scanner.embedding;

import java.util.Arrays;
import java.util.List;

/**
 * A linear read-out of a passage's sentence embedding: logistic regression over the embedding's dimensions, fitted on
 * the same rows as the passage model. The nearest exemplars answer "which sentence we wrote is this most like"; a
 * direction through the whole space answers "how far is this towards an instruction for the reader", which holds for
 * subjects no exemplar covers. Its logit is one feature of the passage model, calibrated by the combiner.
 *
 * <p>Fitted once on all rows and once without each fold (cross-fitting). Deterministic: full-batch accelerated
 * gradient descent from zero on standardised dimensions. Immutable, thread-safe.
 */
public final class VectorProbe {

    static final int EPOCHS = 300;

    private final double[] means;
    private final double[] scales;
    private final double[] weights;
    private final double intercept;

    VectorProbe(double[] means, double[] scales, double[] weights, double intercept) {
        this.means = means;
        this.scales = scales;
        this.weights = weights;
        this.intercept = intercept;
    }

    double[] means() {
        return means;
    }

    double[] scales() {
        return scales;
    }

    double[] weights() {
        return weights;
    }

    double intercept() {
        return intercept;
    }

    /** The probe's logit for a passage's unit vector. */
    public double score(float[] vector) {
        double sum = intercept;
        for (int d = 0; d < weights.length; d++) {
            sum += weights[d] * (vector[d] - means[d]) / scales[d];
        }
        return sum;
    }

    /**
     * The probe fitted on all rows, followed by one fitted without each fold {@code 0..folds-1}.
     *
     * @param ridge L2 penalty per unit of row weight (the row weights sum to the number of rows)
     */
    public static VectorProbe[] fitWithFolds(List<float[]> vectors, int[] labels, double[] weights, int[] rowFold,
                                             int folds, double ridge) {
        int n = vectors.size();
        if (n == 0 || labels.length != n || weights.length != n || rowFold.length != n) {
            throw new IllegalArgumentException("need one label, weight and fold per vector");
        }
        int d = vectors.get(0).length;
        double[] means = new double[d];
        double[] scales = new double[d];
        for (float[] vector : vectors) {
            for (int j = 0; j < d; j++) {
                means[j] += vector[j];
            }
        }
        for (int j = 0; j < d; j++) {
            means[j] /= n;
        }
        for (float[] vector : vectors) {
            for (int j = 0; j < d; j++) {
                double centred = vector[j] - means[j];
                scales[j] += centred * centred;
            }
        }
        for (int j = 0; j < d; j++) {
            scales[j] = Math.max(Math.sqrt(scales[j] / n), 1e-9);
        }
        float[][] x = new float[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (float) ((vectors.get(i)[j] - means[j]) / scales[j]);
            }
        }
        VectorProbe[] probes = new VectorProbe[folds + 1];
        probes[0] = fit(x, labels, weights, rowFold, -1, ridge, means, scales);
        for (int fold = 0; fold < folds; fold++) {
            probes[fold + 1] = fit(x, labels, weights, rowFold, fold, ridge, means, scales);
        }
        return probes;
    }

    private static VectorProbe fit(float[][] x, int[] labels, double[] weights, int[] rowFold, int without, double ridge,
                                   double[] means, double[] scales) {
        int d = means.length;
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            total += rowFold[i] == without ? 0 : weights[i];
        }
        // Step size 1/L from the loss's curvature bound: a quarter of the largest eigenvalue of the weighted
        // second-moment matrix (by power iteration) plus the ridge.
        double[] v = new double[d];
        Arrays.fill(v, 1 / Math.sqrt(d));
        double eigenvalue = 1;
        for (int iteration = 0; iteration < 30; iteration++) {
            double[] next = new double[d];
            for (int i = 0; i < x.length; i++) {
                if (rowFold[i] == without) {
                    continue;
                }
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += x[i][j] * v[j];
                }
                z *= weights[i] / total;
                for (int j = 0; j < d; j++) {
                    next[j] += z * x[i][j];
                }
            }
            double norm = 0;
            for (double value : next) {
                norm += value * value;
            }
            eigenvalue = Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                v[j] = next[j] / eigenvalue;
            }
        }
        double step = 1 / (0.25 * eigenvalue + ridge);
        // Nesterov's accelerated gradient on the intercept and the weights together (index d is the intercept).
        double[] w = new double[d + 1];
        double[] previous = new double[d + 1];
        double[] look = new double[d + 1];
        double[] gradient = new double[d + 1];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double momentum = epoch / (epoch + 3.0);
            for (int j = 0; j <= d; j++) {
                look[j] = w[j] + momentum * (w[j] - previous[j]);
            }
            Arrays.fill(gradient, 0);
            for (int i = 0; i < x.length; i++) {
                if (rowFold[i] == without) {
                    continue;
                }
                float[] row = x[i];
                double z = look[d];
                for (int j = 0; j < d; j++) {
                    z += look[j] * row[j];
                }
                double residual = weights[i] * (1 / (1 + Math.exp(-z)) - labels[i]) / total;
                for (int j = 0; j < d; j++) {
                    gradient[j] += residual * row[j];
                }
                gradient[d] += residual;
            }
            System.arraycopy(w, 0, previous, 0, d + 1);
            for (int j = 0; j < d; j++) {
                w[j] = look[j] - step * (gradient[j] + ridge * look[j]);
            }
            w[d] = look[d] - step * gradient[d];
        }
        return new VectorProbe(means, scales, Arrays.copyOf(w, d), w[d]);
    }
}
