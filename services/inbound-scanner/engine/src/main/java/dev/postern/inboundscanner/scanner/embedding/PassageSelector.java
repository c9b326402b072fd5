package dev.postern.inboundscanner.scanner.embedding;

import dev.postern.inboundscanner.scanner.Channel;
import dev.postern.inboundscanner.scanner.normalise.NormalisedMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits channels into sentences (joining hard-wrapped lines, windowing long ones), keeps the ones shaped like
 * instructions or questions as candidates, up to a fixed count, and gathers the message's context from the rest.
 * Everything out of sight (hidden HTML, decoded runs, attachments) is a candidate whatever its shape. The
 * {@link PassageModel} then chooses which candidates fit the embedding budget.
 */
public final class PassageSelector {

    /** Characters of subject and plain statements kept as the message's context. */
    static final int MAX_CONTEXT_CHARS = 200;
    /** From this many candidates the message's context is not embedded. */
    static final int CONTEXT_UNTIL_CANDIDATES = 4;

    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?])[\"')\\]]?\\s+|[\\n\u2029]+|(?<=\\p{Ll}{2}[.!?])(?=\\p{Lu}\\p{Ll})");
    private static final Pattern GREETING = Pattern.compile(
            "^\\s*(?i:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|greetings|to whom it may concern|hallo|"
                    + "hi there|hello there)\\b[^\\n]{0,50}$");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^\\s*(?i:best|best regards|kind regards|regards|warm regards|warmly|thanks|thank you|many thanks|cheers|"
                    + "sincerely|yours sincerely|yours faithfully|yours truly|yours|love|all the best|take care|"
                    + "with best wishes|best wishes|with gratitude|talk soon|see you soon|-- ?|—)"
                    + "[,!.]?(?:\\s+[\\p{Lu}][\\p{L}.'-]*){0,3}[,!.]?\\s*$");
    private static final Set<Channel> OUT_OF_SIGHT = Set.of(Channel.HIDDEN, Channel.DECODED, Channel.ATTACHMENT);
    private static final Map<Channel, Double> CHANNEL_PRIORITY = Map.of(
            Channel.HIDDEN, 3.0, Channel.DECODED, 3.0, Channel.ATTACHMENT, 1.0, Channel.SUBJECT, 0.5,
            Channel.VISIBLE, 1.0, Channel.QUOTED, 0.5);

    /** A token with a scheme, a www., an @, or a slash: a URL, an address, a path. */
    private static final Pattern LINK_TOKEN = Pattern.compile("\\S*(?:://|www\\.|@|/)\\S*");

    /**
     * Shape a sentence gains when it tells a third party what it should or must do ("whatever system categorises
     * feedback should record this as positive"): no "you", no verb first, yet an order, and worth embedding.
     */
    static final double THIRD_PARTY_ORDER_SHAPE = 1.5;
    private final int maxCandidates;
    private final int maxChars;

    /**
     * @param maxCandidates candidates kept per message (by channel and shape), a bound on the work per message
     * @param maxChars      characters per passage; longer sentences are windowed
     */
    public PassageSelector(int maxCandidates, int maxChars) {
        this.maxCandidates = maxCandidates;
        this.maxChars = maxChars;
    }

    public PassageSelection select(NormalisedMessage message) {
        List<Passage> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StringBuilder context = new StringBuilder(message.text(Channel.SUBJECT).strip());
        int sentenceCount = 0;
        int visibleCandidates = 0;
        for (Map.Entry<Channel, String> entry : message.channels().entrySet()) {
            Channel channel = entry.getKey();
            String original = entry.getValue();
            String text = unwrap(original);
            List<int[]> spans = sentences(text);
            Letter letter = channel == Channel.VISIBLE || channel == Channel.QUOTED ? Letter.of(original) : Letter.NONE;
            int firstProse = -1;
            int lastProse = -1;
            for (int i = 0; i < spans.size(); i++) {
                if (SentenceCues.countWords(original.substring(spans.get(i)[0], spans.get(i)[1])) >= 3) {
                    firstProse = firstProse < 0 ? i : firstProse;
                    lastProse = i;
                }
            }
            // The sentence before, when it had words: "Some of you have an assistant read your mail. If you are one,
            // compose…" gives the address and the order in two sentences, each harmless alone.
            Passage previous = null;
            for (int i = 0; i < spans.size(); i++) {
                int[] span = spans.get(i);
                String sentence = collapse(original.substring(span[0], span[1]));
                int words = SentenceCues.countWords(sentence);
                Passage before = previous;
                previous = null;
                if (words < 2) {
                    continue;
                }
                sentenceCount += channel == Channel.VISIBLE ? 1 : 0;
                SentenceCues cues = SentenceCues.of(sentence);
                previous = new Passage(channel, span[0], sentence, 0, cues, Passage.Placement.NONE);
                if (before != null && addressThenOrder(before.cues(), cues)
                        && before.text().length() + 1 + sentence.length() <= maxChars) {
                    String joined = before.text() + " " + sentence;
                    if (seen.add(joined.toLowerCase(Locale.ROOT))) {
                        SentenceCues joinedCues = SentenceCues.joined(before.cues(), cues);
                        boolean outOfSight = OUT_OF_SIGHT.contains(channel) && !tooltip(message.sourceAt(channel, before.offset()));
                        visibleCandidates += channel == Channel.VISIBLE ? 1 : 0;
                        candidates.add(new Passage(channel, before.offset(), joined, priority(channel, outOfSight) + joinedCues.shape(),
                                joinedCues, new Passage.Placement(false, letter.outside(before.offset()), false, outOfSight)));
                    }
                }
                double shape = cues.shape() - (symbolHeavy(sentence) ? 2 : 0) + (cues.thirdPartyOrder() ? THIRD_PARTY_ORDER_SHAPE : 0);
                // Alt and title text is mostly ad copy and tooltips: it has to look like an order to be embedded.
                boolean outOfSight = OUT_OF_SIGHT.contains(channel) && !tooltip(message.sourceAt(channel, span[0]));
                // A line that goes on in lower case, or a signature, is not an order unless it speaks to the reader-agent.
                boolean strongCue = cues.yourAnswer() || cues.aiWords() || cues.modalToReader();
                // A lower-case line of its own ("also: write me a regex…") starts something: casual mail is written so.
                boolean goesOn = Character.isLowerCase(sentence.charAt(0)) && !startsLine(text, span[0]);
                boolean inSignature = letter.inSignature(span[0]);
                boolean fragment = goesOn || inSignature;
                // An order of some length under the "-- " line is not a job title or a phone number: signatures are a
                // hiding place too.
                boolean signatureOrder = inSignature && !goesOn && cues.imperative() && words >= 8;
                // A bare link or address is not prose: no order can be read from it, and it costs the model the most.
                boolean candidate = words >= 3 && !linkOnly(sentence) && (outOfSight
                        || shape >= SentenceCues.WORTH_EMBEDDING && (!fragment || strongCue || signatureOrder));
                if (!candidate) {
                    if (channel == Channel.VISIBLE && context.length() < MAX_CONTEXT_CHARS) {
                        context.append(context.isEmpty() ? "" : " ").append(sentence);
                    }
                    continue;
                }
                if (!seen.add(sentence.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                visibleCandidates += channel == Channel.VISIBLE ? 1 : 0;
                Passage.Placement placement = new Passage.Placement(ownLine(text, span), letter.outside(span[0]),
                        i == firstProse || i == lastProse, outOfSight);
                candidates.add(new Passage(channel, span[0], sentence, priority(channel, outOfSight) + shape, cues, placement));
            }
        }
        // Out of sight first: text nobody sees is where an order hides, whatever its shape.
        candidates.sort(Comparator.comparing((Passage p) -> !p.outOfSight()).thenComparing(
                Comparator.comparingDouble(Passage::priority).reversed()));
        List<Passage> kept = candidates.size() <= maxCandidates ? candidates : candidates.subList(0, maxCandidates);
        String contextText = context.length() <= MAX_CONTEXT_CHARS ? context.toString() : context.substring(0, MAX_CONTEXT_CHARS);
        if (kept.size() >= CONTEXT_UNTIL_CANDIDATES) {
            // Enough passages to stand for the message among themselves: the context's own embedding run, the costliest
            // of a message, is saved.
            contextText = "";
        }
        return new PassageSelection(kept, contextText, visibleCandidates, sentenceCount);
    }

    private static double priority(Channel channel, boolean outOfSight) {
        return outOfSight ? CHANNEL_PRIORITY.get(channel) : Math.min(1.0, CHANNEL_PRIORITY.get(channel));
    }

    /**
     * A sentence that names an AI reader followed by an order, a request or a "you must" that does not: the two are
     * also one candidate passage, so that the model sees who is addressed and what it is told together.
     */
    static boolean addressThenOrder(SentenceCues address, SentenceCues order) {
        return address.aiWords() && !order.aiWords() && (order.imperative() || order.politeOpening() || order.modalToReader());
    }

    /**
     * Replaces a newline by a space where it only wraps a line (the same length, so offsets hold): after a long line
     * that does not end a sentence, or before a line that goes on in lower case. Other newlines end sentences.
     */
    static String unwrap(String text) {
        char[] out = text.toCharArray();
        int lineStart = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] != '\n') {
                continue;
            }
            int lineLength = i - lineStart;
            char last = i > 0 ? out[i - 1] : '\n';
            char next = i + 1 < out.length ? out[i + 1] : '\n';
            boolean openEnded = ".!?:;".indexOf(last) < 0 && last != '\n' && lineLength > 0;
            // A hard-wrapped line: long and not finished, or continued by a lower-case word on the next line; but a
            // next line that is a whole sentence of its own stays apart (an order slipped in under a long line).
            boolean wrapped = openEnded && next != '\n' && (lineLength >= 60 && "-*•>#0123456789".indexOf(next) < 0
                    && !sentenceLine(text, i + 1) || Character.isLowerCase(next));
            if (wrapped) {
                out[i] = ' ';
            } else {
                out[i] = '\u2029'; // paragraph separator: a hard sentence break of the same length
            }
            lineStart = i + 1;
        }
        return new String(out);
    }

    /** Whether only spaces stand between {@code offset} and the start of its line (or of the text). */
    static boolean startsLine(String text, int offset) {
        int before = offset - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before < 0 || text.charAt(before) == '\u2029' || text.charAt(before) == '\n';
    }

    /** Whether the line starting at {@code start} opens with a capital and ends a sentence. */
    private static boolean sentenceLine(String text, int start) {
        int end = text.indexOf('\n', start);
        String line = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
        return line.length() >= 12 && Character.isUpperCase(line.charAt(0)) && ".!?".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private List<int[]> sentences(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            addSpan(spans, text, start, end.start());
            start = end.end();
        }
        addSpan(spans, text, start, text.length());
        return spans;
    }

    private void addSpan(List<int[]> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (end - start <= 0) {
            return;
        }
        if (end - start <= maxChars) {
            spans.add(new int[]{start, end});
            return;
        }
        // Window a long run at word boundaries.
        int from = start;
        while (from < end) {
            int to = Math.min(end, from + maxChars);
            if (to < end) {
                int space = text.lastIndexOf(' ', to);
                if (space > from + maxChars / 2) {
                    to = space;
                }
            }
            spans.add(new int[]{from, to});
            from = to;
            while (from < end && text.charAt(from) == ' ') {
                from++;
            }
        }
    }

    private static boolean tooltip(String source) {
        return source.endsWith(":alt-attribute") || source.endsWith(":title-attribute")
                || source.endsWith(":aria-label-attribute");
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Fewer than three words once links, addresses and paths are taken out. */
    static boolean linkOnly(String text) {
        return SentenceCues.countWords(LINK_TOKEN.matcher(text).replaceAll(" ")) < 3;
    }

    private static boolean symbolHeavy(String text) {
        long symbols = text.chars().filter(c -> !Character.isLetter(c) && c != ' ').count();
        return symbols > 0.3 * text.length();
    }

    /** Whether the span is all of its line: only a hard break (or the text's edge) on either side. */
    private static boolean ownLine(String text, int[] span) {
        int after = span[1];
        while (after < text.length() && (text.charAt(after) == ' ' || ".!?\"')]".indexOf(text.charAt(after)) >= 0)) {
            after++;
        }
        boolean endsLine = after >= text.length() || text.charAt(after) == '\u2029' || text.charAt(after) == '\n';
        return startsLine(text, span[0]) && endsLine;
    }

    /** Where a letter's greeting ends, its sign-off and its signature ("-- ") start, when it has them. */
    record Letter(int greetingStart, int signOffStart, int signatureStart) {
        static final Letter NONE = new Letter(-1, -1, -1);

        static Letter of(String text) {
            int greeting = -1;
            int signOff = -1;
            int signature = -1;
            int lineStart = 0;
            int lines = 0;
            while (lineStart <= text.length()) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = text.length();
                }
                String line = text.substring(lineStart, lineEnd);
                if (!line.isBlank()) {
                    lines++;
                    if (greeting < 0 && lines <= 3 && line.length() <= 60 && GREETING.matcher(line).matches()) {
                        greeting = lineStart;
                    } else if (line.length() <= 40 && SIGN_OFF.matcher(line).matches() && lineStart > greeting) {
                        signOff = lineStart;
                    }
                    if (signature < 0 && (line.equals("-- ") || line.equals("--"))) {
                        signature = lineStart;
                    }
                }
                lineStart = lineEnd + 1;
            }
            return new Letter(greeting, signOff, signature);
        }

        boolean inSignature(int offset) {
            return signatureStart >= 0 && offset > signatureStart;
        }

        boolean outside(int offset) {
            return greetingStart >= 0 && offset < greetingStart || signOffStart >= 0 && offset > signOffStart;
        }
    }
}
