package dev.postern.send.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** The dispatcher's cross-tenant lease on due messages ({@code dispatch_claim}, security definer). */
@ApplicationScoped
public class DispatchRepository {

    /** A message due for transmission, leased to this dispatcher. */
    public record Due(String workspaceId, String messageId) {
    }

    public Uni<List<Due>> claim(Mutiny.Session session, int limit, Duration lease) {
        return session.createNativeQuery("select workspace_id, id from dispatch_claim(:n, :lease)", Object[].class)
                .setParameter("n", limit)
                .setParameter("lease", (int) lease.toSeconds())
                .getResultList()
                .map(rows -> rows.stream().map(r -> new Due((String) r[0], (String) r[1])).toList());
    }
}
