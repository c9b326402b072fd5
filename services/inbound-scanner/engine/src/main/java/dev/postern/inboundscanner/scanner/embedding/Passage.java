package dev.postern.inboundscanner.scanner.embedding;

import dev.postern.inboundscanner.scanner.Channel;

/**
 * A sentence (or window) of a channel chosen for embedding.
 *
 * @param channel   where it is
 * @param offset    start in that channel's text
 * @param text      the sentence, whitespace collapsed
 * @param priority  how strongly it was preferred for the embedding budget
 * @param cues      its lexical cues
 * @param placement where it sits in the message's layout
 */
public record Passage(Channel channel, int offset, String text, double priority, SentenceCues cues,
                      Placement placement) {

    /** Text a person does not see (hidden HTML, decoded runs, attachments), apart from alt and title text. */
    public boolean outOfSight() {
        return placement.outOfSight();
    }

    /**
     * @param ownLine       the sentence is a line or paragraph of its own
     * @param outsideLetter it comes before the greeting ("Hi Sam,") or after the sign-off ("Best, Elin")
     * @param edge          it is the first or the last sentence of its channel
     * @param outOfSight    it is in text a person does not see (not counting alt and title text)
     */
    public record Placement(boolean ownLine, boolean outsideLetter, boolean edge, boolean outOfSight) {
        public static final Placement NONE = new Placement(false, false, false, false);
    }
}
