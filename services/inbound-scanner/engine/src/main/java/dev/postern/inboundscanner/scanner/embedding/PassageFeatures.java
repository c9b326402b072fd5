package dev.postern.inboundscanner.scanner.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * The features the passage model reads: how near the passage is to the attack exemplars, how far it strays from the
 * rest of its own message, its lexical shape and its place in the letter. Products of the off-topic distance with
 * the shape let a linear model say "an order that has nothing to do with this mail". The lexical features alone
 * also rank candidate passages before any is embedded.
 */
public final class PassageFeatures {

    /** Features known before embedding: used to choose which passages to embed. */
    public static final List<String> LEXICAL_NAMES = List.of(
            "imperative", "task-verb", "polite", "question", "modal-to-reader", "first-person", "second-person",
            "answer-words", "your-answer", "ai-words", "logistics", "link", "own-line", "outside-letter", "edge",
            "short", "unpunctuated", "instruction-density", "message-size");
    private static final List<String> SEMANTIC_NAMES = List.of(
            "margin", "injection-similarity", "off-topic", "no-context", "odd-one-out", "words", "vector",
            "off-topic×imperative", "off-topic×question", "off-topic×impersonal", "off-topic×margin");
    public static final List<String> NAMES;
    /** Semantic features before the lexical ones. */
    private static final int LEADING = 7;
    /** Positions of the features read from the exemplars: margin, injection-similarity, words, vector, off-topic×margin. */
    static final int[] SIMILARITY_INDEXES;

    static {
        List<String> names = new ArrayList<>(SEMANTIC_NAMES.subList(0, LEADING));
        names.addAll(LEXICAL_NAMES);
        names.addAll(SEMANTIC_NAMES.subList(LEADING, SEMANTIC_NAMES.size()));
        NAMES = List.copyOf(names);
        SIMILARITY_INDEXES = new int[]{NAMES.indexOf("margin"), NAMES.indexOf("injection-similarity"),
                NAMES.indexOf("words"), NAMES.indexOf("vector"), NAMES.indexOf("off-topic×margin")};
    }

    private PassageFeatures() {
    }

    public static double[] lexical(Passage passage, PassageSelection.MessageShape message) {
        SentenceCues cues = passage.cues();
        Passage.Placement placement = passage.placement();
        String text = passage.text();
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        return new double[]{
                flag(cues.imperative()), flag(cues.taskVerb()), flag(cues.politeOpening()), flag(cues.question()),
                flag(cues.modalToReader()), flag(cues.firstPerson()), flag(cues.secondPerson()),
                flag(cues.answerWords()), flag(cues.yourAnswer()), flag(cues.aiWords()), flag(cues.logistics()),
                flag(cues.link()), flag(placement.ownLine()), flag(placement.outsideLetter()), flag(placement.edge()),
                flag(cues.words() <= 6), flag(".!?:;)\"'".indexOf(last) < 0), message.instructionDensity(), message.size()};
    }

    /**
     * @param offTopic  one minus the cosine between the passage and the rest of its message, or {@code NaN} when the
     *                  message has nothing else to compare with
     * @param oddOneOut how much more off-topic the passage is than the median of the other passages (0 without others)
     * @param words     the {@link WordProbe}'s logit
     * @param vector    the {@link VectorProbe}'s logit
     */
    public static double[] of(Passage passage, ExemplarNeighbours.Similarity similarity, double offTopic,
                              double oddOneOut, double words, double vector, PassageSelection.MessageShape message) {
        SentenceCues cues = passage.cues();
        boolean noContext = Double.isNaN(offTopic);
        double away = noContext ? 0 : offTopic;
        double margin = similarity.margin() * 5;
        double[] lexical = lexical(passage, message);
        double[] out = new double[NAMES.size()];
        out[0] = margin;
        out[1] = similarity.injection();
        out[2] = away;
        out[3] = flag(noContext);
        out[4] = oddOneOut;
        out[5] = words;
        out[6] = vector;
        System.arraycopy(lexical, 0, out, LEADING, lexical.length);
        int i = LEADING + lexical.length;
        out[i] = away * flag(cues.imperative());
        out[i + 1] = away * flag(cues.question());
        out[i + 2] = away * flag(!cues.firstPerson());
        out[i + 3] = away * margin;
        return out;
    }

    private static double flag(boolean value) {
        return value ? 1 : 0;
    }
}
