package dev.postern.inboundscanner.scanner;

/**
 * Thresholds and limits. Scores are in 0–1; {@link #defaults()} holds the values the README's figures were measured with.
 *
 * @param suspiciousThreshold score from which a message is {@link Verdict#SUSPICIOUS}
 * @param quarantineThreshold score from which a message is {@link Verdict#QUARANTINED}
 * @param maxPartChars        characters read from each part (subject, text, each attachment, quoted history); the rest
 *                            is ignored and the message is marked as truncated
 * @param maxHtmlChars        characters of HTML parsed
 * @param maxEmbeddedChunks   passages per message given to the embedding classifier (bounds latency)
 * @param maxChunkChars       characters per passage given to the embedding classifier
 * @param maxDecodedChars     characters decoded from base64/hex/QP runs per message
 * @param judgeEnabled        whether the optional LLM judge is consulted for grey-zone scores
 */
public record ScannerSettings(double suspiciousThreshold, double quarantineThreshold, int maxPartChars,
                              int maxHtmlChars, int maxEmbeddedChunks, int maxChunkChars, int maxDecodedChars,
                              boolean judgeEnabled) {

    public ScannerSettings {
        if (!(0 < suspiciousThreshold && suspiciousThreshold <= quarantineThreshold && quarantineThreshold <= 1)) {
            throw new IllegalArgumentException("need 0 < suspiciousThreshold <= quarantineThreshold <= 1");
        }
        if (maxPartChars <= 0 || maxHtmlChars <= 0 || maxEmbeddedChunks <= 0 || maxChunkChars <= 0
                || maxDecodedChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ScannerSettings defaults() {
        return new ScannerSettings(0.45, 0.77, 200_000, 1_000_000, 4, 220, 64_000, false);
    }

    public ScannerSettings withThresholds(double suspicious, double quarantine) {
        return new ScannerSettings(suspicious, quarantine, maxPartChars, maxHtmlChars, maxEmbeddedChunks,
                maxChunkChars, maxDecodedChars, judgeEnabled);
    }

    public ScannerSettings withMaxEmbeddedChunks(int chunks) {
        return new ScannerSettings(suspiciousThreshold, quarantineThreshold, maxPartChars, maxHtmlChars, chunks,
                maxChunkChars, maxDecodedChars, judgeEnabled);
    }

    public ScannerSettings withJudgeEnabled(boolean enabled) {
        return new ScannerSettings(suspiciousThreshold, quarantineThreshold, maxPartChars, maxHtmlChars,
                maxEmbeddedChunks, maxChunkChars, maxDecodedChars, enabled);
    }

    public Verdict verdictFor(double score) {
        if (score >= quarantineThreshold) {
            return Verdict.QUARANTINED;
        }
        return score >= suspiciousThreshold ? Verdict.SUSPICIOUS : Verdict.CLEAN;
    }
}
