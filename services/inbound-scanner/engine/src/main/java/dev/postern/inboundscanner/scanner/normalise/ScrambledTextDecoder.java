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
    /**
     * Single characters apart by spaces, eight or more in a row (letters and words told apart in {@link #joinLetters});
     * {@link HtmlChannelExtractor} keeps such runs' gaps. No-break spaces count as spaces: NFKC makes them spaces before
     * the decoder reads the text, but HTML is tidied before that.
     */
    static final Pattern SPACED = Pattern.compile("(?<!\\S)(?:\\S[ \\u00A0]{1,6}){7,}\\S(?!\\S)");
    /** A whole line of single characters apart by spaces: a spaced-out sentence may wrap onto the next line. */
    private static final Pattern SPACED_LINE = Pattern.compile("(?:\\S {1,6})+\\S?");
    /** Characters that part words in a spaced-out line ("D E L E T E / T H E / M A I L"). */
    private static final String WORD_SEPARATORS = "/|\\\u00B7\u2022";
    /** Lines of a spaced-out sentence read as one. */
    private static final int MAX_JOINED_LINES = 4;
    private static final Pattern VOWEL = Pattern.compile("[aeiouy\\u00E0-\\u00E6\\u00E8-\\u00EF\\u00F2-\\u00F6\\u00F8-\\u00FD\\u0153]");
    private static final Pattern LEET_TOKEN = Pattern.compile("(?=\\S*\\p{L})(?=\\S*[013457$@])\\S+");
    /** An address is not leetspeak, though it has an at sign and often digits. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.\\p{L}{2,}\\W*");

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
        for (String line : joinSpacedLines(text.split("\n"))) {
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
                if (read != null && !read.equals(stripped)
                        && (commonShare(read) >= Math.max(MIN_COMMON, asWritten + MIN_GAIN)
                        || candidate.words() != null && wordLike(candidate.words().apply(stripped)))) {
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

    /**
     * One way of reading a scrambled line; {@code read} gives {@code null} when the line is not written so. A spaced-out
     * reading is also kept when its spaced-out {@code words} are words in any language ({@link #wordLike}): nobody spaces
     * out a sentence's letters by accident. {@code words} is {@code null} for the other readings.
     */
    private record Reading(String encoding, UnaryOperator<String> read, UnaryOperator<String> words) {
    }

    private static final List<Reading> READINGS = List.of(
            new Reading("spaced-leetspeak", line -> {
                String joined = unspace(line);
                return joined == null ? null : unleet(joined);
            }, line -> spacedRuns(line, true)),
            new Reading("spaced", ScrambledTextDecoder::unspace, line -> spacedRuns(line, false)),
            new Reading("leetspeak", ScrambledTextDecoder::unleet, null),
            new Reading("reversed", line -> new StringBuilder(line).reverse().toString(), null),
            new Reading("rot13", ScrambledTextDecoder::rot13, null));

    /**
     * Lines that are nothing but spaced-out characters, read together with the ones after them (at most
     * {@value #MAX_JOINED_LINES}), a line break being a word break: a spaced-out sentence is long and wraps.
     */
    static List<String> joinSpacedLines(String[] lines) {
        List<String> joined = new ArrayList<>(lines.length);
        // Whether the line just read is all spaced-out characters: each line is matched once.
        boolean spaced = lines.length > 0 && SPACED_LINE.matcher(lines[0].strip()).matches();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int taken = 1;
            boolean nextSpaced = i + 1 < lines.length && SPACED_LINE.matcher(lines[i + 1].strip()).matches();
            while (taken < MAX_JOINED_LINES && spaced && nextSpaced && line.length() <= MAX_LINE_CHARS && !lines[i + 1].isBlank()) {
                line = line.stripTrailing() + "      " + lines[i + 1].strip();
                i++;
                taken++;
                nextSpaced = i + 1 < lines.length && SPACED_LINE.matcher(lines[i + 1].strip()).matches();
            }
            joined.add(line);
            spaced = nextSpaced;
        }
        return joined;
    }

    /** Joins spaced-out letters ({@link #joinLetters}); the rest of the line is kept as it is. */
    static String unspace(String line) {
        Matcher matcher = SPACED.matcher(line);
        if (!matcher.find()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        do {
            out.append(line, last, matcher.start()).append(joinLetters(matcher.group()));
            last = matcher.end();
        } while (matcher.find());
        out.append(line.substring(last));
        return out.toString();
    }

    /** The spaced-out runs of a line only, joined, digits read as letters when {@code leet}. */
    static String spacedRuns(String line, boolean leet) {
        Matcher matcher = SPACED.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            out.append(joinLetters(matcher.group())).append(' ');
        }
        String runs = out.toString();
        String read = leet ? unleet(runs) : runs;
        return read == null ? runs : read;
    }

    /**
     * One spaced-out run as words: the narrowest gap is the one between letters, any wider gap parts words, and so
     * does a lone slash, bar or bullet ("D E L E T E / T H E / M A I L").
     */
    static String joinLetters(String run) {
        int narrowest = Integer.MAX_VALUE;
        for (int i = 0; i < run.length(); ) {
            if (run.charAt(i) != ' ') {
                i++;
                continue;
            }
            int start = i;
            while (i < run.length() && run.charAt(i) == ' ') {
                i++;
            }
            narrowest = Math.min(narrowest, i - start);
        }
        StringBuilder out = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); ) {
            char c = run.charAt(i++);
            int gap = 0;
            while (i < run.length() && run.charAt(i) == ' ') {
                i++;
                gap++;
            }
            if (WORD_SEPARATORS.indexOf(c) >= 0) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            out.append(c);
            if (gap > narrowest) {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    /**
     * Whether a reading is made of words, in whatever language: three or more words of two letters or more, none
     * longer than a long word, most of them with a vowel. A code or an id spaced out ("Q 4 2 0 2 5") is not.
     */
    static boolean wordLike(String reading) {
        Matcher matcher = WORD.matcher(reading.toLowerCase(Locale.ROOT));
        int words = 0;
        int voiced = 0;
        while (matcher.find()) {
            String word = matcher.group();
            if (word.length() < 2) {
                continue;
            }
            if (word.length() > 20) {
                return false;
            }
            words++;
            if (VOWEL.matcher(word).find() || word.chars().anyMatch(ch -> ch > 0x24F)) {
                voiced++;
            }
        }
        return words >= 3 && voiced * 3 >= words * 2;
    }

    /** Replaces digits and symbols standing for letters, in tokens that mix them with letters (addresses left alone). */
    static String unleet(String line) {
        Matcher matcher = LEET_TOKEN.matcher(line);
        int tokens = 0;
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            if (ADDRESS.matcher(matcher.group()).matches()) {
                continue;
            }
            tokens++;
            out.append(line, last, matcher.start());
            StringBuilder token = new StringBuilder();
            for (char c : matcher.group().toCharArray()) {
                token.append(switch (c) {
                    case '0' -> 'o';
                    case '1' -> 'i';
                    case '3' -> 'e';
                    case '4', '@' -> 'a';
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
