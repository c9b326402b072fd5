package dev.postern.inboundscanner.scanner;

import dev.postern.inboundscanner.scanner.normalise.NormalisedMessage;
import dev.postern.inboundscanner.scanner.rules.DiscussionContext;
import java.util.List;

/**
 * Security-awareness mail and research mail quote attacks on purpose. When a message discusses attacks and every
 * piece of evidence worth counting is a quoted example in text a person sees, it is flagged, not quarantined.
 * Evidence in hidden text, decoded runs or attachments, or an obfuscation signal, always counts.
 */
final class DiscussionPolicy {

    private static final double COUNTS_FROM = 0.3;

    private DiscussionPolicy() {
    }

    /** Whether the policy could apply at all: the visible text discusses attacks. */
    static boolean mayApply(NormalisedMessage message) {
        return DiscussionContext.discussesAttacks(message.text(Channel.SUBJECT) + "\n" + message.text(Channel.VISIBLE));
    }

    static boolean isDiscussionOnly(NormalisedMessage message, List<Evidence> evidence) {
        if (!mayApply(message)) {
            return false;
        }
        boolean anyCounted = false;
        for (Evidence item : evidence) {
            if (item.weight() < COUNTS_FROM || item.rule().equals("obfuscation.hidden-html-text")) {
                continue;
            }
            anyCounted = true;
            boolean inPlainSight = item.channel() == Channel.VISIBLE || item.channel() == Channel.QUOTED
                    || item.channel() == Channel.SUBJECT;
            if (!inPlainSight || item.offset() < 0
                    || !DiscussionContext.isQuotedExample(message.text(item.channel()), item.offset())) {
                return false;
            }
        }
        return anyCounted;
    }
}
