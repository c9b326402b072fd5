package dev.postern.send.service;

import dev.postern.auth.UnsubscribeToken;
import dev.postern.send.client.OutboundCopy;
import dev.postern.send.config.InternalSettings;
import dev.postern.send.domain.EmailAddresses;
import dev.postern.send.domain.Message;
import dev.postern.send.domain.MessageContent;
import dev.postern.send.domain.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One copy per pending recipient: the same composed message, each with its own RFC 8058
 * unsubscribe link (a token only that recipient can use), and the tags SES returns in feedback.
 */
@ApplicationScoped
public class OutboundCopies {

    private final String secret;
    private final String publicUrl;

    public OutboundCopies(InternalSettings internal, @ConfigProperty(name = "postern.public-url") String publicUrl) {
        this.secret = internal.secret();
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Throws {@link MimeComposer.CompositionException} when the message cannot be composed. */
    public List<OutboundCopy> of(Message message, List<Recipient> all, List<Recipient> pending, Instant date) {
        MessageContent content = MessageContent.fromJson(message.content);
        List<String> to = all.stream().filter(r -> "to".equals(r.kind)).map(r -> r.address).toList();
        List<String> cc = all.stream().filter(r -> "cc".equals(r.kind)).map(r -> r.address).toList();
        MimeComposer.Draft draft = MimeComposer.compose(new MimeComposer.Envelope(message.messageIdHeader, message.fromAddress,
                message.fromName, to, cc, message.subject, date), content);
        List<OutboundCopy.Tag> tags = new ArrayList<>();
        tags.add(new OutboundCopy.Tag("postern_workspace", message.workspaceId));
        tags.add(new OutboundCopy.Tag("postern_message", message.id));
        content.tags().forEach(t -> tags.add(new OutboundCopy.Tag(t.name(), t.value())));
        List<OutboundCopy> copies = new ArrayList<>();
        for (Recipient r : pending) {
            String token = UnsubscribeToken.issue(secret, message.workspaceId, message.id, r.address);
            byte[] mime = draft.copyFor(unsubscribeUrl(token), unsubscribeMailto(message.fromAddress, token));
            copies.add(new OutboundCopy(message.workspaceId, message.id, message.fromAddress, r.address, mime, List.copyOf(tags)));
        }
        return copies;
    }

    public String unsubscribeUrl(String token) {
        return publicUrl + "/unsubscribe/" + token;
    }

    /** For mail clients that only offer mailto; the token travels in the subject. */
    static String unsubscribeMailto(String fromAddress, String token) {
        return "mailto:unsubscribe@" + EmailAddresses.domain(fromAddress) + "?subject=unsubscribe%20" + token;
    }
}
