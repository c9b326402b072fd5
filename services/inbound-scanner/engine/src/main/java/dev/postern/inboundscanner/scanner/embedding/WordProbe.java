package dev.postern.inboundscanner.scanner.embedding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read-out of a passage's words: logistic regression over hashed word unigrams and bigrams (numbers, links and
 * addresses reduced to placeholders), fitted on the same rows as the passage model. The sentence embedding knows what
 * a passage is about; the words say how it speaks ("in the summary", "the reader", "write a", "from now on"), which
 * carries across subjects. Its output is one feature of the passage model, calibrated by the combiner.
 *
 * <p>Fitted once on all rows and once without each fold (cross-fitting). Deterministic: full-batch gradient descent
 * from zero. Immutable, thread-safe.
 */
public final class WordProbe {

    /** Hashed feature space: 2^14 buckets. */
    static final int BUCKETS = 1 << 14;
    static final int EPOCHS = 120;
    static final double LEARNING_RATE = 2.0;

    private static final Pattern TOKEN = Pattern.compile(
            "https?://\\S+|www\\.\\S+|[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\p{N}[\\p{N}.,:/-]*|[\\p{L}']+");

    private final float[] weights;
    private final double intercept;

    WordProbe(float[] weights, double intercept) {
        this.weights = weights;
        this.intercept = intercept;
    }

    float[] weights() {
        return weights;
    }

    double intercept() {
        return intercept;
    }

    /** The probe's logit for a passage. */
    public double score(String text) {
        double sum = intercept;
        for (int bucket : buckets(text)) {
            sum += weights[bucket];
        }
        return sum;
    }

    /** Bucket indexes of the passage's unigrams and bigrams, each once: a feature counts by presence. */
    static int[] buckets(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (matcher.find()) {
            String token = matcher.group();
            if (token.startsWith("http") && token.contains("://") || token.startsWith("www.")) {
                token = "<url>";
            } else if (token.indexOf('@') > 0) {
                token = "<address>";
            } else if (Character.isDigit(token.charAt(0))) {
                token = "<number>";
            }
            tokens.add(token);
        }
        int[] out = new int[tokens.size() * 2 + 2];
        int n = 0;
        String previous = "<start>";
        for (String token : tokens) {
            out[n++] = bucket("1:" + token);
            out[n++] = bucket("2:" + previous + " " + token);
            previous = token;
        }
        out[n++] = bucket("2:" + previous + " <end>");
        return Arrays.stream(out, 0, n).distinct().toArray();
    }

    private static int bucket(String feature) {
        // FNV-1a, stable across JVMs (String.hashCode is too, but mixes poorly in the low bits).
        int hash = 0x811c9dc5;
        for (int i = 0; i < feature.length(); i++) {
            hash ^= feature.charAt(i);
            hash *= 0x01000193;
        }
        return (hash >>> 1) % BUCKETS;
    }

    /**
     * The probe fitted on all rows, followed by one fitted without each fold {@code 0..folds-1}.
     *
     * @param ridge L2 penalty per unit of row weight (the row weights sum to the number of rows)
     */
    public static WordProbe[] fitWithFolds(List<String> texts, int[] labels, double[] weights, int[] rowFold, int folds,
                                           double ridge) {
        int n = texts.size();
        if (n == 0 || labels.length != n || weights.length != n || rowFold.length != n) {
            throw new IllegalArgumentException("need one label, weight and fold per text");
        }
        int[][] rows = new int[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = buckets(texts.get(i));
        }
        WordProbe[] probes = new WordProbe[folds + 1];
        probes[0] = fit(rows, labels, weights, rowFold, -1, ridge);
        for (int fold = 0; fold < folds; fold++) {
            probes[fold + 1] = fit(rows, labels, weights, rowFold, fold, ridge);
        }
        return probes;
    }

    private static WordProbe fit(int[][] rows, int[] labels, double[] weights, int[] rowFold, int without, double ridge) {
        double total = 0;
        for (int i = 0; i < rows.length; i++) {
            total += rowFold[i] == without ? 0 : weights[i];
        }
        double[] w = new double[BUCKETS];
        double b = 0;
        double[] gradient = new double[BUCKETS];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Arrays.fill(gradient, 0);
            double gradientB = 0;
            for (int i = 0; i < rows.length; i++) {
                if (rowFold[i] == without) {
                    continue;
                }
                double z = b;
                for (int bucket : rows[i]) {
                    z += w[bucket];
                }
                double residual = weights[i] * (1 / (1 + Math.exp(-z)) - labels[i]);
                for (int bucket : rows[i]) {
                    gradient[bucket] += residual;
                }
                gradientB += residual;
            }
            for (int j = 0; j < BUCKETS; j++) {
                w[j] -= LEARNING_RATE * (gradient[j] / total + ridge * w[j]);
            }
            b -= LEARNING_RATE * gradientB / total;
        }
        float[] out = new float[BUCKETS];
        for (int j = 0; j < BUCKETS; j++) {
            out[j] = (float) w[j];
        }
        return new WordProbe(out, b);
    }
}
