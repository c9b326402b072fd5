package dev.postern.inboundscanner.rest;

import dev.postern.auth.SnsSignature;
import dev.postern.inboundscanner.client.CircuitBreaker;
import dev.postern.inboundscanner.client.SnsCertificates;
import dev.postern.inboundscanner.config.SesSettings;
import dev.postern.inboundscanner.service.SesReceipts;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The SNS HTTPS subscription of the SES receipt rule (production reception). Nothing in a delivery is believed
 * before its signature verifies and its topic is the configured one; then a subscription is confirmed, or the
 * received message goes through the same pipeline as SMTP. A temporary failure answers 503 so SNS retries.
 */
@Path("/ses/inbound")
public class SesReceiptResource {

    private static final Logger LOG = Logger.getLogger(SesReceiptResource.class);

    private final SesSettings settings;
    private final SnsCertificates certificates;
    private final SesReceipts receipts;

    public SesReceiptResource(SesSettings settings, SnsCertificates certificates, SesReceipts receipts) {
        this.settings = settings;
        this.certificates = certificates;
        this.receipts = receipts;
    }

    public record Received(String object, List<String> inboundIds) {
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    public Response notify(String body) {
        SnsSignature.Message message;
        try {
            message = SnsSignature.parse(body);
            if (settings.receiptTopicArn().isEmpty() || !settings.receiptTopicArn().get().equals(message.topicArn())) {
                throw new InternalApiException(403, "sns-topic-refused", "Notifications from this topic are not accepted.");
            }
            SnsSignature.verify(message, certificates.certificate(message.signingCertUrl()));
        } catch (SnsSignature.Invalid e) {
            LOG.warnf("SNS delivery refused: %s", e.getMessage());
            throw new InternalApiException(403, "sns-signature-invalid", "The SNS signature does not verify: " + e.getMessage());
        } catch (CircuitBreaker.OpenException | IllegalStateException e) {
            throw new InternalApiException(503, "dependency-unavailable", "The SNS signing certificate cannot be fetched now.");
        }
        try {
            if (!message.isNotification()) {
                if (SnsSignature.SUBSCRIPTION_CONFIRMATION.equals(message.type())) {
                    certificates.confirm(message.subscribeUrl());
                    LOG.info("SNS subscription confirmed");
                }
                return Response.ok(new Received("sns_confirmation", List.of())).build();
            }
            List<String> ids = receipts.receive(message.message());
            return Response.ok(new Received("ses_receipt", ids)).build();
        } catch (SesReceipts.NotAReceipt e) {
            throw new InternalApiException(422, "not-an-ses-receipt", e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf("SES receipt not accepted, SNS will retry: %s", e.getClass().getSimpleName());
            throw new InternalApiException(503, "dependency-unavailable", "The message could not be stored now; retry.");
        }
    }
}
