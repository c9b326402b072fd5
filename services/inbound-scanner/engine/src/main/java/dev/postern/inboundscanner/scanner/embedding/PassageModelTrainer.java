package dev.postern.inboundscanner.scanner.embedding;

import dev.postern.inboundscanner.scanner.ScanInput;
import dev.postern.inboundscanner.scanner.normalise.MessageNormaliser;
import dev.postern.inboundscanner.scanner.normalise.NormalisedMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the {@link PassageModel} at start, from the project's own text only: every exemplar sentence is placed into
 * carrier mails (at the start, in the middle, at the end, inside a paragraph, or alone under a subject), the
 * resulting messages go through the same normaliser, passage selector and scoring code as real mail, and the placed
 * sentence becomes a training row labelled by its exemplar; the carriers' own instruction-shaped sentences are
 * benign rows. Nearest-exemplar features are cross-fitted: a row never sees its own fold. Deterministic (fixed seed).
 */
public final class PassageModelTrainer {

    static final int FOLDS = 5;
    static final int PLACEMENTS_PER_EXEMPLAR = 2;
    static final double RIDGE = 2.0;
    /** Share of the training loss on injection rows: benign weighs twice the injections, see {@link #weights}. */
    static final double POSITIVE_SHARE = 1 / 3.0;
    /** L2 penalty of the word probe, per unit of row weight. */
    static final double WORD_RIDGE = 0.001;
    /** L2 penalty of the vector probe, per unit of row weight, on standardised dimensions. */
    static final double VECTOR_RIDGE = 0.01;
    /** Placed sentences that lose their final punctuation, so that its absence is not learned as a benign sign. */
    static final double UNPUNCTUATED_SHARE = 0.15;
    private static final long SEED = 20250611L;
    private static final String[] WHERE = {"start", "middle", "end", "inline", "alone"};

    private final MessageNormaliser normaliser;
    private final PassageSelector selector;
    private final TextEmbedder embedder;
    private final int budget;

    /**
     * @param selector used with a generous candidate count
     * @param budget   passages embedded per message, as in the scanner
     */
    public PassageModelTrainer(MessageNormaliser normaliser, PassageSelector selector, TextEmbedder embedder, int budget) {
        this.normaliser = normaliser;
        this.selector = selector;
        this.embedder = embedder;
        this.budget = budget;
    }

    /**
     * One training message: its chosen passages, and which of them is a row ({@code -1}: all of them, benign).
     */
    private record Sample(List<Passage> passages, String context, PassageSelection.MessageShape shape, int row, int label,
                          int fold) {

        /** Whether passage {@code p} is a training row: the placed one, or every passage of a carrier alone. */
        boolean isRow(int p) {
            return row < 0 || p == row;
        }

        int rowLabel() {
            return row >= 0 ? label : 0;
        }
    }

    public PassageModel train(ExemplarSet exemplars, CarrierSet carriers) {
        List<Exemplar> all = new ArrayList<>(exemplars.exemplars());
        List<Integer> folds = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            folds.add(i % FOLDS);
        }
        List<Sample> samples = new ArrayList<>();
        List<CarrierSet.Carrier> mails = carriers.carriers();
        // The carriers alone: their instruction-shaped sentences are benign rows and join the benign neighbours.
        for (int c = 0; c < mails.size(); c++) {
            CarrierSet.Carrier carrier = mails.get(c);
            PassageSelection selection = selector.select(normalise(carrier.subject(), carrier.body()));
            samples.add(new Sample(selection.passages(), selection.context(), selection.shape(), -1, 0, c % FOLDS));
            for (Passage passage : selection.passages()) {
                all.add(new Exemplar("carrier-" + c + "-" + passage.offset(), "carrier:" + carrier.kind(), passage.text(), false));
                folds.add(c % FOLDS);
            }
        }
        // Every exemplar placed into carriers.
        Random random = new Random(SEED);
        List<Exemplar> sentences = exemplars.exemplars();
        for (int e = 0; e < sentences.size(); e++) {
            Exemplar exemplar = sentences.get(e);
            for (int k = 0; k < PLACEMENTS_PER_EXEMPLAR; k++) {
                CarrierSet.Carrier carrier = mails.get(random.nextInt(mails.size()));
                String where = WHERE[random.nextInt(WHERE.length)];
                String sentence = random.nextDouble() < UNPUNCTUATED_SHARE ? unpunctuated(exemplar.text()) : exemplar.text();
                PassageSelection selection = selector.select(normalise(carrier.subject(), place(carrier.body(), sentence, where)));
                int placed = find(selection.passages(), sentence);
                if (placed < 0) {
                    continue;
                }
                samples.add(new Sample(chosenWith(selection, placed, random), selection.context(), selection.shape(), 0,
                        exemplar.injection() ? 1 : 0, e % FOLDS));
            }
        }

        Map<String, float[]> vectors = embedAll(all, samples);
        List<float[]> exemplarVectors = new ArrayList<>(all.size());
        for (Exemplar exemplar : all) {
            exemplarVectors.add(vectors.get(exemplar.text()));
        }
        ExemplarNeighbours neighbours = new ExemplarNeighbours(all, exemplarVectors,
                folds.stream().mapToInt(Integer::intValue).toArray());
        // The training rows, in the order the loop below adds their features.
        List<String> rowTexts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Integer> rowFolds = new ArrayList<>();
        for (Sample sample : samples) {
            for (int p = 0; p < sample.passages().size(); p++) {
                if (sample.isRow(p)) {
                    rowTexts.add(sample.passages().get(p).text());
                    labels.add(sample.rowLabel());
                    rowFolds.add(sample.fold());
                }
            }
        }
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        int[] f = rowFolds.stream().mapToInt(Integer::intValue).toArray();
        double[] weights = weights(y);
        WordProbe[] wordProbes = WordProbe.fitWithFolds(rowTexts, y, weights, f, FOLDS, WORD_RIDGE);
        List<float[]> rowVectors = new ArrayList<>(rowTexts.size());
        for (String text : rowTexts) {
            rowVectors.add(vectors.get(text));
        }
        VectorProbe[] vectorProbes = VectorProbe.fitWithFolds(rowVectors, y, weights, f, FOLDS, VECTOR_RIDGE);
        // A provisional model only to compute features: the combiner is not used for them.
        PassageModel featureReader = new PassageModel(neighbours, wordProbes, vectorProbes, null, null, null, "", null);

        List<double[]> features = new ArrayList<>();
        List<double[]> lexical = new ArrayList<>();
        for (Sample sample : samples) {
            List<float[]> passageVectors = new ArrayList<>();
            for (Passage passage : sample.passages()) {
                passageVectors.add(vectors.get(passage.text()));
            }
            float[] context = sample.context().isBlank() ? null : vectors.get(sample.context());
            List<double[]> rows = featureReader.features(sample.passages(), passageVectors, context, sample.shape(),
                    sample.fold());
            for (int p = 0; p < sample.passages().size(); p++) {
                if (sample.isRow(p)) {
                    features.add(rows.get(p));
                    lexical.add(PassageFeatures.lexical(sample.passages().get(p), sample.shape()));
                }
            }
        }
        double[][] x = features.toArray(new double[0][]);
        double[][] xLexical = lexical.toArray(new double[0][]);
        LogisticModel combiner = LogisticModel.fit(x, y, weights, RIDGE);
        double[][] xStructural = new double[x.length][];
        for (int r = 0; r < x.length; r++) {
            xStructural[r] = PassageModel.withoutSimilarity(x[r]);
        }
        LogisticModel structural = LogisticModel.fit(xStructural, y, weights, RIDGE);
        LogisticModel ranker = LogisticModel.fit(xLexical, y, weights, RIDGE);
        PassageModel.TrainingReport report = crossValidate(x, y, weights, f);
        return new PassageModel(neighbours, wordProbes, vectorProbes, combiner, structural, ranker,
                fingerprint(exemplars, carriers), report);
    }

    /**
     * The passages the scanner would embed for a training message: the placed one and, for the centroid, others of
     * the same message up to the budget.
     */
    private List<Passage> chosenWith(PassageSelection selection, int placed, Random random) {
        List<Passage> chosen = new ArrayList<>();
        chosen.add(selection.passages().get(placed));
        for (int i = 0; i < selection.passages().size() && chosen.size() < budget; i++) {
            if (i != placed) {
                chosen.add(selection.passages().get(i));
            }
        }
        return chosen;
    }

    /**
     * The two labels weigh a fixed share each, whatever the number of exemplars: benign twice the injections,
     * because real mail has far more ordinary sentences than the training material and a false alarm costs a delivery.
     */
    private static double[] weights(int[] labels) {
        int positives = 0;
        for (int label : labels) {
            positives += label;
        }
        double positiveWeight = labels.length * POSITIVE_SHARE / Math.max(1, positives);
        double negativeWeight = labels.length * (1 - POSITIVE_SHARE) / Math.max(1, labels.length - positives);
        double[] weights = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            weights[i] = labels[i] == 1 ? positiveWeight : negativeWeight;
        }
        return weights;
    }

    /** Fits the combiner without each fold and predicts that fold: an honest estimate on the training material. */
    private static PassageModel.TrainingReport crossValidate(double[][] features, int[] labels, double[] weights, int[] folds) {
        double[] predicted = new double[labels.length];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int r = 0; r < labels.length; r++) {
                (folds[r] == fold ? test : train).add(r);
            }
            if (test.isEmpty() || train.isEmpty()) {
                continue;
            }
            double[][] x = new double[train.size()][];
            int[] y = new int[train.size()];
            double[] w = new double[train.size()];
            for (int i = 0; i < train.size(); i++) {
                x[i] = features[train.get(i)];
                y[i] = labels[train.get(i)];
                w[i] = weights[train.get(i)];
            }
            LogisticModel model = LogisticModel.fit(x, y, w, RIDGE);
            for (int r : test) {
                predicted[r] = model.probability(features[r]);
            }
        }
        int correct = 0;
        int positives = 0;
        for (int r = 0; r < labels.length; r++) {
            correct += (predicted[r] >= 0.5) == (labels[r] == 1) ? 1 : 0;
            positives += labels[r];
        }
        return new PassageModel.TrainingReport(labels.length, positives, correct / (double) labels.length, auc(predicted, labels));
    }

    static double auc(double[] scores, int[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSum = 0;
        long positives = 0;
        for (int i = 0; i < order.length; i++) {
            if (labels[order[i]] == 1) {
                rankSum += i + 1;
                positives++;
            }
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    private Map<String, float[]> embedAll(List<Exemplar> exemplars, List<Sample> samples) {
        Set<String> texts = new LinkedHashSet<>();
        for (Exemplar exemplar : exemplars) {
            texts.add(exemplar.text());
        }
        for (Sample sample : samples) {
            for (Passage passage : sample.passages()) {
                texts.add(passage.text());
            }
            if (!sample.context().isBlank()) {
                texts.add(sample.context());
            }
        }
        List<String> list = new ArrayList<>(texts);
        List<float[]> embedded = embedder.embed(list);
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            vectors.put(list.get(i), embedded.get(i));
        }
        return vectors;
    }

    private NormalisedMessage normalise(String subject, String body) {
        return normaliser.normalise(ScanInput.ofText(subject, body));
    }

    private static String unpunctuated(String sentence) {
        String stripped = sentence.strip();
        while (!stripped.isEmpty() && ".!?".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    /** The body with the sentence placed as {@code where} says. */
    static String place(String body, String sentence, String where) {
        String[] paragraphs = body.split("\n\n");
        int middle = Math.max(1, paragraphs.length / 2);
        switch (where) {
            case "start":
                return sentence + "\n\n" + body;
            case "end":
                return body + "\n\n" + sentence;
            case "alone":
                return sentence;
            case "inline": {
                int index = Math.min(middle, paragraphs.length - 1);
                String paragraph = paragraphs[index];
                int cut = paragraph.indexOf(". ");
                if (cut < 0) {
                    return body + "\n\n" + sentence;
                }
                String end = sentence.isEmpty() || ".!?".indexOf(sentence.charAt(sentence.length() - 1)) >= 0 ? " " : ". ";
                paragraphs[index] = paragraph.substring(0, cut + 2) + sentence + end + paragraph.substring(cut + 2);
                return String.join("\n\n", paragraphs);
            }
            default: {
                List<String> parts = new ArrayList<>(Arrays.asList(paragraphs));
                parts.add(Math.min(middle, parts.size()), sentence);
                return String.join("\n\n", parts);
            }
        }
    }

    /** Index of the candidate that is the placed sentence (compared on letters and digits only), or -1. */
    private static int find(List<Passage> passages, String sentence) {
        String wanted = letters(sentence);
        for (int i = 0; i < passages.size(); i++) {
            if (letters(passages.get(i).text()).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String fingerprint(ExemplarSet exemplars, CarrierSet carriers) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(exemplars.fingerprint().getBytes(StandardCharsets.UTF_8));
            for (CarrierSet.Carrier carrier : carriers.carriers()) {
                digest.update((carrier.kind() + carrier.subject() + carrier.body()).getBytes(StandardCharsets.UTF_8));
            }
            digest.update((SEED + ":" + FOLDS + ":" + PLACEMENTS_PER_EXEMPLAR + ":" + RIDGE + ":" + WORD_RIDGE + ":"
                    + WordProbe.EPOCHS + ":" + WordProbe.LEARNING_RATE + ":" + VECTOR_RIDGE + ":" + VectorProbe.EPOCHS
                    + ":" + UNPUNCTUATED_SHARE
                    + ":" + PassageFeatures.NAMES).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
