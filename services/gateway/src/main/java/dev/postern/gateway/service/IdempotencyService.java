package dev.postern.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.auth.WorkspaceContext;
import dev.postern.gateway.repository.ConstraintViolations;
import dev.postern.gateway.repository.IdempotencyRepository;
import dev.postern.gateway.repository.TenantTransactions;
import dev.postern.gateway.rest.Problem;
import dev.postern.gateway.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * {@code Idempotency-Key} on the POSTs that create. The key is claimed in the very transaction that
 * does the work, and bound there to the response: either everything (the change, its events, the
 * record) commits or nothing does. A retry with the same key and the same request within 24 hours
 * gets the first response again, byte for byte, and changes nothing; the same key with another
 * request is refused. Only successful responses are kept: a refused request leaves the key unused,
 * so the caller can correct the request and retry with the same key.
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    public static final Duration TTL = Duration.ofHours(24);
    /** How long a duplicate waits for a concurrent first request before it is told to retry. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(5);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotencyRepository records;
    private final TenantTransactions transactions;

    public IdempotencyService(IdempotencyRepository records, TenantTransactions transactions) {
        this.records = records;
        this.transactions = transactions;
    }

    /**
     * Runs {@code work} in one transaction of the caller's workspace, bound to {@code key} when there
     * is one. {@code path} and {@code body} identify the request the key stands for. {@code created}
     * learns the id of what the response describes, first time or replayed (for the audit row).
     */
    public Uni<Response> execute(WorkspaceContext caller, String key, String method, String path, JsonNode body,
                                 Function<Mutiny.Session, Uni<StoredResponse>> work, Consumer<String> created) {
        String ws = caller.workspaceId();
        if (key == null) {
            return transactions.inWorkspace(ws, work).invoke(r -> created.accept(r.resourceId())).map(r -> r.toResponse(false));
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1-255 printable ASCII characters without spaces (a UUID is a good key)");
        }
        String mode = caller.mode().wireName();
        String hash = CanonicalJson.requestHash(method, path, body);
        return transactions.inWorkspace(ws, session -> records.claim(session, ws, mode, key, hash, TTL, LOCK_WAIT)
                        .chain(claimed -> claimed
                                ? work.apply(session).call(r -> records.complete(session, ws, mode, key, r.status(),
                                        r.contentType(), r.body(), r.resourceId())).invoke(r -> created.accept(r.resourceId()))
                                        .map(r -> r.toResponse(false))
                                : records.find(session, ws, mode, key).map(existing -> replay(existing.orElse(null), hash, created))))
                .onFailure(ConstraintViolations::lockTimeout).transform(e -> inProgress());
    }

    private static Response replay(IdempotencyRepository.Existing existing, String hash, Consumer<String> created) {
        if (existing == null || existing.statusCode() == null) {
            throw inProgress();
        }
        if (!existing.requestHash().equals(hash)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was used in the last 24 hours for a different request (another path or body). "
                            + "Use a new key for a new request.",
                    List.of(new Problem.FieldError(HEADER, "was used for a different request")),
                    Map.of());
        }
        created.accept(existing.resourceId());
        return new StoredResponse(existing.statusCode(), existing.contentType(), existing.responseBody(), existing.resourceId())
                .toResponse(true);
    }

    private static ProblemException inProgress() {
        return new ProblemException(409, "idempotency-key-in-progress", "Conflict",
                "A request with this Idempotency-Key is still being processed; retry in a moment to get its response.",
                List.of(), Map.of("Retry-After", "1"));
    }
}
