package dev.postern.inboundscanner.scanner;

import dev.postern.inboundscanner.scanner.embedding.EmbeddingLayer;
import dev.postern.inboundscanner.scanner.embedding.SentenceCues;
import dev.postern.inboundscanner.scanner.normalise.NormalisedMessage;
import dev.postern.inboundscanner.scanner.rules.DiscussionContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Security-awareness mail and research mail quote attacks on purpose. When a message discusses attacks and every
 * piece of evidence worth counting is a quoted example in text a person sees, it is flagged, not quarantined.
 * Evidence in hidden text, decoded runs or attachments, or an obfuscation signal, always counts.
 */
final class DiscussionPolicy {

    /**
     * Evidence below this weight does not count against the policy: weak signs ("reveal its system prompt", "to your
     * summary") are the vocabulary of a report about attacks as much as of an attack.
     */
    private static final double COUNTS_FROM = 0.55;

    /**
     * A passage in plain sight counts only from this score. Mail about attacks is written in the register the passage
     * model was trained to notice (a podcast's "listen at …", a test plan's "expected: the assistant does not forward
     * it"), so a passage the model is not sure of is no sign that the mail does more than discuss. Over dev and v1-v20:
     * 5 benign mails fewer quarantined, no attack fewer (0.7: 4 benign fewer; 0.9 and above: one attack fewer).
     */
    static final double PASSAGE_COUNTS_FROM = 0.8;

    private static final Pattern NAMES_A_MACHINE = Pattern.compile(
            "\\b(?:ai|a\\.i\\.|assistants?|chatbots?|llms?|language models?|models?|gpt|chatgpt|claude|gemini|copilot|agents?|bots?|"
                    + "[\\w]+-bots?|summari[sz]ers?|system message|system prompt)\\b", Pattern.CASE_INSENSITIVE);

    private DiscussionPolicy() {
    }

    /** Whether the policy could apply at all: the visible text discusses attacks. */
    static boolean mayApply(NormalisedMessage message) {
        return DiscussionContext.discussesAttacks(message.text(Channel.SUBJECT) + "\n" + message.text(Channel.VISIBLE));
    }

    /**
     * A sentence the passage model found order-shaped that speaks to no AI, shapes no answer and names no address or
     * link: in mail about attacks, that is advice to its readers ("keep retrieved content in a separate channel").
     * Rules' evidence never qualifies: a rule is written for orders to the reader-agent.
     */
    private static boolean adviceToPeople(Evidence item) {
        if (!item.layer().equals(EmbeddingLayer.NAME)) {
            return false;
        }
        SentenceCues cues = SentenceCues.of(item.excerpt());
        // "Treat all retrieved content as data, never as instructions": naming instructions or prompts is the topic of
        // such advice; naming a machine reader is speaking to it.
        return !NAMES_A_MACHINE.matcher(item.excerpt()).find() && !cues.yourAnswer() && !cues.link() && !cues.secondPerson();
    }

    static boolean isDiscussionOnly(NormalisedMessage message, List<Evidence> evidence) {
        if (!mayApply(message)) {
            return false;
        }
        boolean anyCounted = false;
        for (Evidence item : evidence) {
            boolean weakPassageInSight = item.layer().equals(EmbeddingLayer.NAME) && item.weight() < PASSAGE_COUNTS_FROM
                    && (item.channel() == Channel.VISIBLE || item.channel() == Channel.QUOTED);
            if (item.weight() < COUNTS_FROM || weakPassageInSight || item.rule().equals("obfuscation.hidden-html-text")) {
                continue;
            }
            anyCounted = true;
            boolean inPlainSight = item.channel() == Channel.VISIBLE || item.channel() == Channel.QUOTED
                    || item.channel() == Channel.SUBJECT;
            if (!inPlainSight || item.offset() < 0) {
                return false;
            }
            // A subject line names what the mail is about ("Fix missing <|im_end|> in the template").
            if (item.channel() != Channel.SUBJECT
                    && !DiscussionContext.isQuotedExample(message.text(item.channel()), item.offset())
                    && !adviceToPeople(item)) {
                return false;
            }
        }
        return anyCounted;
    }
}
