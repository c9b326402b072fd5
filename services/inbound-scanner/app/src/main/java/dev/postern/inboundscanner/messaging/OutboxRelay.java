package dev.postern.inboundscanner.messaging;

import dev.postern.inboundscanner.repository.OutboxRepository;
import dev.postern.inboundscanner.repository.TenantTransactions;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in commit order, keyed by workspace id, and deletes them once the broker has
 * acknowledged them. A failure leaves the rows for the next pass: at least once; consumers dedupe on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final TenantTransactions transactions;
    private final OutboxRepository outbox;
    private final MutinyEmitter<String> emitter;

    public OutboxRelay(TenantTransactions transactions, OutboxRepository outbox, @Channel("outbox") MutinyEmitter<String> emitter) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.emitter = emitter;
    }

    @Scheduled(every = "${postern.outbox.poll-interval:0.2s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = StartedUp.class)
    Uni<Void> relay() {
        return transactions.platform(session -> outbox.claim(session, BATCH)
                        .chain(batch -> batch.isEmpty()
                                ? Uni.createFrom().item(0)
                                : publish(batch).chain(() -> outbox.delete(session, batch.stream().map(OutboxRepository.Pending::id).toList()))))
                .onFailure().invoke(e -> LOG.warnf("outbox relay pass failed, will retry: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> publish(List<OutboxRepository.Pending> batch) {
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(row -> emitter.sendMessage(Message.of(row.payload())
                                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                                        .withTopic(row.topic())
                                        .withKey(row.workspaceId())
                                        .build()))
                        .ifNoItem().after(SEND_TIMEOUT).fail())
                .collect().last()
                .replaceWithVoid();
    }
}
