package dev.postern.events.payload;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message the gateway accepted and asks the send service to deliver ({@code message.send_requested},
 * topic {@code postern.send-requests.v1}). Everything in it has been validated by the gateway (see
 * docs/contracts/send.md): addresses are bare, lower-cased where case does not matter, and no value
 * carries a CR or LF. Attachments travel inline with hard limits so a record stays under 1 MiB.
 *
 * @param messageId       {@code msg_<ULID>}, the public id
 * @param messageIdHeader the RFC 5322 Message-ID, {@code <msg_<ULID>@<sending domain>>}
 * @param mode            {@code live}, or {@code test}: run the whole path and transmit nothing
 * @param idempotencyKey  the caller's Idempotency-Key, or null
 */
public record SendRequestedV1(
        String messageId,
        String messageIdHeader,
        String agentId,
        Mailbox from,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        List<String> replyTo,
        String subject,
        String text,
        String html,
        Map<String, String> headers,
        List<Tag> tags,
        Map<String, String> metadata,
        List<Attachment> attachments,
        Instant scheduledAt,
        String inReplyTo,
        List<String> references,
        String mode,
        String idempotencyKey) {

    /** The sender: the agent's address and display name (name may be null). */
    public record Mailbox(String address, String name) {
    }

    /** A delivery tag, SES style: {@code [A-Za-z0-9_-]{1,256}} each. */
    public record Tag(String name, String value) {
    }

    /** An attachment, inline. {@code sizeBytes} is the decoded size. */
    public record Attachment(String filename, String contentType, long sizeBytes, String contentBase64) {
    }
}
