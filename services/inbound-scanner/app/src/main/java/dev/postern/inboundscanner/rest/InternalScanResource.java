package dev.postern.inboundscanner.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.auth.InternalToken;
import dev.postern.inboundscanner.scanner.Evidence;
import dev.postern.inboundscanner.service.Analysis;
import dev.postern.inboundscanner.service.DryRunScan;
import dev.postern.inboundscanner.service.MessageAnalyser;
import dev.postern.inboundscanner.service.ParsedMail;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dry-run scan: {@code {"raw": "<RFC 5322 message>"}} or {@code {"subject", "text", "html"}}. Answers what the
 * pipeline would decide; stores nothing. Runs on a worker thread (scanning is CPU work).
 */
@Path("/internal/v1/workspaces/{workspaceId}/scan")
@Produces(MediaType.APPLICATION_JSON)
public class InternalScanResource {

    static final int MAX_CHARS = 1_000_000;

    private final InternalAuth auth;
    private final DryRunScan scan;

    public InternalScanResource(InternalAuth auth, DryRunScan scan) {
        this.auth = auth;
        this.scan = scan;
    }

    public record ScanView(String object, boolean stored, String verdict, double injectionScore, List<String> categories,
                           List<String> reasons, List<String> flags, List<Evidence> evidence, Map<String, Double> layerScores,
                           String scannerVersion, InboundViews.Authentication authentication, String subject, String text,
                           String spotlightedText, List<ParsedMail.Attachment> attachments, List<ParsedMail.Problem> problems,
                           double scanMs) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ScanView scan(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token, JsonNode body) {
        auth.require(token, workspaceId);
        if (body == null || !body.isObject()) {
            throw InternalApiException.invalid("(body)", "must be a JSON object with raw, or subject/text/html");
        }
        String raw = string(body, "raw");
        String subject = string(body, "subject");
        String text = string(body, "text");
        String html = string(body, "html");
        if (raw != null && (subject != null || text != null || html != null)) {
            throw InternalApiException.invalid("raw", "cannot be combined with subject, text or html");
        }
        if (raw == null && subject == null && text == null && html == null) {
            throw InternalApiException.invalid("(body)", "needs raw, or at least one of subject, text, html");
        }
        if (raw != null && raw.isBlank()) {
            throw InternalApiException.invalid("raw", "must not be empty");
        }
        return view(raw != null ? scan.raw(raw) : scan.parts(subject, text, html));
    }

    private static String string(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw InternalApiException.invalid(field, "must be a string");
        }
        if (v.asText().length() > MAX_CHARS) {
            throw InternalApiException.invalid(field, "must be at most " + MAX_CHARS + " characters");
        }
        return v.asText();
    }

    private static ScanView view(Analysis a) {
        var s = a.scan();
        ParsedMail mail = a.mail();
        String text = s == null ? null : MessageAnalyser.readableText(mail, s);
        return new ScanView("scan_result", false, a.verdict(), s == null ? 1.0 : s.score(),
                s == null ? List.of() : s.categories().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).sorted().toList(),
                a.reasons(), a.flags(), s == null ? List.of() : s.evidence(), s == null ? Map.of() : s.layerScores(),
                s == null ? null : s.scannerVersion(), new InboundViews.Authentication(a.auth().spf(), a.auth().dkim(), a.auth().dmarc()),
                mail.subject(), text, s == null ? null : s.spotlightedText(), mail.attachments(), mail.problems(), a.scanMillis());
    }
}
