package dev.postern.inboundscanner.scanner;

/** Where a piece of text sits in a message; evidence offsets are relative to one channel's normalised text. */
public enum Channel {
    SUBJECT,
    /** Text a person sees when opening the message (plain-text body and visible HTML). */
    VISIBLE,
    /** Text an agent reads but a person does not see: hidden HTML, comments, alt/title, Unicode tag characters. */
    HIDDEN,
    /** Earlier messages quoted in a reply or forward. */
    QUOTED,
    ATTACHMENT,
    /** Text recovered from base64, quoted-printable, hex or percent-encoded runs. */
    DECODED;

    /** Whether a person reading the message sees this text: the subject, the body, the quoted history. */
    public boolean inPlainSight() {
        return this == SUBJECT || this == VISIBLE || this == QUOTED;
    }
}
