package dev.postern.inboundscanner.scanner.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Replays verdicts recorded earlier, keyed by {@link JudgeRequest#contentKey()}: tests and offline evaluation use it
 * instead of calling a model. A request with no recording is an error, so the scanner fails closed rather than
 * inventing a verdict.
 */
public final class RecordedVerdictJudge implements InjectionJudge {

    private final Map<String, JudgeVerdict> verdicts;

    public RecordedVerdictJudge(Map<String, JudgeVerdict> verdicts) {
        this.verdicts = Map.copyOf(verdicts);
    }

    /** Reads {@code {"<contentKey>": {"injection": true, "confidence": 0.9, "rationale": "…"}, …}}. */
    public static RecordedVerdictJudge fromJson(InputStream json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            Map<String, JudgeVerdict> verdicts = new HashMap<>();
            root.fields().forEachRemaining(entry -> verdicts.put(entry.getKey(), new JudgeVerdict(
                    entry.getValue().path("injection").asBoolean(),
                    entry.getValue().path("confidence").asDouble(),
                    entry.getValue().path("rationale").asText(""))));
            return new RecordedVerdictJudge(verdicts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "recorded";
    }

    @Override
    public JudgeVerdict judge(JudgeRequest request) {
        JudgeVerdict verdict = verdicts.get(request.contentKey());
        if (verdict == null) {
            throw new IllegalStateException("no recorded verdict for content key " + request.contentKey());
        }
        return verdict;
    }
}
