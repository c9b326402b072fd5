package dev.postern.send.service.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.send.domain.MessageStatus;
import dev.postern.send.service.Feedback;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SES notification (the {@code Message} of an SNS notification): identity notifications carry
 * {@code notificationType}, configuration-set event publishing carries {@code eventType}; both name
 * the SES message id, and the latter our tags. Bounce, Complaint and Delivery become feedback;
 * other kinds (Send, Open, …) are acknowledged and ignored.
 */
public record SesNotification(MessageStatus outcome, List<String> recipients, boolean permanent, String reason,
                              String smtpResponse, String providerMessageId, String messageIdHint) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OUR_MESSAGE_ID = Pattern.compile("<(msg_[0-9A-Z]{26})@[^>]+>");

    /** A notification that is not SES's. */
    public static class Malformed extends RuntimeException {
        public Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** Empty when the notification is of a kind that carries no feedback. Throws for one that is not SES's. */
    public static Optional<SesNotification> parse(String message) {
        JsonNode n;
        try {
            n = JSON.readTree(message);
        } catch (IOException e) {
            throw new Malformed("the notification is not JSON");
        }
        if (n == null || !n.isObject()) {
            throw new Malformed("the notification is not a JSON object");
        }
        String kind = n.path("notificationType").asText(n.path("eventType").asText(""));
        JsonNode mail = n.path("mail");
        String providerId = mail.path("messageId").asText(null);
        if (providerId == null) {
            throw new Malformed("the notification names no mail.messageId");
        }
        String hint = hint(mail);
        return switch (kind) {
            case "Bounce" -> {
                JsonNode bounce = n.path("bounce");
                String type = bounce.path("bounceType").asText("Undetermined");
                String subType = bounce.path("bounceSubType").asText("");
                List<String> to = addresses(bounce.path("bouncedRecipients"));
                String diagnostic = bounce.path("bouncedRecipients").path(0).path("diagnosticCode").asText(null);
                yield Optional.of(new SesNotification(MessageStatus.BOUNCED, to, "Permanent".equals(type),
                        type + (subType.isEmpty() ? "" : "/" + subType), diagnostic, providerId, hint));
            }
            case "Complaint" -> {
                JsonNode complaint = n.path("complaint");
                String feedbackType = complaint.path("complaintFeedbackType").asText("complaint");
                yield Optional.of(new SesNotification(MessageStatus.COMPLAINED, addresses(complaint.path("complainedRecipients")),
                        false, feedbackType, null, providerId, hint));
            }
            case "Delivery" -> {
                JsonNode delivery = n.path("delivery");
                List<String> to = new ArrayList<>();
                delivery.path("recipients").forEach(r -> to.add(r.asText()));
                yield Optional.of(new SesNotification(MessageStatus.DELIVERED, to, false, null,
                        delivery.path("smtpResponse").asText(null), providerId, hint));
            }
            default -> Optional.empty();
        };
    }

    public Feedback toFeedback(String workspaceId, String messageId, String dedupeId) {
        return switch (outcome) {
            case BOUNCED -> Feedback.bounced(workspaceId, messageId, recipients, permanent, reason, smtpResponse,
                    providerMessageId, dedupeId);
            case COMPLAINED -> Feedback.complained(workspaceId, messageId, recipients, reason, providerMessageId, dedupeId);
            default -> Feedback.delivered(workspaceId, messageId, recipients, smtpResponse, providerMessageId, dedupeId);
        };
    }

    /** Our message id, from our tag (event publishing) or our Message-ID header, when SES kept them. */
    private static String hint(JsonNode mail) {
        JsonNode tag = mail.path("tags").path("postern_message").path(0);
        if (tag.isTextual()) {
            return tag.asText();
        }
        String header = mail.path("commonHeaders").path("messageId").asText(null);
        if (header == null) {
            for (JsonNode h : mail.path("headers")) {
                if ("message-id".equalsIgnoreCase(h.path("name").asText())) {
                    header = h.path("value").asText(null);
                }
            }
        }
        if (header != null) {
            Matcher m = OUR_MESSAGE_ID.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static List<String> addresses(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(r -> {
            String address = r.path("emailAddress").asText(null);
            if (address != null) {
                out.add(address);
            }
        });
        return out;
    }
}
