package dev.postern.send.service;

import dev.postern.send.client.CopyResult;
import dev.postern.send.client.OutboundCopy;
import dev.postern.send.client.Transport;
import dev.postern.send.config.DispatchSettings;
import dev.postern.send.domain.Message;
import dev.postern.send.domain.MessageStatus;
import dev.postern.send.domain.Recipient;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Transmits one leased message: reads it, composes a copy per recipient still queued, hands them to
 * the transport (or, in test mode, to nobody), records the outcome and lets local feedback follow.
 * Delivery to the transport is at least once: a dispatcher that dies after transmitting and before
 * recording leaves the lease to run out, and the copies are transmitted again.
 */
@ApplicationScoped
public class MessageTransmitter {

    private static final Logger LOG = Logger.getLogger(MessageTransmitter.class);
    private static final String TEST_MODE = "test mode: not transmitted";

    private final OutboundCopies copies;
    private final Transport transport;
    private final TransmissionRecorder recorder;
    private final LocalFeedback localFeedback;
    private final DispatchSettings settings;
    private final MeterRegistry metrics;

    public MessageTransmitter(OutboundCopies copies, Transport transport, TransmissionRecorder recorder,
                              LocalFeedback localFeedback, DispatchSettings settings, MeterRegistry metrics) {
        this.copies = copies;
        this.transport = transport;
        this.recorder = recorder;
        this.localFeedback = localFeedback;
        this.settings = settings;
        this.metrics = metrics;
    }

    public Uni<Void> transmit(String ws, String messageId) {
        Executor back = VertxContexts.current();
        return recorder.load(ws, messageId)
                .chain(loaded -> {
                    if (loaded == null) {
                        return Uni.createFrom().voidItem();
                    }
                    Message message = loaded.message();
                    List<Recipient> pending = loaded.recipients().stream()
                            .filter(r -> r.statusValue() == MessageStatus.QUEUED).toList();
                    if (pending.isEmpty() || !(message.statusValue().isPending() || message.statusValue().wasTransmitted())) {
                        return recorder.release(ws, messageId);
                    }
                    return send(message, loaded.recipients(), pending)
                            .emitOn(back)
                            .chain(results -> recorder.record(ws, messageId, results, retryPolicy()))
                            .invoke(accepted -> count(message, accepted.size()))
                            .chain(accepted -> localFeedback.afterTransmission(message, accepted));
                });
    }

    private Uni<List<CopyResult>> send(Message message, List<Recipient> all, List<Recipient> pending) {
        List<OutboundCopy> outbound;
        try {
            outbound = copies.of(message, all, pending, Instant.now());
        } catch (MimeComposer.CompositionException e) {
            LOG.warnf("message %s cannot be composed: %s", message.id, e.getMessage());
            return Uni.createFrom().item(pending.stream().map(r -> CopyResult.rejected(r.address, e.getMessage())).toList());
        }
        if (message.testMode()) {
            return Uni.createFrom().item(outbound.stream().map(c -> CopyResult.accepted(c.recipient(), null, TEST_MODE)).toList());
        }
        Instant deadline = Instant.now().plus(settings.lease().dividedBy(2));
        return transport.transmit(outbound, deadline);
    }

    private RetryPolicy retryPolicy() {
        return new RetryPolicy(settings.retryInitial(), settings.retryMax(), settings.maxAttempts());
    }

    private void count(Message message, int accepted) {
        if (accepted > 0) {
            metrics.counter("postern.send.copies.accepted", "transport", message.testMode() ? "test" : transport.name())
                    .increment(accepted);
        }
    }
}
