package dev.postern.inboundscanner.service;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPF, DKIM and DMARC results from an Authentication-Results header (RFC 8601), as the receiving side recorded them.
 * Only one header is believed: the topmost whose authserv-id is trusted (any, when no ids are configured) — headers
 * further down may have been written by the sender. Absent results are {@code none}.
 */
public final class AuthenticationResults {

    public static final String NONE = "none";
    private static final Pattern METHOD = Pattern.compile("(?:^|[;\\s])(spf|dkim|dmarc)\\s*=\\s*([a-z]+)", Pattern.CASE_INSENSITIVE);

    /** The three results; each {@code pass}, {@code fail}, {@code softfail}, {@code neutral}, {@code none}, … */
    public record Results(String spf, String dkim, String dmarc) {

        public static final Results UNKNOWN = new Results(NONE, NONE, NONE);

        /** Both SPF and DKIM failed: the From address cannot be believed. */
        public boolean unauthenticated() {
            return failing(spf) && failing(dkim);
        }

        private static boolean failing(String result) {
            return result.equals("fail") || result.equals("softfail") || result.equals("permerror");
        }
    }

    private AuthenticationResults() {
    }

    public static Results from(List<String> headers, boolean trustAny, List<String> trustedIds) {
        for (String header : headers) {
            String id = authservId(header);
            if (trustAny || trustedIds.stream().anyMatch(t -> t.equalsIgnoreCase(id))) {
                return parse(header);
            }
        }
        return Results.UNKNOWN;
    }

    static Results parse(String header) {
        String spf = NONE;
        String dkim = NONE;
        String dmarc = NONE;
        int semicolon = header.indexOf(';');
        Matcher m = METHOD.matcher(semicolon < 0 ? "" : header.substring(semicolon));
        while (m.find()) {
            String result = m.group(2).toLowerCase(Locale.ROOT);
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "spf" -> spf = spf.equals(NONE) ? result : spf;
                // several signatures: one passing is enough
                case "dkim" -> dkim = dkim.equals(NONE) || result.equals("pass") ? result : dkim;
                default -> dmarc = dmarc.equals(NONE) ? result : dmarc;
            }
        }
        return new Results(spf, dkim, dmarc);
    }

    private static String authservId(String header) {
        String head = header.strip();
        int end = 0;
        while (end < head.length() && !Character.isWhitespace(head.charAt(end)) && head.charAt(end) != ';') {
            end++;
        }
        return head.substring(0, end);
    }
}
