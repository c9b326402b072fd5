package dev.postern.inboundscanner.service;

import dev.postern.inboundscanner.domain.Ids;
import dev.postern.inboundscanner.domain.InboundMessage;
import dev.postern.inboundscanner.domain.SentMessage;
import dev.postern.inboundscanner.repository.InboundRepository;
import dev.postern.inboundscanner.repository.SentMessageRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Threads an inbound message: In-Reply-To and References matched against the Message-IDs we sent make it a reply in
 * that message's thread; else it joins the thread of an earlier inbound message it refers to; else its thread is
 * derived from its root Message-ID.
 */
@ApplicationScoped
public class ThreadResolver {

    /** The thread, and the message of ours it answers (null when it answers none). */
    public record Threading(String threadId, SentMessage answers) {
    }

    private final SentMessageRepository sent;
    private final InboundRepository inbound;

    public ThreadResolver(SentMessageRepository sent, InboundRepository inbound) {
        this.sent = sent;
        this.inbound = inbound;
    }

    public Uni<Threading> resolve(Mutiny.Session session, String workspaceId, String inboundId, ParsedMail mail) {
        List<String> referred = new ArrayList<>();
        if (mail.inReplyTo() != null) {
            referred.add(mail.inReplyTo());
        }
        for (int i = mail.references().size() - 1; i >= 0; i--) {
            if (!referred.contains(mail.references().get(i))) {
                referred.add(mail.references().get(i)); // newest first
            }
        }
        String root = !mail.references().isEmpty() ? mail.references().get(0)
                : mail.inReplyTo() != null ? mail.inReplyTo()
                : mail.messageId() != null ? mail.messageId() : "<" + inboundId + ">";
        return sent.byHeaders(session, workspaceId, referred).chain(ours -> {
            for (String id : referred) {
                for (SentMessage m : ours) {
                    if (id.equalsIgnoreCase(m.messageIdHeader)) {
                        String thread = m.threadId != null ? m.threadId : Ids.thread(workspaceId, root);
                        return Uni.createFrom().item(new Threading(thread, m));
                    }
                }
            }
            return earlierInbound(session, workspaceId, referred, 0)
                    .map(thread -> new Threading(thread != null ? thread : Ids.thread(workspaceId, root), null));
        });
    }

    private Uni<String> earlierInbound(Mutiny.Session session, String workspaceId, List<String> referred, int i) {
        if (i >= referred.size() || i >= 10) {
            return Uni.createFrom().nullItem();
        }
        return inbound.byMessageIdHeader(session, workspaceId, referred.get(i)).chain(found -> found != null
                ? Uni.createFrom().item(found.threadId)
                : earlierInbound(session, workspaceId, referred, i + 1));
    }

    /** The thread of an outbound message: its References root, or the thread of the inbound message it answers. */
    public Uni<String> forOutbound(Mutiny.Session session, String workspaceId, String ownHeader, String inReplyTo,
                                   List<String> references) {
        String root = references != null && !references.isEmpty() ? references.get(0)
                : inReplyTo != null ? inReplyTo : ownHeader;
        if (inReplyTo == null) {
            return Uni.createFrom().item(root == null ? null : Ids.thread(workspaceId, root));
        }
        return inbound.byMessageIdHeader(session, workspaceId, inReplyTo).chain((InboundMessage found) -> Uni.createFrom().item(
                found != null ? found.threadId : root == null ? null : Ids.thread(workspaceId, root)));
    }
}
