package dev.postern.inboundscanner.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.inboundscanner.client.RawMailStore;
import dev.postern.inboundscanner.repository.DirectoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An SES receipt notification (action S3), already verified as coming from SNS: the object is fetched from SES's
 * bucket, SES's SPF/DKIM/DMARC verdicts are put on top of it as an Authentication-Results header of our own
 * authserv-id ({@value #AUTHSERV_ID}, the one production trusts), and each known recipient gets its copy through the
 * same acceptance as SMTP — under its workspace's prefix, with its job. Unknown recipients are skipped.
 */
@ApplicationScoped
public class SesReceipts {

    public static final String AUTHSERV_ID = "postern-ses-receipt";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERDICT = Pattern.compile("[A-Za-z_]{1,20}");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RawMailStore store;
    private final Reception reception;
    private final MailboxDirectory directory;

    public SesReceipts(RawMailStore store, Reception reception, MailboxDirectory directory) {
        this.store = store;
        this.reception = reception;
        this.directory = directory;
    }

    /** Thrown for a notification that is not an SES receipt with an S3 action. */
    public static final class NotAReceipt extends RuntimeException {
        public NotAReceipt(String message) {
            super(message, null, false, false);
        }
    }

    /** Returns the inbound ids created (empty when no recipient is ours). */
    public List<String> receive(String notificationMessage) {
        JsonNode n;
        try {
            n = JSON.readTree(notificationMessage);
        } catch (Exception e) {
            throw new NotAReceipt("the notification's Message is not JSON");
        }
        JsonNode action = n.at("/receipt/action");
        if (!"Received".equals(n.path("notificationType").asText()) || !"S3".equals(action.path("type").asText())
                || action.path("bucketName").asText().isEmpty() || action.path("objectKey").asText().isEmpty()) {
            throw new NotAReceipt("not an SES receipt notification with an S3 action");
        }
        List<DirectoryRepository.Mailbox> mailboxes = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (JsonNode r : n.at("/receipt/recipients")) {
            String address = r.asText().toLowerCase(Locale.ROOT);
            Optional<DirectoryRepository.Mailbox> found = directory.find(address, TIMEOUT);
            if (found.isPresent() && !"archived".equals(found.get().status()) && !addresses.contains(address)) {
                mailboxes.add(found.get());
                addresses.add(address);
            }
        }
        if (mailboxes.isEmpty()) {
            return List.of();
        }
        byte[] raw = store.getFrom(action.path("bucketName").asText(), action.path("objectKey").asText());
        String header = "Authentication-Results: " + AUTHSERV_ID + "; spf=" + verdict(n, "spfVerdict") + "; dkim="
                + verdict(n, "dkimVerdict") + "; dmarc=" + verdict(n, "dmarcVerdict") + "\r\n";
        ByteArrayOutputStream withVerdicts = new ByteArrayOutputStream(raw.length + header.length());
        withVerdicts.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        withVerdicts.writeBytes(raw);
        String source = n.at("/mail/source").asText(null);
        return reception.accept("ses", source == null ? null : source.toLowerCase(Locale.ROOT), mailboxes, addresses,
                withVerdicts.toByteArray(), TIMEOUT);
    }

    /** SES says PASS, FAIL, GRAY, PROCESSING_FAILED; RFC 8601 says pass, fail, none, temperror. */
    private static String verdict(JsonNode n, String field) {
        String status = n.at("/receipt/" + field + "/status").asText("");
        if (!VERDICT.matcher(status).matches()) {
            return "none";
        }
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "PASS" -> "pass";
            case "FAIL" -> "fail";
            case "PROCESSING_FAILED" -> "temperror";
            default -> "none";
        };
    }
}
