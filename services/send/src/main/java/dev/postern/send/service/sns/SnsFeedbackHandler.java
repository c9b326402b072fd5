package dev.postern.send.service.sns;

import dev.postern.auth.SnsSignature;
import dev.postern.send.client.SnsFetcher;
import dev.postern.send.config.SnsSettings;
import dev.postern.send.repository.FeedbackLookup;
import dev.postern.send.repository.TenantTransactions;
import dev.postern.send.service.FeedbackProcessor;
import dev.postern.send.service.VertxContexts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Handles one SNS delivery: the signature first, then the topic, then the content. Subscription
 * confirmations are confirmed by fetching their SubscribeURL (same host rule); SES notifications
 * become feedback on the message they name, deduplicated on the SNS message id.
 */
@ApplicationScoped
public class SnsFeedbackHandler {

    private static final Logger LOG = Logger.getLogger(SnsFeedbackHandler.class);

    /** What was done with a delivery. */
    public enum Outcome { CONFIRMED, APPLIED, IGNORED }

    private final SnsSignatureVerifier verifier;
    private final SnsFetcher fetcher;
    private final Optional<String> topicArn;
    private final TenantTransactions transactions;
    private final FeedbackLookup lookup;
    private final FeedbackProcessor feedback;

    public SnsFeedbackHandler(SnsSignatureVerifier verifier, SnsFetcher fetcher, SnsSettings settings,
                              TenantTransactions transactions, FeedbackLookup lookup, FeedbackProcessor feedback) {
        this.verifier = verifier;
        this.fetcher = fetcher;
        this.topicArn = settings.topicArn().filter(t -> !t.isBlank());
        this.transactions = transactions;
        this.lookup = lookup;
        this.feedback = feedback;
    }

    /** Throws {@link SnsSignature.Invalid} for a body that is not an SNS message; fails with {@link SnsRejection}. */
    public Uni<Outcome> handle(String body) {
        SnsSignature.Message message = SnsSignature.parse(body);
        Executor back = VertxContexts.current();
        return verifier.verify(message).emitOn(back).chain(() -> {
            if (topicArn.isEmpty() || !topicArn.get().equals(message.topicArn())) {
                return Uni.createFrom().failure(new SnsRejection(SnsRejection.Kind.WRONG_TOPIC,
                        "notifications from this topic are not accepted"));
            }
            return switch (message.type()) {
                case SnsSignature.SUBSCRIPTION_CONFIRMATION -> confirm(message);
                case SnsSignature.NOTIFICATION -> notification(message);
                default -> {
                    LOG.infof("SNS unsubscribe confirmation %s for the feedback topic", message.messageId());
                    yield Uni.createFrom().item(Outcome.IGNORED);
                }
            };
        });
    }

    private Uni<Outcome> confirm(SnsSignature.Message message) {
        if (!SnsSignature.isSnsUrl(message.subscribeUrl())) {
            return Uni.createFrom().failure(new SnsRejection(SnsRejection.Kind.NOT_AUTHENTIC, "SubscribeURL is not an SNS URL"));
        }
        return fetcher.get(URI.create(message.subscribeUrl()))
                .onFailure().transform(e -> new SnsRejection(SnsRejection.Kind.CERTIFICATE_UNAVAILABLE,
                        "the subscription could not be confirmed: " + e.getMessage()))
                .invoke(() -> LOG.infof("SNS subscription to the feedback topic confirmed (message %s)", message.messageId()))
                .replaceWith(Outcome.CONFIRMED);
    }

    private Uni<Outcome> notification(SnsSignature.Message message) {
        Optional<SesNotification> parsed;
        try {
            parsed = SesNotification.parse(message.message());
        } catch (SesNotification.Malformed e) {
            LOG.warnf("SNS notification %s is authentic but not an SES notification (%s): acknowledged", message.messageId(), e.getMessage());
            return Uni.createFrom().item(Outcome.IGNORED);
        }
        if (parsed.isEmpty()) {
            return Uni.createFrom().item(Outcome.IGNORED);
        }
        SesNotification n = parsed.get();
        return transactions.platform(session -> lookup.byProviderMessageId(session, n.providerMessageId())
                        .chain(found -> found != null || n.messageIdHint() == null
                                ? Uni.createFrom().item(found)
                                : lookup.byMessageId(session, n.messageIdHint())))
                .chain(located -> {
                    if (located == null) {
                        LOG.warnf("SES %s for unknown SES message %s: acknowledged", n.outcome().wireName(), n.providerMessageId());
                        return Uni.createFrom().item(Outcome.IGNORED);
                    }
                    return feedback.apply(n.toFeedback(located.workspaceId(), located.messageId(), "sns:" + message.messageId()))
                            .replaceWith(Outcome.APPLIED);
                });
    }
}
