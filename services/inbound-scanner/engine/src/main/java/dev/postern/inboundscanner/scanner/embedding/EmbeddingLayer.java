package dev.postern.inboundscanner.scanner.embedding;

import dev.postern.inboundscanner.scanner.Category;
import dev.postern.inboundscanner.scanner.Channel;
import dev.postern.inboundscanner.scanner.DetectionLayer;
import dev.postern.inboundscanner.scanner.Evidence;
import dev.postern.inboundscanner.scanner.LayerOutcome;
import dev.postern.inboundscanner.scanner.normalise.NormalisedMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Layer 3: chooses at most {@code budget} candidate passages, embeds them and the message's context with an
 * offline sentence model, and scores each with the {@link PassageModel}. The layer's score is the best passage's
 * score times {@link #LAYER_WEIGHT} ({@link #OUT_OF_SIGHT_WEIGHT} for text a person does not see); each passage from
 * {@value #EVIDENCE_FROM} is evidence, explained by its nearest injection exemplar and the features that weighed most.
 */
public final class EmbeddingLayer implements DetectionLayer {

    /** The layer's name, as its evidence carries it. */
    public static final String NAME = "embedding";
    static final double EVIDENCE_FROM = 0.5;
    /**
     * The classifier alone never reaches certainty: a passage needs 0.9625 to quarantine on its own (0.80 × 0.9625 =
     * 0.77), while the rules' "strong sign plus a weak one" still quarantines on its own.
     */
    static final double LAYER_WEIGHT = 0.80;
    /**
     * The weight for a passage out of sight (hidden HTML, a decoded run, an attachment): text nobody sees that reads as
     * an order is a sign in itself, so it quarantines alone from 0.856. Measured: +4 attacks, no benign more over dev
     * and v1-v20 (0.95 and 1.0 added a benign).
     */
    static final double OUT_OF_SIGHT_WEIGHT = 0.90;
    /**
     * Best passage score below which the layer adds nothing: a passage the model thinks more likely ordinary than not
     * must not tip a rule's grey-zone score over the quarantine line. (It was 0.4 until 0.11: a rule at 0.63 plus a
     * passage at 0.45 quarantined. Over dev and v1-v20, 0.5 gives 6 attacks and 3 benign fewer quarantined.)
     */
    static final double CONTRIBUTES_FROM = 0.5;
    /** The weight a passage's score has in the layer's score, by where the passage is. */
    public static double weightIn(Channel channel) {
        return channel.inPlainSight() ? LAYER_WEIGHT : OUT_OF_SIGHT_WEIGHT;
    }

    /** Highest passage score a plain visible question or task gets in a quiz, puzzle or coursework mail. */
    static final double QUIZ_QUESTION_CAP = 0.3;
    private static final Pattern TASK_MAIL = Pattern.compile(
            "\\b(?:quiz(?:zes)?|trivia|puzzles?|riddles?|brain ?teasers?|question of the (?:day|week|month)|quiz night|"
                    + "general knowledge|bonus question|warm-up question|"
                    // coursework: the tasks a teacher sets are the mail's topic ("Week 3 exercises: write a function that…")
                    + "homework|coursework|worksheets?|problem sets?|practice (?:questions|problems|exercises)|"
                    + "(?:week|lesson|unit|module) \\d+ (?:exercises|tasks|assignment|homework)|this week's (?:exercises|tasks|homework)|"
                    + "assignment \\d+|(?:essay|writing) (?:task|assignment|prompt))\\b", Pattern.CASE_INSENSITIVE);

    /** Candidates considered per message before the budget cut. */
    public static final int MAX_CANDIDATES = 48;
    /**
     * Characters of passages embedded per message. An ONNX run costs ~2.3 ms plus ~0.2 ms a token (about four
     * characters) on this project's 2-core reference machine: four passages within this budget keep a message's
     * embedding near 35 ms of CPU, about half that in wall time on two threads.
     */
    public static final int MAX_EMBEDDED_CHARS = 520;

    private final TextEmbedder embedder;
    private final PassageModel model;
    private final PassageSelector selector;
    private final int budget;

    /** @param budget passages embedded per message */
    public EmbeddingLayer(TextEmbedder embedder, PassageModel model, PassageSelector selector, int budget) {
        this.embedder = embedder;
        this.model = model;
        this.selector = selector;
        this.budget = budget;
    }

    /** Whether the subject or the opening of the visible text says the mail is a quiz, puzzle or coursework mail. */
    static boolean isTaskMail(NormalisedMessage message) {
        String visible = message.text(Channel.VISIBLE);
        return TASK_MAIL.matcher(message.text(Channel.SUBJECT)).find()
                || TASK_MAIL.matcher(visible.substring(0, Math.min(visible.length(), 400))).find();
    }

    /** Highest passage score a visible line gets when it addresses nobody and asks nothing. */
    static final double LABEL_CAP = 0.5;

    static final int LABEL_MAX_WORDS_WITH_ORDER = 10;

    /**
     * Visible text with no order, question, modal, "you", answer words or polite opening: a label or a statement. A
     * longer sentence that tells someone else what to do is neither.
     */
    static boolean labelInSight(Passage passage) {
        SentenceCues cues = passage.cues();
        return !passage.outOfSight() && !cues.imperative() && !cues.question() && !cues.modalToReader()
                && !cues.secondPerson() && !cues.answerWords() && !cues.politeOpening()
                && !(cues.words() > LABEL_MAX_WORDS_WITH_ORDER && cues.thirdPartyOrder());
    }

    /**
     * A question, or a puzzle step ("Step 1: decode this base64 →…"), in text a person sees, that does not shape the
     * answer, speak to an AI, tell the reader what it must do or name an address or a link.
     */
    private static boolean plainQuestionOrStepInSight(Passage passage) {
        SentenceCues cues = passage.cues();
        return (!passage.outOfSight() || passage.channel() == Channel.DECODED) && (cues.question() || cues.imperative())
                && !cues.yourAnswer() && !cues.aiWords() && !cues.modalToReader() && !cues.link();
    }

    /**
     * Highest passage score of a plain question in quoted history: the thread's earlier messages ask their readers
     * things, so a stray question there is grey (0.72 after the layer weight), never enough to quarantine alone.
     */
    static final double QUOTED_QUESTION_CAP = 0.9;

    /** A plain question, no order, in the quoted history: it shapes no answer and names no AI, address or link. */
    static boolean quotedQuestion(Passage passage) {
        return passage.channel() == Channel.QUOTED && passage.cues().question() && !passage.cues().imperative()
                && plainQuestionOrStepInSight(passage);
    }

    /** A report desk's address: "forward suspicious emails to phishing@bank.example" is how banks ask to be told. */
    private static final Pattern REPORT_DESK = Pattern.compile(
            "\\b(?:phish\\w*|fraud|abuse|spam|security|report-?(?:phishing|spam|fraud|abuse)|scam\\w*)@[\\w-]+(?:\\.[\\w-]+)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUSPICIOUS_MAIL = Pattern.compile(
            "\\b(?:suspicious|phishing|scam|fraud(?:ulent)?|spam|spoofed|fake)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_ADDRESS_OR_LINK = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|https?://|www\\.");

    /** Visible advice to send suspicious mail to a report desk (phishing@, fraud@…), naming no other address or link and no AI. */
    static boolean reportDeskAdvice(Passage passage) {
        String text = passage.text();
        if (passage.outOfSight() || passage.cues().aiWords() || !SUSPICIOUS_MAIL.matcher(text).find()) {
            return false;
        }
        String withoutDesks = REPORT_DESK.matcher(text).replaceAll(" ");
        return !withoutDesks.equals(text) && !ANY_ADDRESS_OR_LINK.matcher(withoutDesks).find();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LayerOutcome assess(NormalisedMessage message) {
        PassageSelection selection = selector.select(message);
        List<Passage> passages = model.choose(selection.passages(), selection.shape(), budget, MAX_EMBEDDED_CHARS);
        if (passages.isEmpty()) {
            return LayerOutcome.nothing();
        }
        List<String> texts = new ArrayList<>(passages.size() + 1);
        for (Passage passage : passages) {
            texts.add(passage.text());
        }
        if (selection.hasContext()) {
            texts.add(selection.context());
        }
        List<float[]> vectors = embedder.embed(texts);
        if (vectors.size() != texts.size()) {
            throw new IllegalStateException("embedder returned " + vectors.size() + " vectors for " + texts.size() + " texts");
        }
        float[] context = selection.hasContext() ? vectors.get(passages.size()) : null;
        List<PassageModel.PassageScore> scores = model.scoreAll(passages, vectors.subList(0, passages.size()), context,
                selection.shape());
        double best = 0;
        double bestWeighted = 0;
        List<Evidence> evidence = new ArrayList<>();
        boolean taskMail = isTaskMail(message);
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            PassageModel.PassageScore score = scores.get(i);
            double p = score.probability();
            boolean label = labelInSight(passage);
            if (label) {
                // "MIT AI Lab, jr@ai.example": a visible line that names an AI but addresses nobody and asks nothing.
                p = Math.min(p, LABEL_CAP);
            }
            if (reportDeskAdvice(passage)) {
                p = Math.min(p, LABEL_CAP);
            }
            if (quotedQuestion(passage)) {
                p = Math.min(p, QUOTED_QUESTION_CAP);
            }
            if (taskMail && plainQuestionOrStepInSight(passage)) {
                // A quiz, puzzle or coursework mail is made of questions, steps and tasks for its reader: an off-topic one is its
                // topic, not a planted task.
                p = Math.min(p, QUIZ_QUESTION_CAP);
            }
            best = Math.max(best, p);
            bestWeighted = Math.max(bestWeighted, p * (passage.outOfSight() ? OUT_OF_SIGHT_WEIGHT : LAYER_WEIGHT));
            // A line that addresses nobody adds to the score but is no evidence of an order: a security tip's "an example
            // we saw said: ..." must leave the quoted example as the only evidence, so that the discussion policy holds.
            if (p >= EVIDENCE_FROM && !label) {
                String reasons = String.join(",", model.strongestReasons(score, 3));
                evidence.add(new Evidence(passage.channel(), passage.offset(), passage.text().length(), passage.text(),
                        "passage-model(nearest=" + score.similarity().nearestInjection().id()
                                + (reasons.isEmpty() ? "" : ";" + reasons) + ")",
                        name(), p, message.sourceAt(passage.channel(), passage.offset())));
            }
        }
        evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        Set<Category> categories = evidence.isEmpty() ? Set.of() : Set.of(Category.SEMANTIC_INSTRUCTION);
        return new LayerOutcome(best >= CONTRIBUTES_FROM ? bestWeighted : 0, evidence, categories);
    }
}
