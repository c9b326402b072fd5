package dev.postern.audit.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.audit.config.InternalSettings;
import dev.postern.audit.domain.AuditChain;
import dev.postern.audit.repository.AuditLogRepository;
import dev.postern.audit.repository.TenantTransactions;
import dev.postern.audit.service.ChainVerifier;
import dev.postern.auth.InternalToken;
import dev.postern.events.Category;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The audit log read API, for the gateway only: every call carries an internal token bound to the
 * one workspace it reads.
 */
@Path("/internal/v1/workspaces/{workspaceId}/logs")
@Produces(MediaType.APPLICATION_JSON)
public class InternalLogsResource {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    private static final String CURSOR_PREFIX = "seq:";

    private final TenantTransactions transactions;
    private final AuditLogRepository log;
    private final ChainVerifier verifier;
    private final InternalSettings internal;
    private final ObjectMapper json;

    public InternalLogsResource(TenantTransactions transactions, AuditLogRepository log, ChainVerifier verifier,
                                InternalSettings internal, ObjectMapper json) {
        this.transactions = transactions;
        this.log = log;
        this.verifier = verifier;
        this.internal = internal;
        this.json = json;
    }

    public record LogPage(String object, List<AuditLogView> data, boolean hasMore, String nextCursor) {
    }

    public record VerificationView(String object, String workspaceId, boolean valid, long rows, long headSeq,
                                   String headHash, Long firstInvalidSeq, String reason) {
    }

    @GET
    public Uni<LogPage> list(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token,
                             @QueryParam("category") String category, @QueryParam("action") String action,
                             @QueryParam("since") String since, @QueryParam("until") String until,
                             @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        authorize(token, workspaceId);
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        if (category != null && Arrays.stream(Category.values()).noneMatch(c -> c.wireName().equals(category))) {
            throw invalid("category must be one of " + Arrays.stream(Category.values()).map(Category::wireName).toList());
        }
        if (action != null && (action.isBlank() || action.length() > 100)) {
            throw invalid("action must be 1 to 100 characters");
        }
        AuditLogRepository.Filter filter = new AuditLogRepository.Filter(category, action, instant("since", since),
                instant("until", until), decodeCursor(cursor));
        return transactions.inWorkspace(workspaceId, session -> log.find(session, workspaceId, filter, size + 1))
                .map(rows -> {
                    boolean more = rows.size() > size;
                    List<AuditLogView> page = rows.stream().limit(size).map(r -> AuditLogView.of(r, json)).toList();
                    String next = more ? encodeCursor(page.get(page.size() - 1).seq()) : null;
                    return new LogPage("list", page, more, next);
                });
    }

    @GET
    @Path("verify")
    public Uni<VerificationView> verify(@PathParam("workspaceId") String workspaceId, @HeaderParam(InternalToken.HEADER) String token) {
        authorize(token, workspaceId);
        return verifier.verify(workspaceId).map(v -> view(workspaceId, v));
    }

    private static VerificationView view(String workspaceId, AuditChain.Verification v) {
        return new VerificationView("audit_verification", workspaceId, v.valid(), v.rows(), v.headSeq(), v.headHash(),
                v.firstInvalidSeq(), v.reason());
    }

    private void authorize(String token, String workspaceId) {
        InternalToken.verify(internal.secret(), token, Instant.now())
                .filter(claims -> claims.allowsWorkspace(workspaceId))
                .orElseThrow(() -> new InternalApiException(401, "invalid-internal-token",
                        "A valid internal token for this workspace is required."));
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name + " must be an ISO-8601 instant such as 2026-11-23T10:00:00Z");
        }
    }

    private static Long decodeCursor(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                long seq = Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
                if (seq > 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw invalid("cursor is not a cursor this API returned");
    }

    private static String encodeCursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static InternalApiException invalid(String detail) {
        return new InternalApiException(400, "invalid-query", detail);
    }
}
