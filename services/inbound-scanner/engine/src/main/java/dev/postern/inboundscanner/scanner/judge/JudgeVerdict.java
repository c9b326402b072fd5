package dev.postern.inboundscanner.scanner.judge;

/**
 * @param injection  whether the judge calls the message a prompt injection
 * @param confidence the judge's confidence in that call, 0–1
 * @param rationale  one sentence, shown as evidence
 */
public record JudgeVerdict(boolean injection, double confidence, String rationale) {

    public JudgeVerdict {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of range: " + confidence);
        }
        rationale = rationale == null ? "" : rationale;
    }
}
