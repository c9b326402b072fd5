package dev.postern.inboundscanner.service;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The new text of a reply: everything before the quoted history ("On … wrote:", "-----Original Message-----",
 * an Outlook "From: … Sent: …" block, {@code >} lines) and without the signature ("-- " and the usual sign-offs of
 * mobile clients). Plain text in, plain text out; when nothing is left, the whole text is kept.
 */
public final class ReplyText {

    private static final List<Pattern> HISTORY_STARTS = List.of(
            Pattern.compile("^\\s*On .{1,300}(wrote|schrieb|a écrit|escribió|scrisse)\\s*:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*Le .{1,300}a écrit\\s*:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*Am .{1,300}schrieb .{0,200}:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*-{2,}\\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*_{10,}\\s*$"),
            Pattern.compile("^\\s*>"));
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\s*\\*?(From|De|Von)\\s*:\\*?\\s+.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_NEXT = Pattern.compile("^\\s*\\*?(Sent|Date|Envoyé|Gesendet|To|Subject)\\s*:.*",
            Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> SIGNATURE_STARTS = List.of(
            Pattern.compile("^-- ?$"),
            Pattern.compile("^\\s*(Sent from my|Get Outlook for|Envoyé de mon|Von meinem) .{0,80}$", Pattern.CASE_INSENSITIVE));

    private ReplyText() {
    }

    public static String extract(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int end = lines.length;
        for (int i = 0; i < lines.length; i++) {
            if (startsHistory(lines, i)) {
                end = i;
                break;
            }
        }
        for (int i = 0; i < end; i++) {
            String line = lines[i];
            if (SIGNATURE_STARTS.stream().anyMatch(p -> p.matcher(line).matches())) {
                end = i;
                break;
            }
        }
        String reply = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, end)).strip();
        return reply.isEmpty() ? text.strip() : reply;
    }

    private static boolean startsHistory(String[] lines, int i) {
        String line = lines[i];
        if (HISTORY_STARTS.stream().anyMatch(p -> p.matcher(line).find())) {
            return true;
        }
        // "On Mon, 3 Nov 2026 at 10:00, Ann <a@b.example>" may wrap before "wrote:"
        if (i + 1 < lines.length && line.strip().startsWith("On ") && lines[i + 1].strip().endsWith("wrote:")) {
            return true;
        }
        return OUTLOOK_FROM.matcher(line).matches() && i + 1 < lines.length && OUTLOOK_NEXT.matcher(lines[i + 1]).matches();
    }
}
