package dev.postern.gateway.rest;

import dev.postern.auth.UnsubscribeToken;
import dev.postern.gateway.client.SendClient;
import dev.postern.gateway.client.SendRelay;
import dev.postern.gateway.config.InternalSettings;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * RFC 8058 one-click unsubscribe, behind every message's {@code List-Unsubscribe} header. Public:
 * the token (docs/contracts/send.md) is the credential, and names the workspace, the message and
 * the recipient. {@code GET} only shows a confirmation page — link scanners fetch links, and must
 * not unsubscribe anyone; {@code POST} (what mail clients send, with
 * {@code List-Unsubscribe=One-Click}) suppresses the recipient for that workspace.
 */
@Path("/unsubscribe/{token}")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {

    private static final Logger LOG = Logger.getLogger(UnsubscribeResource.class);

    private final InternalSettings internal;
    private final SendRelay relay;
    private final SendClient send;
    private final ResponseBodies bodies;

    public UnsubscribeResource(InternalSettings internal, SendRelay relay, @RestClient SendClient send, ResponseBodies bodies) {
        this.internal = internal;
        this.relay = relay;
        this.send = send;
        this.bodies = bodies;
    }

    @GET
    public Response confirm(@PathParam("token") String token) {
        Optional<UnsubscribeToken.Claims> claims = UnsubscribeToken.verify(internal.secret(), token);
        if (claims.isEmpty()) {
            return invalid();
        }
        return page(200, "Unsubscribe", "<p>Stop mail to <strong>" + escape(masked(claims.get().address()))
                + "</strong> from this sender?</p><form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" "
                + "value=\"One-Click\"><button type=\"submit\">Unsubscribe</button></form>");
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> unsubscribe(@PathParam("token") String token) {
        Optional<UnsubscribeToken.Claims> verified = UnsubscribeToken.verify(internal.secret(), token);
        if (verified.isEmpty()) {
            return Uni.createFrom().item(invalid());
        }
        UnsubscribeToken.Claims c = verified.get();
        String body = bodies.write(Map.of("address", c.address(), "reason", "unsubscribe", "source_message_id", c.messageId()));
        return relay.call(c.workspaceId(), t -> send.addSuppression(c.workspaceId(), t, body))
                .map(answer -> {
                    if (!answer.ok()) {
                        LOG.errorf("send refused the unsubscribe for message %s of workspace %s: %d", c.messageId(),
                                c.workspaceId(), answer.status());
                        return unavailable();
                    }
                    LOG.infof("one-click unsubscribe recorded for message %s of workspace %s", c.messageId(), c.workspaceId());
                    return page(200, "Unsubscribed", "<p><strong>" + escape(masked(c.address()))
                            + "</strong> will get no more mail from this sender.</p>");
                })
                .onFailure(ProblemException.class).recoverWithItem(e -> unavailable());
    }

    private static Response invalid() {
        return page(404, "Link not valid", "<p>This unsubscribe link is not valid. Use the link from the message itself.</p>");
    }

    private static Response unavailable() {
        Response r = page(503, "Try again shortly", "<p>We could not record your request just now. Please try again in a minute.</p>");
        return Response.fromResponse(r).header("Retry-After", "60").build();
    }

    /** {@code a***@example.com}: enough for the reader to recognise, not enough to harvest. */
    static String masked(String address) {
        int at = address.lastIndexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    private static Response page(int status, String title, String content) {
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta name=\"viewport\" content=\"width=device-width\"><meta name=\"robots\" content=\"noindex\"></head>"
                + "<body style=\"font-family:sans-serif;max-width:32em;margin:4em auto\"><h1>" + title + "</h1>" + content
                + "</body></html>";
        return Response.status(status).type(MediaType.TEXT_HTML + ";charset=utf-8").entity(html)
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
