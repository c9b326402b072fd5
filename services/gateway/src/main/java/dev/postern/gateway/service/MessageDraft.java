package dev.postern.gateway.service;

import dev.postern.events.payload.SendRequestedV1;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message as the caller asked for it, every field validated; the agent is still only a
 * reference (id or name). For replies and forwards the server fills the threading fields.
 */
public record MessageDraft(
        String agentRef,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        List<String> replyTo,
        String subject,
        String text,
        String html,
        Map<String, String> headers,
        List<SendRequestedV1.Tag> tags,
        Map<String, String> metadata,
        List<SendRequestedV1.Attachment> attachments,
        Instant scheduledAt,
        String inReplyTo,
        List<String> references,
        boolean replyAll) {

    /** What kind of request a draft comes from: which fields it may carry and which the server sets. */
    public enum Kind { NEW, REPLY, FORWARD }

    public int recipientCount() {
        return to.size() + cc.size() + bcc.size();
    }

    /** The same draft, threaded on an original message and addressed as the reply or forward decided. */
    public MessageDraft threaded(String agent, List<String> newTo, List<String> newCc, String newSubject, String newText,
                                 String newHtml, String newInReplyTo, List<String> newReferences) {
        return new MessageDraft(agent, newTo, newCc, bcc, replyTo, newSubject, newText, newHtml, headers, tags, metadata,
                attachments, scheduledAt, newInReplyTo, newReferences, replyAll);
    }
}
