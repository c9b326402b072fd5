package dev.postern.send.client;

import java.util.List;

/**
 * One recipient's copy of a message: RFC 5322 bytes, the envelope (MAIL FROM, RCPT TO) and the tags
 * SES carries back in its notifications.
 */
public record OutboundCopy(String workspaceId, String messageId, String envelopeFrom, String recipient, byte[] mime,
                           List<Tag> tags) {

    public record Tag(String name, String value) {
    }
}
