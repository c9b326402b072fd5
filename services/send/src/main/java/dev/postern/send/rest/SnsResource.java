package dev.postern.send.rest;

import dev.postern.auth.SnsSignature;
import dev.postern.send.service.sns.SnsFeedbackHandler;
import dev.postern.send.service.sns.SnsRejection;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * SES feedback from SNS (an HTTP(S) subscription; exposed through the ingress). SNS posts JSON as
 * text/plain. Nothing in a delivery is acted on before its signature is verified.
 */
@Path("/sns/ses")
public class SnsResource {

    private static final Logger LOG = Logger.getLogger(SnsResource.class);

    private final SnsFeedbackHandler handler;

    public SnsResource(SnsFeedbackHandler handler) {
        this.handler = handler;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, String>> receive(String body) {
        try {
            return handler.handle(body)
                    .map(outcome -> Map.of("result", outcome.name().toLowerCase(java.util.Locale.ROOT)))
                    .onFailure(SnsRejection.class).transform(e -> refusal((SnsRejection) e));
        } catch (SnsSignature.Invalid e) {
            throw new ApiProblem(400, "invalid-sns-message", "Not an SNS message", e.getMessage(), List.of());
        }
    }

    private static ApiProblem refusal(SnsRejection e) {
        LOG.warnf("SNS delivery refused (%s): %s", e.kind(), e.getMessage());
        return switch (e.kind()) {
            case NOT_AUTHENTIC -> new ApiProblem(403, "sns-signature-invalid", "Forbidden", e.getMessage(), List.of());
            case WRONG_TOPIC -> new ApiProblem(403, "sns-topic-not-accepted", "Forbidden", e.getMessage(), List.of());
            case CERTIFICATE_UNAVAILABLE -> new ApiProblem(503, "dependency-unavailable", "Service unavailable", e.getMessage(), List.of());
        };
    }
}
