package dev.postern.inboundscanner.scanner.rules;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a rule's matches without trying the pattern at every position of the text. At build time the pattern is
 * asked, for every two ASCII characters and each kind of character before them (a word character, a line break,
 * anything else), whether a match could begin there: it is run on just those characters, and a start is ruled out
 * only when the match failed without reaching the end of that input ({@link Matcher#hitEnd()} false: more text could
 * not have changed the answer). At scan time such a start is skipped; every other position (the first, the last,
 * anything beside a non-ASCII character) is tried as {@link Matcher#find()} would try it. The matches are the ones
 * {@code find()} gives, in the same order: the pattern runs at each remaining position with transparent,
 * non-anchoring bounds, so {@code \b} and {@code ^} see the text around it. The catalogue's rules are long
 * alternations that Java's engine otherwise walks at every position; on long mail this is several times faster.
 *
 * <p>Sound for patterns whose only look to the left is {@code \b}, {@code \B} and {@code ^}: no lookbehind, which
 * {@link #of(Pattern)} refuses.
 */
public final class StartFilter {

    /** Tab through tilde: the characters the table knows; any other character is always tried. */
    private static final char LOW = '\t';
    private static final char HIGH = '~';
    private static final int SPAN = HIGH - LOW + 1;
    /** Kinds of character before a start, and the text that stands for each when the table is built. */
    private static final String[] BEFORE = {" ", "a", "\n"};
    private static final int OTHER = 0;
    private static final int WORD = 1;
    private static final int LINE_BREAK = 2;

    /** Tables by pattern: a rule's table is built once per process, whatever number of rule layers use it. */
    private static final ConcurrentMap<String, StartFilter> CACHE = new ConcurrentHashMap<>();

    private final Pattern pattern;
    private final boolean[] possible;

    private StartFilter(Pattern pattern, boolean[] possible) {
        this.pattern = pattern;
        this.possible = possible;
    }

    public static StartFilter of(Pattern pattern) {
        if (pattern.pattern().contains("(?<")) {
            throw new IllegalArgumentException("lookbehind is not supported by the start filter: " + pattern.pattern());
        }
        return CACHE.computeIfAbsent(pattern.pattern() + "\u0000" + pattern.flags(), key -> build(pattern));
    }

    private static StartFilter build(Pattern pattern) {
        boolean[] possible = new boolean[BEFORE.length * SPAN * SPAN];
        for (int before = 0; before < BEFORE.length; before++) {
            char left = BEFORE[before].charAt(0);
            for (int first = 0; first < SPAN; first++) {
                char start = (char) (LOW + first);
                int row = (before * SPAN + first) * SPAN;
                // One character decides most rows: no match can begin with it, or a match is already complete.
                Matcher one = runOn(pattern, new String(new char[] {left, start}));
                boolean matched = one.lookingAt();
                if (matched || !one.hitEnd()) {
                    Arrays.fill(possible, row, row + SPAN, matched);
                    continue;
                }
                for (int second = 0; second < SPAN; second++) {
                    Matcher two = runOn(pattern, new String(new char[] {left, start, (char) (LOW + second)}));
                    possible[row + second] = two.lookingAt() || two.hitEnd();
                }
            }
        }
        return new StartFilter(pattern, possible);
    }

    /** A matcher over {@code input} from its second character, the first standing before the start. */
    private static Matcher runOn(Pattern pattern, String input) {
        Matcher matcher = pattern.matcher(input);
        matcher.useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
        matcher.region(1, input.length());
        return matcher;
    }

    /** Share of starts a match may have; 1 means the filter skips nothing. */
    double openShare() {
        int open = 0;
        for (boolean value : possible) {
            open += value ? 1 : 0;
        }
        return open / (double) possible.length;
    }

    /** Whether the pattern occurs in {@code text}: {@code pattern.matcher(text).find()}. */
    public boolean find(String text) {
        boolean[] found = {false};
        forEachMatch(text, (start, end) -> {
            found[0] = true;
            return false;
        });
        return found[0];
    }

    /** Receives one match; returns whether to go on. */
    @FunctionalInterface
    interface MatchVisitor {
        boolean visit(int start, int end);
    }

    /**
     * Calls {@code onMatch} with each match of the pattern in {@code text}, left to right and not overlapping, as
     * {@code find()} gives them, until it returns {@code false}.
     */
    void forEachMatch(String text, MatchVisitor onMatch) {
        Matcher matcher = pattern.matcher(text);
        matcher.useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
        int length = text.length();
        int from = 0;
        while (from <= length) {
            int start = nextCandidate(text, from, length);
            if (start > length) {
                return;
            }
            matcher.region(start, length);
            if (!matcher.lookingAt()) {
                from = start + 1;
                continue;
            }
            if (!onMatch.visit(matcher.start(), matcher.end())) {
                return;
            }
            from = matcher.end() == start ? start + 1 : matcher.end();
        }
    }

    /** The first position from {@code from} that the table does not rule out; {@code length + 1} if none. */
    private int nextCandidate(String text, int from, int length) {
        if (from == 0) {
            return 0;
        }
        int before = kind(text.charAt(from - 1));
        for (int i = from; i <= length; i++) {
            if (i + 1 >= length || before < 0) {
                return i;
            }
            int first = text.charAt(i) - LOW;
            int second = text.charAt(i + 1) - LOW;
            if (first < 0 || first >= SPAN || second < 0 || second >= SPAN
                    || possible[(before * SPAN + first) * SPAN + second]) {
                return i;
            }
            before = kind(text.charAt(i));
        }
        return length + 1;
    }

    /** The kind of a character before a start as {@code \b} and {@code ^} see it; -1 when the table cannot tell. */
    private static int kind(char c) {
        if (c == '\n') {
            return LINE_BREAK;
        }
        if (c >= 0x80) {
            return -1;
        }
        return c == '_' || Character.isLetterOrDigit(c) ? WORD : OTHER;
    }
}
