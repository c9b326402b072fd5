package dev.postern.inboundscanner.scanner.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorProbeTests {

    /** Unit vectors in 8 dimensions: injections lean towards dimension 0, ordinary rows towards dimension 1. */
    private static List<float[]> vectors(int[] labels, long seed) {
        Random random = new Random(seed);
        List<float[]> out = new ArrayList<>();
        for (int label : labels) {
            float[] v = new float[8];
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian() * 0.3f;
            }
            v[label == 1 ? 0 : 1] += 1;
            out.add(unit(v));
        }
        return out;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] out = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = (float) (v[d] / Math.sqrt(norm));
        }
        return out;
    }

    private static int[] labels(int n) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
        }
        return labels;
    }

    private static double[] ones(int n) {
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, 1);
        return weights;
    }

    @Test
    void aDirectionTowardsTheInjectionsScoresAboveOrdinaryRows() {
        int[] labels = labels(200);
        int[] folds = new int[200];
        for (int i = 0; i < folds.length; i++) {
            folds[i] = (i / 2) % 5;
        }
        VectorProbe[] probes = VectorProbe.fitWithFolds(vectors(labels, 1), labels, ones(200), folds, 5, 0.01);

        assertThat(probes).hasSize(6);
        float[] injection = unit(new float[]{1, 0.1f, 0, 0, 0, 0, 0, 0});
        float[] ordinary = unit(new float[]{0.1f, 1, 0, 0, 0, 0, 0, 0});
        for (VectorProbe probe : probes) {
            assertThat(probe.score(injection)).isGreaterThan(1);
            assertThat(probe.score(ordinary)).isLessThan(-1);
        }
        // Unseen rows from the same mix are told apart by every fold's probe.
        int[] fresh = labels(100);
        List<float[]> test = vectors(fresh, 2);
        int correct = 0;
        for (int i = 0; i < fresh.length; i++) {
            correct += (probes[1].score(test.get(i)) > 0) == (fresh[i] == 1) ? 1 : 0;
        }
        assertThat(correct).isGreaterThanOrEqualTo(95);
    }

    @Test
    void aFoldProbeNeverSawItsFold() {
        int[] labels = {1, 0, 1, 0};
        List<float[]> vectors = List.of(new float[]{1, 0}, new float[]{0, 1}, new float[]{0.6f, 0.8f}, new float[]{0.8f, 0.6f});
        // Fold 1 holds the two rows that contradict the rest; the probe fitted without it learns dimension 0 alone.
        int[] folds = {0, 0, 1, 1};
        VectorProbe[] probes = VectorProbe.fitWithFolds(vectors, labels, ones(4), folds, 2, 0.01);

        assertThat(probes[2].score(new float[]{1, 0}) - probes[2].score(new float[]{0, 1}))
                .isGreaterThan(probes[0].score(new float[]{1, 0}) - probes[0].score(new float[]{0, 1}));
    }

    @Test
    void isDeterministic() {
        int[] labels = labels(40);
        int[] folds = new int[40];
        VectorProbe a = VectorProbe.fitWithFolds(vectors(labels, 3), labels, ones(40), folds, 1, 0.01)[0];
        VectorProbe b = VectorProbe.fitWithFolds(vectors(labels, 3), labels, ones(40), folds, 1, 0.01)[0];
        float[] probe = unit(new float[]{0.3f, 0.2f, 0.1f, 0, 0, 0, 0.5f, 0});
        assertThat(a.score(probe)).isEqualTo(b.score(probe));
    }

    @Test
    void rowsNeedLabelsWeightsAndFolds() {
        assertThatThrownBy(() -> VectorProbe.fitWithFolds(List.of(new float[]{1, 0}), new int[]{1, 0}, ones(1),
                new int[]{0}, 1, 0.01)).isInstanceOf(IllegalArgumentException.class);
    }
}
