package dev.postern.inboundscanner.scanner;

import dev.postern.inboundscanner.scanner.embedding.CarrierSet;
import dev.postern.inboundscanner.scanner.embedding.EmbeddingLayer;
import dev.postern.inboundscanner.scanner.embedding.ExemplarSet;
import dev.postern.inboundscanner.scanner.embedding.MiniLmEmbedder;
import dev.postern.inboundscanner.scanner.embedding.PassageModel;
import dev.postern.inboundscanner.scanner.embedding.PassageSelector;
import dev.postern.inboundscanner.scanner.embedding.TrainedPassageModels;
import dev.postern.inboundscanner.scanner.judge.InjectionJudge;
import dev.postern.inboundscanner.scanner.judge.JudgeRequest;
import dev.postern.inboundscanner.scanner.judge.JudgeVerdict;
import dev.postern.inboundscanner.scanner.normalise.MessageNormaliser;
import dev.postern.inboundscanner.scanner.normalise.NormalisedMessage;
import dev.postern.inboundscanner.scanner.rules.InjectionRule;
import dev.postern.inboundscanner.scanner.rules.InjectionRuleCatalogue;
import dev.postern.inboundscanner.scanner.rules.RuleLayer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The prompt-injection scanner: normalisation, then the offline layers (rules, embedding classifier), then the
 * optional judge for grey-zone scores. Build once, share across threads. Any layer failing gives a
 * {@link Verdict#QUARANTINED} result that names the failure: the scanner fails closed.
 */
public final class Scanner {

    public static final String RELEASE = "0.16.0";

    private final ScannerSettings settings;
    private final MessageNormaliser normaliser;
    private final List<DetectionLayer> layers;
    private final InjectionJudge judge;
    private final String version;
    private final String modelOrigin;

    /**
     * @param judge may be {@code null}; consulted only when {@link ScannerSettings#judgeEnabled()}
     */
    public Scanner(ScannerSettings settings, MessageNormaliser normaliser, List<DetectionLayer> layers,
                   InjectionJudge judge, String version) {
        this(settings, normaliser, layers, judge, version, "none");
    }

    private Scanner(ScannerSettings settings, MessageNormaliser normaliser, List<DetectionLayer> layers,
                    InjectionJudge judge, String version, String modelOrigin) {
        this.settings = settings;
        this.normaliser = normaliser;
        this.layers = List.copyOf(layers);
        this.judge = judge;
        this.version = version;
        this.modelOrigin = modelOrigin;
    }

    /** How the passage model was obtained: loaded as the build trained it, or trained at start; and how long it took. */
    public String passageModelOrigin() {
        return modelOrigin;
    }

    /** The standard scanner: rules and the passage model (the build's, or trained on first use; then cached), no judge. */
    public static Scanner create(ScannerSettings settings) {
        return create(settings, null);
    }

    public static Scanner create(ScannerSettings settings, InjectionJudge judge) {
        List<InjectionRule> rules = InjectionRuleCatalogue.rules();
        MiniLmEmbedder embedder = MiniLmEmbedder.shared();
        ExemplarSet exemplars = ExemplarSet.bundled();
        TrainedPassageModels.Loaded loaded = TrainedPassageModels.load(exemplars, CarrierSet.bundled(), embedder, settings);
        PassageModel model = loaded.model();
        EmbeddingLayer embedding = new EmbeddingLayer(embedder, model,
                new PassageSelector(EmbeddingLayer.MAX_CANDIDATES, settings.maxChunkChars()), settings.maxEmbeddedChunks());
        String version = "postern-scanner/" + RELEASE + " rules=" + rules.size() + ":" + rulesFingerprint(rules)
                + " exemplars=" + exemplars.exemplars().size() + ":" + exemplars.fingerprint()
                + " passage-model=" + model.report().rows() + ":" + model.fingerprint() + " model=all-minilm-l6-v2-q";
        return new Scanner(settings, new MessageNormaliser(settings), List.of(new RuleLayer(rules), embedding), judge,
                version, loaded.origin());
    }

    public String version() {
        return version;
    }

    /**
     * Scans up to {@code mails} of the project's own carrier mails, every other one as HTML, without the judge, and
     * returns how long that took. A scanner whose passage model was loaded rather than trained has run none of its
     * code yet: until the JIT has compiled the rules, the selector and the features, a message takes several
     * milliseconds more (on the dev corpus, p99 53-59 ms cold against 43 ms warm). Nothing is kept.
     */
    public java.time.Duration warmUp(int mails) {
        long started = System.nanoTime();
        List<CarrierSet.Carrier> carriers = CarrierSet.bundled().carriers();
        for (int i = 0; i < Math.min(mails, carriers.size()); i++) {
            CarrierSet.Carrier carrier = carriers.get(i);
            scan(i % 2 == 0 ? ScanInput.ofText(carrier.subject(), carrier.body())
                    : ScanInput.ofHtml(carrier.subject(), "<p>" + carrier.body().replace("&", "&amp;").replace("<", "&lt;")
                    .replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"), false);
        }
        return java.time.Duration.ofNanos(System.nanoTime() - started);
    }

    public ScannerSettings settings() {
        return settings;
    }

    public ScanResult scan(ScanInput input) {
        return scan(input, true);
    }

    /** @param mayAskJudge whether a grey-zone result may go to the judge (never during {@link #warmUp(int)}) */
    private ScanResult scan(ScanInput input, boolean mayAskJudge) {
        NormalisedMessage message;
        try {
            message = normaliser.normalise(input);
        } catch (RuntimeException | StackOverflowError e) {
            return failedClosed("normalisation", e, "", Map.of());
        }
        Map<String, Double> layerScores = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        Set<Category> categories = EnumSet.noneOf(Category.class);
        double notSuspicious = 1;
        // Whether the mail discusses attacks: a scan of the whole visible text, asked at most once and only of mail
        // that already scores as quarantined.
        Boolean discussesAttacks = null;
        for (int i = 0; i < layers.size(); i++) {
            DetectionLayer layer = layers.get(i);
            if (1 - notSuspicious >= settings.quarantineThreshold()) {
                discussesAttacks = discussesAttacks != null ? discussesAttacks : DiscussionPolicy.mayApply(message);
                if (!discussesAttacks && !DiscussionPolicy.onlyOverridesInSight(evidence)) {
                    // Layers only add to the score: the verdict is decided, so the costly ones are not run.
                    evidence.add(new Evidence(Channel.VISIBLE, -1, 0, "not run: the layers before it already quarantine",
                            "scanner.layer-skipped", layer.name(), 0, "scanner"));
                    continue;
                }
            }
            LayerOutcome outcome;
            try {
                outcome = layer.assess(message);
            } catch (RuntimeException | StackOverflowError e) {
                return failedClosed(layer.name(), e, message.visibleText(), layerScores);
            }
            layerScores.put(layer.name(), outcome.score());
            evidence.addAll(outcome.evidence());
            categories.addAll(outcome.categories());
            notSuspicious *= 1 - outcome.score();
        }
        double score = 1 - notSuspicious;
        Verdict verdict = settings.verdictFor(score);
        Evidence mention = verdict != Verdict.QUARANTINED ? null : mentionPolicy(message,
                discussesAttacks != null ? discussesAttacks : DiscussionPolicy.mayApply(message), evidence, layerScores);
        if (mention != null) {
            score = Math.min(score, (settings.suspiciousThreshold() + settings.quarantineThreshold()) / 2);
            verdict = Verdict.SUSPICIOUS;
            evidence.add(mention);
        }
        if (mayAskJudge && verdict == Verdict.SUSPICIOUS && settings.judgeEnabled() && judge != null) {
            JudgeVerdict judged;
            try {
                judged = judge.judge(judgeRequest(message, score, evidence));
            } catch (RuntimeException e) {
                return failedClosed("judge", e, message.visibleText(), layerScores);
            }
            layerScores.put("judge", judged.injection() ? judged.confidence() : 1 - judged.confidence());
            evidence.add(new Evidence(Channel.VISIBLE, -1, 0, judged.rationale(), "judge:" + judge.name(), "judge",
                    judged.confidence(), "judge"));
            if (judged.injection()) {
                score = Math.max(score, settings.quarantineThreshold());
                verdict = Verdict.QUARANTINED;
                categories.add(Category.JUDGE);
            }
        }
        evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        return new ScanResult(score, verdict, categories, evidence, version, layerScores, message.visibleText(),
                Spotlighter.render(message.visibleText()), Optional.empty());
    }

    /**
     * Mail that mentions attacks rather than makes them is flagged, not quarantined: the policy that holds, as
     * evidence, or {@code null}.
     */
    private Evidence mentionPolicy(NormalisedMessage message, boolean discussesAttacks, List<Evidence> evidence,
                                   Map<String, Double> layerScores) {
        if (DiscussionPolicy.isDiscussionOnly(message, discussesAttacks, evidence, settings.quarantineThreshold())) {
            return new Evidence(Channel.VISIBLE, -1, 0, "message discusses attacks and, beside its visible quoted examples, "
                    + "nothing that would quarantine it: flagged, not quarantined", "policy.discussion-of-attacks", "scanner", 0, "policy");
        }
        if (DiscussionPolicy.isMentionWithoutPayload(message, discussesAttacks, evidence,
                layerScores.getOrDefault(EmbeddingLayer.NAME, 1.0))) {
            return new Evidence(Channel.VISIBLE, -1, 0, "an override or chat token in plain sight with nothing for the reader "
                    + "to do: a mention, flagged, not quarantined", "policy.override-without-payload", "scanner", 0, "policy");
        }
        return null;
    }

    private JudgeRequest judgeRequest(NormalisedMessage message, double score, List<Evidence> evidence) {
        StringBuilder hidden = new StringBuilder();
        for (Channel channel : List.of(Channel.HIDDEN, Channel.DECODED, Channel.ATTACHMENT)) {
            String text = message.text(channel);
            if (!text.isEmpty()) {
                hidden.append("[").append(channel.name().toLowerCase(java.util.Locale.ROOT)).append("]\n").append(text).append('\n');
            }
        }
        List<String> reasons = evidence.stream().sorted(Comparator.comparingDouble(Evidence::weight).reversed())
                .limit(8).map(Evidence::rule).toList();
        return new JudgeRequest(message.text(Channel.SUBJECT), message.visibleText(), hidden.toString(), score, reasons);
    }

    private ScanResult failedClosed(String layer, Throwable error, String visibleText, Map<String, Double> layerScores) {
        String reason = layer + " failed: " + error.getClass().getName();
        Evidence evidence = new Evidence(Channel.VISIBLE, -1, 0, reason, "scanner.fail-closed", "scanner", 1.0, layer);
        return new ScanResult(1.0, Verdict.QUARANTINED, Set.of(Category.SCANNER_FAILURE), List.of(evidence), version,
                layerScores, visibleText, Spotlighter.render(visibleText), Optional.of(reason));
    }

    private static String rulesFingerprint(List<InjectionRule> rules) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (InjectionRule rule : rules) {
                digest.update((rule.id() + rule.weight() + rule.negatable() + rule.pattern().pattern())
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
