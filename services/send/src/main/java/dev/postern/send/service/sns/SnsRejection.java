package dev.postern.send.service.sns;

/** An SNS delivery refused: not signed by SNS, from another topic, or its certificate unreachable. */
public class SnsRejection extends RuntimeException {

    public enum Kind {
        /** Forged, tampered, or from a place SNS does not sign from: 403. */
        NOT_AUTHENTIC,
        /** Authentic but from a topic this deployment does not accept: 403. */
        WRONG_TOPIC,
        /** The certificate could not be fetched: 503, SNS retries. */
        CERTIFICATE_UNAVAILABLE
    }

    private final Kind kind;

    public SnsRejection(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
