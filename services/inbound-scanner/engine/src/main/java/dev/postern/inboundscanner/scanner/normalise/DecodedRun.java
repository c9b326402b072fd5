package dev.postern.inboundscanner.scanner.normalise;

/**
 * Text recovered from an encoded run.
 *
 * @param encoding {@code base64}, {@code hex}, {@code percent} or {@code quoted-printable}
 * @param excerpt  the start of the encoded run, for evidence
 * @param text     the decoded text
 */
public record DecodedRun(String encoding, String excerpt, String text) {
}
