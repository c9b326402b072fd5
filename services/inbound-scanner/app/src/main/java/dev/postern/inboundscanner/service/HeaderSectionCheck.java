package dev.postern.inboundscanner.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the raw top-level header section against the limits before any MIME library sees it: a message with
 * thousands of header fields or a megabyte-long field is refused as hostile rather than parsed.
 */
final class HeaderSectionCheck {

    private HeaderSectionCheck() {
    }

    static List<ParsedMail.Problem> check(byte[] raw, int maxHeaders, int maxHeaderChars) {
        List<ParsedMail.Problem> problems = new ArrayList<>();
        int fields = 0;
        int current = 0;
        int lineStart = 0;
        boolean sawSeparator = false;
        for (int i = 0; i <= raw.length; i++) {
            if (i < raw.length && raw[i] != '\n') {
                continue;
            }
            int end = i > lineStart && raw[i - 1] == '\r' ? i - 1 : i;
            int length = end - lineStart;
            if (length == 0 && i < raw.length) {
                sawSeparator = true;
                break;
            }
            boolean continuation = length > 0 && (raw[lineStart] == ' ' || raw[lineStart] == '\t');
            if (continuation) {
                current += length;
            } else {
                fields++;
                current = length;
            }
            if (current > maxHeaderChars) {
                problems.add(new ParsedMail.Problem("mime.header-too-long",
                        "a header field is longer than " + maxHeaderChars + " characters", true));
                return problems;
            }
            if (fields > maxHeaders) {
                problems.add(new ParsedMail.Problem("mime.too-many-headers", "more than " + maxHeaders + " header fields", true));
                return problems;
            }
            lineStart = i + 1;
        }
        if (!sawSeparator) {
            problems.add(new ParsedMail.Problem("mime.no-body", "the header section never ends: the message is truncated", false));
        }
        return problems;
    }
}
