package dev.postern.webhooks.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postern.auth.InternalToken;
import dev.postern.webhooks.config.InternalSettings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The content of a delivered inbound message, for its public event: the inbound events on Kafka carry
 * metadata only (mail content never lands in a topic or the audit log), while the webhook a customer
 * receives carries the message as the pipeline left it: the extracted text, the reply without its
 * quoted history, and the spotlighted text to put in a prompt. Read from the inbound-scanner; when it
 * cannot answer (down, breaker open, message erased) the event goes out with metadata only and says
 * so ({@code content_available: false}); the agent can read it later from {@code /api/v1/inbound/{id}}.
 */
@ApplicationScoped
public class MessageContent {

    private static final Logger LOG = Logger.getLogger(MessageContent.class);
    private static final Duration TOKEN_TTL = Duration.ofSeconds(30);
    private static final Duration DEADLINE = Duration.ofSeconds(8);
    private static final List<String> FIELDS = List.of("from_name", "text", "reply_text", "spotlighted_text");

    private final InboundClient inbound;
    private final InternalSettings internal;
    private final ObjectMapper json;
    private final CircuitBreaker breaker = new CircuitBreaker("inbound-scanner", 5, Duration.ofSeconds(15), Clock.systemUTC());

    public MessageContent(@RestClient InboundClient inbound, InternalSettings internal, ObjectMapper json) {
        this.inbound = inbound;
        this.internal = internal;
        this.json = json;
    }

    /** {@code {from_name, text, reply_text, spotlighted_text}}, or empty when it cannot be had now. Never fails. */
    public Uni<Optional<ObjectNode>> of(String workspaceId, String inboundId) {
        String token = InternalToken.issue(internal.secret(), "webhooks", workspaceId, TOKEN_TTL);
        return breaker.call(() -> inbound.message(workspaceId, inboundId, token).ifNoItem().after(DEADLINE).fail())
                .map(r -> {
                    if (r.getStatus() != 200) {
                        LOG.infof("content of %s not available (HTTP %d)", inboundId, r.getStatus());
                        return Optional.<ObjectNode>empty();
                    }
                    return content(r.readEntity(String.class));
                })
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("content of %s not available: %s", inboundId, e.toString());
                    return Optional.empty();
                });
    }

    private Optional<ObjectNode> content(String body) {
        try {
            JsonNode detail = json.readTree(body);
            if (detail.path("content_withheld").asBoolean(false)) {
                return Optional.empty();
            }
            ObjectNode content = json.createObjectNode();
            for (String field : FIELDS) {
                JsonNode value = detail.get(field);
                content.set(field, value == null ? json.nullNode() : value);
            }
            return Optional.of(content);
        } catch (Exception e) {
            LOG.warnf("inbound message detail is not JSON: %s", e.toString());
            return Optional.empty();
        }
    }
}
