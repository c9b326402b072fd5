package dev.postern.inboundscanner.scanner.judge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What the judge sees.
 *
 * @param subject      the subject
 * @param visibleText  what a person sees
 * @param hiddenText   everything else an agent would read (hidden HTML, decoded runs, attachments), possibly empty
 * @param offlineScore the offline layers' score
 * @param reasons      the offline layers' strongest evidence, as rule ids
 */
public record JudgeRequest(String subject, String visibleText, String hiddenText, double offlineScore,
                           List<String> reasons) {

    public JudgeRequest {
        reasons = List.copyOf(reasons);
    }

    /** A content key for recorded verdicts: SHA-256 over subject, visible and hidden text. */
    public String contentKey() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(subject.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(visibleText.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(hiddenText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
