package dev.postern.send.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.postern.send.domain.Message;
import dev.postern.send.domain.MessageContent;
import dev.postern.send.domain.Recipient;
import dev.postern.send.domain.StatusChange;
import dev.postern.send.service.MessageQueries;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message as the internal API shows it. The detail carries bodies, threading and history; the list
 * form ({@link #summary}) leaves bodies, attachments' content and history out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(String object, String id, String agentId, String status, boolean testMode, String messageIdHeader,
                          Mailbox from, List<String> to, List<String> cc, List<String> bcc, List<String> replyTo,
                          String subject, String text, String html, String inReplyTo, List<String> references,
                          Map<String, String> headers, List<MessageContent.Tag> tags, Map<String, String> metadata,
                          List<AttachmentView> attachments, Instant scheduledAt, Instant createdAt, Instant sentAt,
                          Instant updatedAt, String idempotencyKey, List<RecipientView> recipients, List<HistoryView> history) {

    public record Mailbox(String address, String name) {
    }

    public record AttachmentView(String filename, String contentType, long sizeBytes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecipientView(String address, String kind, String status, String reason, String providerMessageId,
                                String smtpResponse, Instant updatedAt) {
    }

    public record HistoryView(String status, Instant at, String reason) {
    }

    public static MessageView detail(MessageQueries.Detail d) {
        return of(d.message(), d.recipients(), d.history().stream().map(h -> new HistoryView(h.status, h.at, h.reason)).toList(), true);
    }

    public static MessageView summary(MessageQueries.Summary s) {
        return of(s.message(), s.recipients(), null, false);
    }

    private static MessageView of(Message m, List<Recipient> recipients, List<HistoryView> history, boolean full) {
        MessageContent c = MessageContent.fromJson(m.content);
        return new MessageView("message", m.id, m.agentId, m.status, m.testMode(), m.messageIdHeader,
                new Mailbox(m.fromAddress, m.fromName), kind(recipients, "to"), kind(recipients, "cc"), kind(recipients, "bcc"),
                c.replyTo(), m.subject, full ? c.text() : null, full ? c.html() : null, c.inReplyTo(), c.references(),
                full ? c.headers() : null, c.tags(), c.metadata(),
                c.attachments().stream().map(a -> new AttachmentView(a.filename(), a.contentType(), a.sizeBytes())).toList(),
                m.scheduledAt, m.createdAt, m.sentAt, m.updatedAt, m.idempotencyKey,
                recipients.stream().map(r -> new RecipientView(r.address, r.kind, r.status, r.reason, r.providerMessageId,
                        r.smtpResponse, r.updatedAt)).toList(),
                history);
    }

    private static List<String> kind(List<Recipient> recipients, String kind) {
        return recipients.stream().filter(r -> kind.equals(r.kind)).map(r -> r.address).toList();
    }
}
