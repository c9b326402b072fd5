package dev.postern.inboundscanner.scanner.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lines written so that a filter does not see their words but a language model still does: letters spaced
 * out ("i g n o r e   a l l"), digits for letters ("1gn0r3 4ll"), the line reversed, or ROT13. A reading is kept
 * only when it turns a line that has few common English words into one that has many, so ordinary text, codes and
 * tracking ids give nothing. Bounded: lines of at most {@value #MAX_LINE_CHARS} characters, at most
 * {@value #MAX_RUNS} readings and {@code maxDecodedChars} characters per call.
 */
public final class ScrambledTextDecoder {

    static final int MAX_RUNS = 8;
    static final int MAX_LINE_CHARS = 1_000;
    private static final int MIN_WORDS = 4;
    /** Share of common words the reading must reach, and by how much it must beat the line as written. */
    private static final double MIN_COMMON = 0.3;
    private static final double MIN_GAIN = 0.2;

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    /** Single characters separated by single spaces, eight or more in a row; words apart by two or more spaces. */
    private static final Pattern SPACED = Pattern.compile("(?<!\\S)(?:\\S {1,4}){7,}\\S(?!\\S)");
    private static final Pattern LEET_TOKEN = Pattern.compile("(?=\\S*\\p{L})(?=\\S*[013457$])\\S+");

    /** The commonest English words: function words and the verbs an order is made of. */
    private static final Set<String> COMMON = Set.of(
            "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "from", "with", "by", "as", "is",
            "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "you", "your", "yours", "i",
            "me", "my", "we", "us", "our", "they", "them", "their", "he", "she", "his", "her", "all", "any", "every", "each",
            "no", "not", "do", "does", "don't", "did", "have", "has", "had", "will", "would", "can", "could", "should", "must",
            "if", "then", "than", "so", "now", "new", "about", "into", "out", "up", "what", "which", "who", "when", "where",
            "how", "there", "here", "please", "send", "forward", "ignore", "previous", "instructions", "email", "emails",
            "message", "messages", "user", "user's", "reply", "delete", "tell", "write", "say", "make", "get", "give", "go",
            "read", "follow", "also", "only", "just", "more", "other", "some", "one", "two", "after", "before",
            "password", "passwords", "contacts", "inbox", "address", "list", "data", "system", "prompt", "assistant");

    private final int maxDecodedChars;

    public ScrambledTextDecoder(int maxDecodedChars) {
        this.maxDecodedChars = maxDecodedChars;
    }

    public List<DecodedRun> decode(String text) {
        List<DecodedRun> runs = new ArrayList<>();
        int budget = maxDecodedChars;
        for (String line : text.split("\n")) {
            if (runs.size() >= MAX_RUNS || budget <= 0) {
                break;
            }
            String stripped = line.strip();
            if (stripped.length() < 12 || stripped.length() > MAX_LINE_CHARS) {
                continue;
            }
            double asWritten = commonShare(stripped);
            String encoding = null;
            String reading = null;
            for (Reading candidate : READINGS) {
                String read = candidate.read().apply(stripped);
                if (read != null && !read.equals(stripped) && commonShare(read) >= Math.max(MIN_COMMON, asWritten + MIN_GAIN)) {
                    encoding = candidate.encoding();
                    reading = read;
                    break;
                }
            }
            if (reading != null) {
                String kept = reading.length() > budget ? reading.substring(0, budget) : reading;
                budget -= kept.length();
                runs.add(new DecodedRun(encoding, stripped.substring(0, Math.min(40, stripped.length())), kept));
            }
        }
        return runs;
    }

    /** One way of reading a scrambled line; {@code read} gives {@code null} when the line is not written so. */
    private record Reading(String encoding, UnaryOperator<String> read) {
    }

    private static final List<Reading> READINGS = List.of(
            new Reading("spaced", ScrambledTextDecoder::unspace),
            new Reading("leetspeak", ScrambledTextDecoder::unleet),
            new Reading("reversed", line -> new StringBuilder(line).reverse().toString()),
            new Reading("rot13", ScrambledTextDecoder::rot13));

    /** Joins spaced-out letters: single spaces fall away, longer gaps become word breaks. */
    static String unspace(String line) {
        Matcher matcher = SPACED.matcher(line);
        if (!matcher.find()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        do {
            out.append(line, last, matcher.start());
            String run = matcher.group();
            String[] words = run.split(" {2,}");
            for (int i = 0; i < words.length; i++) {
                out.append(i == 0 ? "" : " ").append(words[i].replace(" ", ""));
            }
            last = matcher.end();
        } while (matcher.find());
        out.append(line.substring(last));
        return out.toString();
    }

    /** Replaces digits and symbols standing for letters, in tokens that mix them with letters. */
    static String unleet(String line) {
        Matcher matcher = LEET_TOKEN.matcher(line);
        int tokens = 0;
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            tokens++;
            out.append(line, last, matcher.start());
            StringBuilder token = new StringBuilder();
            for (char c : matcher.group().toCharArray()) {
                token.append(switch (c) {
                    case '0' -> 'o';
                    case '1' -> 'i';
                    case '3' -> 'e';
                    case '4' -> 'a';
                    case '5', '$' -> 's';
                    case '7' -> 't';
                    default -> c;
                });
            }
            out.append(token);
            last = matcher.end();
        }
        if (tokens < 3) {
            return null;
        }
        out.append(line.substring(last));
        return out.toString();
    }

    static String rot13(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                out.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) ('A' + (c - 'A' + 13) % 26));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Share of the line's words that are common English words; 0 below {@value #MIN_WORDS} words. */
    static double commonShare(String line) {
        Matcher matcher = WORD.matcher(line.toLowerCase(Locale.ROOT));
        int words = 0;
        int common = 0;
        while (matcher.find()) {
            // Single letters are what a spaced-out line is made of; counting "a" and "i" as words would credit it.
            if (matcher.group().length() < 2) {
                continue;
            }
            words++;
            if (COMMON.contains(matcher.group())) {
                common++;
            }
        }
        return words < MIN_WORDS ? 0 : (double) common / words;
    }
}
