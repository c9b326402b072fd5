package dev.postern.inboundscanner.scanner.embedding;

import java.util.Arrays;

/**
 * L2-regularised logistic regression on standardised features, fitted by Newton's method (a few iterations on a
 * few thousand rows). Immutable once fitted, thread-safe.
 */
public final class LogisticModel {

    private final double[] means;
    private final double[] scales;
    /** Weights on standardised features; the last is the intercept. */
    private final double[] weights;

    LogisticModel(double[] means, double[] scales, double[] weights) {
        this.means = means;
        this.scales = scales;
        this.weights = weights;
    }

    /**
     * @param rows    feature vectors, all the same length
     * @param labels  1 for an injection, 0 for benign
     * @param weights weight of each row in the loss
     * @param ridge   L2 penalty on the weights (not the intercept)
     */
    public static LogisticModel fit(double[][] rows, int[] labels, double[] weights, double ridge) {
        int n = rows.length;
        if (n == 0 || labels.length != n || weights.length != n) {
            throw new IllegalArgumentException("need one label and one weight per row");
        }
        int d = rows[0].length;
        double[] means = new double[d];
        double[] scales = new double[d];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i];
            for (int j = 0; j < d; j++) {
                means[j] += weights[i] * rows[i][j];
            }
        }
        for (int j = 0; j < d; j++) {
            means[j] /= total;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double centred = rows[i][j] - means[j];
                scales[j] += weights[i] * centred * centred;
            }
        }
        for (int j = 0; j < d; j++) {
            scales[j] = Math.sqrt(scales[j] / total);
            if (scales[j] < 1e-9) {
                scales[j] = 1;
            }
        }
        double[][] x = new double[n][d + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (rows[i][j] - means[j]) / scales[j];
            }
            x[i][d] = 1;
        }
        double[] beta = new double[d + 1];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d + 1];
            double[][] hessian = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                double p = sigmoid(dot(beta, x[i]));
                double residual = weights[i] * (p - labels[i]);
                double curvature = weights[i] * Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a <= d; a++) {
                    gradient[a] += residual * x[i][a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += curvature * x[i][a] * x[i][b];
                    }
                }
            }
            for (int a = 0; a <= d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
                if (a < d) {
                    gradient[a] += ridge * beta[a];
                    hessian[a][a] += ridge;
                }
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a <= d; a++) {
                beta[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        return new LogisticModel(means, scales, beta);
    }

    public double probability(double[] features) {
        return sigmoid(logit(features));
    }

    public double logit(double[] features) {
        double sum = weights[weights.length - 1];
        for (int j = 0; j < features.length; j++) {
            sum += weights[j] * (features[j] - means[j]) / scales[j];
        }
        return sum;
    }

    /** Each feature's share of the logit, relative to an average passage. */
    public double[] contributions(double[] features) {
        double[] out = new double[features.length];
        for (int j = 0; j < features.length; j++) {
            out[j] = weights[j] * (features[j] - means[j]) / scales[j];
        }
        return out;
    }

    double[] means() {
        return means;
    }

    double[] scales() {
        return scales;
    }

    /** Weights per standardised feature (intercept last), for reports and tests. */
    public double[] weights() {
        return Arrays.copyOf(weights, weights.length);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting; the matrix is small and, with the ridge, well conditioned. */
    private static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        double[] b = Arrays.copyOf(vector, n);
        for (int i = 0; i < n; i++) {
            a[i] = Arrays.copyOf(matrix[i], n);
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double tmp = b[col];
            b[col] = b[pivot];
            b[pivot] = tmp;
            if (Math.abs(a[col][col]) < 1e-12) {
                a[col][col] = 1e-12;
            }
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k < n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
                b[row] -= factor * b[col];
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * x[k];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }
}
