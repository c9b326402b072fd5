package dev.postern.send.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Provider feedback names a transmission, not a workspace. These two narrow security-definer
 * functions say whose message it is, and nothing else.
 */
@ApplicationScoped
public class FeedbackLookup {

    /** Where a message lives. */
    public record Located(String workspaceId, String messageId) {
    }

    public Uni<Located> byProviderMessageId(Mutiny.Session session, String providerMessageId) {
        return one(session, "select workspace_id, message_id from feedback_find_by_provider_id(:id)", providerMessageId);
    }

    public Uni<Located> byMessageId(Mutiny.Session session, String messageId) {
        return one(session, "select workspace_id, message_id from feedback_find_by_message_id(:id)", messageId);
    }

    private static Uni<Located> one(Mutiny.Session session, String sql, String id) {
        return session.createNativeQuery(sql, Object[].class)
                .setParameter("id", id)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : new Located((String) rows.get(0)[0], (String) rows.get(0)[1]));
    }
}
