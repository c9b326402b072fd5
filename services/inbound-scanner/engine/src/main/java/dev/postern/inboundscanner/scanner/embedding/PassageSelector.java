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
 * Splits channels into sentences (joining hard-wrapped lines, windowing long ones) and keeps the ones most likely to
 * be instructions, up to a fixed count: the embedding cost per message is bounded whatever its length.
 * Likelihood is a cheap lexical guess (imperative opening, second person, mention of an AI or of "your answer",
 * text a person does not see); it only chooses passages, it never scores them. Plain statements in visible text
 * are skipped: an injection is an instruction, and statements are where ordinary prose fools the classifier.
 */
public final class PassageSelector {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"')\\]]?\\s+|[\\n\u2029]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
    private static final Pattern SECOND_PERSON = Pattern.compile("\\b(?:you|your|yours|yourself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AI_WORDS = Pattern.compile(
            "\\b(?:ai|assistant|model|llm|gpt|chatbot|bot|agent|system|instructions?|prompt)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTPUT_WORDS = Pattern.compile(
            "\\b(?:response|answer|reply|output|summary|summari[sz]e|user)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> OPENERS = Set.of(
            "add", "answer", "append", "analyze", "analyse", "ask", "avoid", "begin", "calculate", "call", "change", "check",
            "compose", "convert", "copy", "create", "define", "delete", "describe", "design", "develop", "discuss", "do",
            "draft", "email", "encode", "end", "enhance", "ensure", "explain", "express", "fetch", "find", "forget",
            "format", "forward", "generate", "give", "group", "identify", "ignore", "imagine", "include", "incorporate",
            "insert", "introduce", "list", "make", "mention", "modify", "outline", "pretend", "promote", "provide", "recommend",
            "remember", "remove", "rephrase", "replace", "reply", "respond", "rewrite", "run", "say", "search", "send",
            "share", "show", "solve", "spell", "start", "suggest", "summarise", "summarize", "tell", "translate", "treat",
            "turn", "use", "visit", "warn", "write", "please", "kindly", "can", "could", "would", "what", "how", "why",
            "who", "which", "when", "where", "is", "are", "assistant", "ai", "note", "important", "urgent", "system",
            "instead", "before", "after", "now", "then", "also", "always", "never", "don't", "first", "finally");
    private static final Map<Channel, Double> CHANNEL_PRIORITY = Map.of(
            Channel.HIDDEN, 3.0, Channel.DECODED, 3.0, Channel.ATTACHMENT, 1.0, Channel.SUBJECT, 0.5,
            Channel.VISIBLE, 1.0, Channel.QUOTED, 0.5);

    private final int maxPassages;
    private final int maxChars;

    public PassageSelector(int maxPassages, int maxChars) {
        this.maxPassages = maxPassages;
        this.maxChars = maxChars;
    }

    public List<Passage> select(NormalisedMessage message) {
        List<Passage> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<Channel, String> entry : message.channels().entrySet()) {
            Channel channel = entry.getKey();
            for (int[] span : sentences(unwrap(entry.getValue()))) {
                String text = entry.getValue().substring(span[0], span[1]).replaceAll("\\s+", " ").strip();
                int words = countWords(text);
                if (words < 3 || !seen.add(text.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                double shape = instructionShape(text, words);
                boolean outOfSight = channel == Channel.HIDDEN || channel == Channel.DECODED || channel == Channel.ATTACHMENT;
                if (shape >= 1.5 || outOfSight) {
                    candidates.add(new Passage(channel, span[0], text, CHANNEL_PRIORITY.get(channel) + shape));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Passage::priority).reversed());
        return candidates.size() <= maxPassages ? candidates : List.copyOf(candidates.subList(0, maxPassages));
    }

    /**
     * Replaces a newline by a space where it only wraps a long line (the same length, so offsets hold); newlines
     * after short lines, punctuation or before list items stay, and end sentences.
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
            boolean wrapped = lineLength >= 60 && ".!?:;".indexOf(last) < 0 && next != '\n'
                    && "-*•>#0123456789".indexOf(next) < 0 && last != '\n';
            if (wrapped) {
                out[i] = ' ';
            } else {
                out[i] = '\u2029'; // paragraph separator: a hard sentence break of the same length
            }
            lineStart = i + 1;
        }
        return new String(out);
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

    private static int countWords(String text) {
        Matcher matcher = WORD.matcher(text);
        int words = 0;
        while (matcher.find()) {
            words++;
        }
        return words;
    }

    /**
     * How much a passage is shaped like an instruction: imperative or question opening, second person, mention of
     * an AI or of an answer. Passages in plain sight below 1.5 (plain statements) are not embedded at all.
     */
    public static double instructionShape(String text, int words) {
        double priority = 0;
        String first = text.split("[\\s,:]+", 2)[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z']", "");
        if (OPENERS.contains(first)) {
            priority += 2;
        }
        if (SECOND_PERSON.matcher(text).find()) {
            priority += 1.5;
        }
        if (AI_WORDS.matcher(text).find()) {
            priority += 2;
        }
        if (OUTPUT_WORDS.matcher(text).find()) {
            priority += 1.5;
        }
        long symbols = text.chars().filter(c -> !Character.isLetter(c) && c != ' ').count();
        if (symbols > 0.3 * text.length()) {
            priority -= 2;
        }
        if (words > 60) {
            priority -= 1;
        }
        return priority;
    }
}
