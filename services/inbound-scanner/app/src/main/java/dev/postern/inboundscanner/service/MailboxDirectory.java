package dev.postern.inboundscanner.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.auth.InternalToken;
import dev.postern.inboundscanner.client.CircuitBreaker;
import dev.postern.inboundscanner.config.InternalSettings;
import dev.postern.inboundscanner.repository.DirectoryRepository;
import dev.postern.inboundscanner.repository.TenantTransactions;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who owns an address. First the directory this service projects from {@code postern.workspace.v1}; for an address
 * it does not know, the gateway, which owns the agents: the projection lags a new agent by the outbox relay and the
 * consumer (a few seconds), and a sender's MTA does not retry a 550, so mail sent right after an agent is created
 * would otherwise be lost. Only the answer is used, the projection is not written: its consumer applies the agent's
 * events in order and may already know more. The gateway call has its own timeout and a circuit breaker; when it
 * cannot answer, the lookup fails and the caller defers the mail (SMTP 451, SNS redelivery) rather than refuse it.
 * Without {@code postern.gateway.url} only the projection is asked.
 */
@ApplicationScoped
public class MailboxDirectory {

    static final String CALLER = "inbound-scanner";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration MAX_CALL = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TenantTransactions transactions;
    private final DirectoryRepository directory;
    private final Vertx vertx;
    private final InternalSettings internal;
    private final Optional<URI> gateway;
    private final HttpClient http;
    private final CircuitBreaker breaker = new CircuitBreaker("gateway", 5, Duration.ofSeconds(15), Clock.systemUTC());

    public MailboxDirectory(TenantTransactions transactions, DirectoryRepository directory, Vertx vertx,
                            InternalSettings internal, @ConfigProperty(name = "postern.gateway.url") Optional<String> gatewayUrl) {
        this.transactions = transactions;
        this.directory = directory;
        this.vertx = vertx;
        this.internal = internal;
        this.gateway = gatewayUrl.filter(url -> !url.isBlank()).map(url -> URI.create(url.endsWith("/") ? url : url + "/"));
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The mailbox for a lower-cased address, archived ones included; empty when nobody owns it. */
    public Optional<DirectoryRepository.Mailbox> find(String address, Duration timeout) {
        Optional<DirectoryRepository.Mailbox> projected = VertxContexts.onNewContext(vertx,
                () -> transactions.platform(s -> directory.findByAddress(s, address))).await().atMost(timeout);
        if (projected.isPresent() || gateway.isEmpty()) {
            return projected;
        }
        return breaker.call(() -> askGateway(address, timeout.compareTo(MAX_CALL) < 0 ? timeout : MAX_CALL));
    }

    private Optional<DirectoryRepository.Mailbox> askGateway(String address, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(gateway.get().resolve(
                        "internal/v1/mailboxes/" + URLEncoder.encode(address, StandardCharsets.UTF_8)))
                .timeout(timeout)
                .header(InternalToken.HEADER, InternalToken.issue(internal.secret(), CALLER, InternalToken.ANY_WORKSPACE,
                        Duration.ofMinutes(1)))
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("gateway mailbox lookup failed: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the gateway mailbox lookup", e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("gateway mailbox lookup answered " + response.statusCode());
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            String agentId = body.path("agent_id").asText("");
            String workspaceId = body.path("workspace_id").asText("");
            String status = body.path("status").asText("");
            if (agentId.isEmpty() || workspaceId.isEmpty() || status.isEmpty()) {
                throw new IllegalStateException("gateway mailbox lookup answered without agent, workspace or status");
            }
            return Optional.of(new DirectoryRepository.Mailbox(agentId, workspaceId, status));
        } catch (IOException e) {
            throw new IllegalStateException("gateway mailbox lookup answered something that is not JSON", e);
        }
    }
}
