package dev.postern.send.service;

import dev.postern.send.client.CopyResult;
import dev.postern.send.client.Transport;
import dev.postern.send.config.SesSettings;
import dev.postern.send.domain.MailboxSimulator;
import dev.postern.send.domain.Message;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The feedback SES would give, produced on this machine: the mailbox simulator's addresses bounce,
 * complain or are delivered, and on a transport whose acceptance is final (the local sink) every
 * other accepted recipient is delivered. Applied through the same {@link FeedbackProcessor} as SES's
 * real notifications, so it is safe even where those arrive too.
 */
@ApplicationScoped
public class LocalFeedback {

    private final FeedbackProcessor feedback;
    private final Transport transport;
    private final boolean enabled;

    public LocalFeedback(FeedbackProcessor feedback, Transport transport, SesSettings ses,
                         @ConfigProperty(name = "postern.feedback.simulator") String simulator) {
        this.feedback = feedback;
        this.transport = transport;
        this.enabled = switch (simulator) {
            case "on" -> true;
            case "off" -> false;
            case "auto" -> transport.acceptanceIsDelivery() || ses.endpoint().isPresent();
            default -> throw new IllegalArgumentException("postern.feedback.simulator must be auto, on or off, got '" + simulator + "'");
        };
    }

    public boolean enabled() {
        return enabled;
    }

    public Uni<Void> afterTransmission(Message message, List<CopyResult> accepted) {
        if (!enabled || message.testMode() || accepted.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Feedback> reports = new ArrayList<>();
        List<String> delivered = new ArrayList<>();
        List<Feedback> afterDelivery = new ArrayList<>();
        String ws = message.workspaceId;
        for (CopyResult copy : accepted) {
            String to = copy.recipient();
            String provider = copy.providerMessageId();
            var scenario = MailboxSimulator.scenario(to);
            if (scenario.isEmpty()) {
                if (transport.acceptanceIsDelivery()) {
                    delivered.add(to);
                }
                continue;
            }
            switch (scenario.get()) {
                case SUCCESS, OOTO -> delivered.add(to);
                case BOUNCE -> reports.add(Feedback.bounced(ws, message.id, List.of(to), true,
                        "General: the recipient's mail server permanently rejected the message (mailbox simulator)",
                        "smtp; 550 5.1.1 user unknown", provider, null));
                case SUPPRESSIONLIST -> reports.add(Feedback.bounced(ws, message.id, List.of(to), true,
                        "OnAccountSuppressionList: the address is on the account-level suppression list (mailbox simulator)",
                        "Amazon SES did not send the message to this address because it is on the suppression list for your account.",
                        provider, null));
                case COMPLAINT -> {
                    delivered.add(to);
                    afterDelivery.add(Feedback.complained(ws, message.id, List.of(to),
                            "abuse: the recipient marked the message as spam (mailbox simulator)", provider, null));
                }
            }
        }
        List<Feedback> ordered = new ArrayList<>();
        if (!delivered.isEmpty()) {
            String response = accepted.size() == 1 ? accepted.get(0).response() : null;
            String provider = accepted.size() == 1 ? accepted.get(0).providerMessageId() : null;
            ordered.add(Feedback.delivered(ws, message.id, delivered, response, provider, null));
        }
        ordered.addAll(reports);
        ordered.addAll(afterDelivery);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Feedback f : ordered) {
            chain = chain.chain(() -> feedback.apply(f).replaceWithVoid());
        }
        return chain;
    }
}
