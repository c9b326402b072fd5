package dev.postern.inboundscanner.service;

import dev.postern.inboundscanner.config.PipelineSettings;
import dev.postern.inboundscanner.scanner.Evidence;
import dev.postern.inboundscanner.scanner.ScanInput;
import dev.postern.inboundscanner.scanner.ScanResult;
import dev.postern.inboundscanner.scanner.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Raw MIME to a decision, without side effects: parse (with limits), read the authentication results, scan, and turn
 * the three into a verdict. A hard parse problem quarantines without scanning (fail closed); text the parser could
 * not hand to the scanner (attachments past the limits, unreadable parts, cut text) makes a clean message suspicious.
 * The repeat-offender block is applied later, in the transaction that records the outcome.
 */
@ApplicationScoped
public class MessageAnalyser {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]|\\uDB40[\\uDC00-\\uDC7F]");
    private static final Set<String> UNSCANNED = Set.of("attachments.too-many", "attachments.too-large", "mime.part-unreadable",
            "text.truncated");
    private static final int MAX_REASONS = 8;

    private final MimeParser parser;
    private final ScannerEngine scanner;
    private final PipelineSettings settings;

    public MessageAnalyser(MimeParser parser, ScannerEngine scanner, PipelineSettings settings) {
        this.parser = parser;
        this.scanner = scanner;
        this.settings = settings;
    }

    public Analysis analyse(byte[] raw) {
        ParsedMail mail = parser.parse(raw);
        return analyse(mail);
    }

    public Analysis analyse(ParsedMail mail) {
        AuthenticationResults.Results auth = AuthenticationResults.from(mail.authResults(), settings.trustAnyAuthservId(), settings.trustedAuthservIds());
        List<String> flags = new ArrayList<>();
        if (auth.unauthenticated()) {
            flags.add("unauthenticated");
        }
        if (mail.hasHardProblem()) {
            List<String> reasons = mail.problems().stream().filter(ParsedMail.Problem::hard).map(ParsedMail.Problem::code).toList();
            flags.add("unparsed");
            return new Analysis(mail, auth, null, Analysis.QUARANTINED, reasons, flags, "", 0);
        }
        long started = System.nanoTime();
        ScanResult scan = scanner.scan(input(mail));
        double millis = (System.nanoTime() - started) / 1e6;
        String verdict = scan.verdict().name().toLowerCase(Locale.ROOT);
        Set<String> reasons = new LinkedHashSet<>();
        scan.failure().ifPresent(f -> reasons.add("scanner.fail-closed"));
        if (scan.verdict() != Verdict.CLEAN) {
            // A layer left out because the verdict was already decided is in the evidence, but it is not a reason.
            scan.evidence().stream().map(Evidence::rule).filter(rule -> !rule.equals("scanner.layer-skipped"))
                    .limit(MAX_REASONS).forEach(reasons::add);
        }
        List<String> unscanned = mail.problems().stream().map(ParsedMail.Problem::code).filter(UNSCANNED::contains).distinct().toList();
        if (!unscanned.isEmpty()) {
            flags.add("partly_scanned");
            reasons.addAll(unscanned);
            if (scan.verdict() == Verdict.CLEAN) {
                verdict = Analysis.SUSPICIOUS;
            }
        }
        if (!Analysis.CLEAN.equals(verdict)) {
            flags.add(verdict.equals(Analysis.QUARANTINED) ? "quarantined" : "suspicious");
        }
        return new Analysis(mail, auth, scan, verdict, List.copyOf(reasons), flags, ReplyText.extract(readableText(mail, scan)), millis);
    }

    /** What the scanner reads: subject, both bodies, the text of text-like attachments. */
    static ScanInput input(ParsedMail mail) {
        ScanInput.Builder b = ScanInput.builder().subject(mail.subject()).textBody(mail.text()).htmlBody(mail.html());
        for (ParsedMail.Attachment a : mail.attachments()) {
            if (a.text() != null) {
                b.attachment(a.filename(), a.text());
            }
        }
        return b.build();
    }

    /** The text an agent is given: the plain-text body without invisible characters, else the HTML's visible text. */
    public static String readableText(ParsedMail mail, ScanResult scan) {
        String text = mail.text().isBlank() && scan != null ? scan.visibleText() : mail.text();
        return INVISIBLE.matcher(text).replaceAll("").replace("\r\n", "\n");
    }
}
