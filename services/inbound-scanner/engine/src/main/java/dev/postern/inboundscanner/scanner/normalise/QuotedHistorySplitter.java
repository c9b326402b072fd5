package dev.postern.inboundscanner.scanner.normalise;

import java.util.regex.Pattern;

/**
 * Separates a plain-text body into the new text and quoted history: lines starting with {@code >}, and everything
 * after an attribution line ("On … wrote:") or an "Original Message" / forwarded-message separator.
 */
public final class QuotedHistorySplitter {

    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*(?:On\\s.{4,200}\\swrote:|Le\\s.{4,200}\\sa écrit\\s?:|Am\\s.{4,200}\\sschrieb.{0,40}:)\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile(
            "^\\s*-{2,}\\s*(?:Original Message|Forwarded message|Begin forwarded message|Ursprüngliche Nachricht)\\s*-{0,}\\s*$",
            Pattern.CASE_INSENSITIVE);

    public record Split(String fresh, String quoted) {
    }

    private QuotedHistorySplitter() {
    }

    public static Split split(String body) {
        StringBuilder fresh = new StringBuilder(body.length());
        StringBuilder quoted = new StringBuilder();
        boolean inHistory = false;
        for (String line : body.split("\n", -1)) {
            if (!inHistory && (line.length() < 300 && (ATTRIBUTION.matcher(line).matches() || SEPARATOR.matcher(line).matches()))) {
                inHistory = true;
            }
            if (inHistory || line.stripLeading().startsWith(">")) {
                quoted.append(stripQuoteMarks(line)).append('\n');
            } else {
                fresh.append(line).append('\n');
            }
        }
        return new Split(fresh.toString().strip(), quoted.toString().strip());
    }

    /**
     * The line without its quote marks ("> ", ">> ") and the one space after each; an indent beyond that is the
     * line's own (a code block quoted in a reply stays set off as it was written). A line under an attribution that
     * carries no mark keeps its indent.
     */
    static String stripQuoteMarks(String line) {
        int i = 0;
        while (true) {
            int mark = i;
            while (mark < line.length() && line.charAt(mark) == ' ') {
                mark++;
            }
            if (mark >= line.length() || line.charAt(mark) != '>') {
                break;
            }
            i = mark + 1;
            if (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return line.substring(i);
    }
}
