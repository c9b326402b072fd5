package dev.postern.inboundscanner.scanner.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticModelTests {

    /** Label is 1 when the first feature is large; the second feature is noise. */
    private static double[][] rows(int n, Random random) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[]{random.nextGaussian() + (i % 2 == 0 ? 2 : -2), random.nextGaussian() * 10};
        }
        return rows;
    }

    @Test
    void learnsWhichFeatureSeparatesTheLabels() {
        Random random = new Random(1);
        double[][] rows = rows(400, random);
        int[] labels = new int[400];
        double[] weights = new double[400];
        for (int i = 0; i < 400; i++) {
            labels[i] = i % 2 == 0 ? 1 : 0;
            weights[i] = 1;
        }

        LogisticModel model = LogisticModel.fit(rows, labels, weights, 1.0);

        assertThat(model.probability(new double[]{3, 0})).isGreaterThan(0.95);
        assertThat(model.probability(new double[]{-3, 0})).isLessThan(0.05);
        assertThat(Math.abs(model.weights()[0])).isGreaterThan(5 * Math.abs(model.weights()[1]));
        assertThat(model.contributions(new double[]{3, 0})[0]).isPositive();
    }

    @Test
    void theRidgeKeepsPerfectlySeparableDataFinite() {
        double[][] rows = {{0}, {0.1}, {0.9}, {1}};
        int[] labels = {0, 0, 1, 1};
        double[] weights = {1, 1, 1, 1};

        LogisticModel model = LogisticModel.fit(rows, labels, weights, 1.0);

        for (double weight : model.weights()) {
            assertThat(weight).isFinite();
        }
        assertThat(model.probability(new double[]{1})).isBetween(0.5, 0.99);
    }

    @Test
    void refusesMismatchedInput() {
        assertThatThrownBy(() -> LogisticModel.fit(new double[][]{{1}}, new int[]{1, 0}, new double[]{1}, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
