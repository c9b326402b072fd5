package dev.postern.audit.messaging;

import dev.postern.audit.service.AuditRecorder;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventJson;
import dev.postern.events.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Consumes every event topic. A record that is not a valid event (or whose key is not its
 * workspace) goes to {@code <topic>.dlq} with the reason in headers and the partition moves on; a
 * database failure is retried with backoff before the record is dead-lettered, so nothing is
 * dropped silently.
 */
@ApplicationScoped
public class AuditEventConsumer {

    private static final Logger LOG = Logger.getLogger(AuditEventConsumer.class);
    private static final int ATTEMPTS = 8;

    private final AuditRecorder recorder;

    public AuditEventConsumer(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @Incoming("events")
    public Uni<Void> consume(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
        String topic = record == null ? Topics.AUDIT : record.getTopic();
        EventEnvelope event;
        try {
            event = EventJson.read(message.getPayload());
            Object key = record == null ? null : record.getKey();
            if (!event.workspaceId().equals(key)) {
                throw new EventJson.MalformedEventException("record key " + (key == null ? "is missing" : "is not the event's workspace id"), null);
            }
        } catch (EventJson.MalformedEventException e) {
            LOG.warnf("dead-lettering record at %s-%s@%s: %s", topic, partition(record), offset(record), e.getMessage());
            return deadLetter(message, topic, record, e);
        }
        return recorder.record(event)
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(ATTEMPTS - 1)
                .onItemOrFailure().transformToUni((written, failure) -> {
                    if (failure != null) {
                        LOG.errorf("event %s could not be recorded after %d attempts: %s", event.id(), ATTEMPTS, failure.toString());
                        return deadLetter(message, topic, record, failure);
                    }
                    if (!written) {
                        LOG.debugf("event %s already recorded", event.id());
                    }
                    return Uni.createFrom().completionStage(message::ack);
                });
    }

    private static Uni<Void> deadLetter(Message<String> message, String topic, IncomingKafkaRecordMetadata<?, ?> record, Throwable reason) {
        Object key = record == null ? null : record.getKey();
        Metadata dlq = Metadata.of(OutgoingKafkaRecordMetadata.builder()
                .withTopic(Topics.deadLetter(topic))
                .withKey(key)
                .build());
        return Uni.createFrom().completionStage(() -> message.nack(reason, dlq));
    }

    private static Object partition(IncomingKafkaRecordMetadata<?, ?> record) {
        return record == null ? "?" : record.getPartition();
    }

    private static Object offset(IncomingKafkaRecordMetadata<?, ?> record) {
        return record == null ? "?" : record.getOffset();
    }
}
