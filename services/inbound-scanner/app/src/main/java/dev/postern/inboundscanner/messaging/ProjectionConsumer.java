package dev.postern.inboundscanner.messaging;

import dev.postern.events.EventEnvelope;
import dev.postern.events.EventJson;
import dev.postern.events.Topics;
import dev.postern.inboundscanner.service.Projections;
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
 * Reads postern.workspace.v1 (agents) and postern.send-requests.v1 / postern.messages.v1 (our outbound messages)
 * into the projections. A record that is not an event, or whose key is not its workspace, or whose data does not fit
 * its type, goes to {@code <topic>.dlq} with the reason; a database failure is retried with backoff first.
 */
@ApplicationScoped
public class ProjectionConsumer {

    private static final Logger LOG = Logger.getLogger(ProjectionConsumer.class);
    private static final int ATTEMPTS = 8;

    private final Projections projections;

    public ProjectionConsumer(Projections projections) {
        this.projections = projections;
    }

    @Incoming("workspace")
    public Uni<Void> workspace(Message<String> message) {
        return consume(message);
    }

    @Incoming("sends")
    public Uni<Void> sends(Message<String> message) {
        return consume(message);
    }

    private Uni<Void> consume(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
        String topic = record == null ? Topics.WORKSPACE : record.getTopic();
        EventEnvelope event;
        try {
            event = EventJson.read(message.getPayload());
            Object key = record == null ? null : record.getKey();
            if (!event.workspaceId().equals(key)) {
                throw new EventJson.MalformedEventException("record key is not the event's workspace id", null);
            }
        } catch (EventJson.MalformedEventException e) {
            LOG.warnf("dead-lettering record at %s: %s", topic, e.getMessage());
            return deadLetter(message, topic, record, e);
        }
        if (!Projections.projects(event.type())) {
            return Uni.createFrom().completionStage(message::ack);
        }
        return projections.apply(event)
                .onFailure(EventJson.MalformedEventException.class).recoverWithUni(e -> Uni.createFrom().failure(new Poison(e)))
                .onFailure(f -> !(f instanceof Poison)).retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(ATTEMPTS - 1)
                .onItemOrFailure().transformToUni((applied, failure) -> {
                    if (failure != null) {
                        LOG.errorf("event %s could not be applied: %s", event.id(), failure.toString());
                        return deadLetter(message, topic, record, failure);
                    }
                    return Uni.createFrom().completionStage(message::ack);
                });
    }

    /** Data that does not fit its type: retrying cannot help. */
    private static final class Poison extends RuntimeException {
        Poison(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private static Uni<Void> deadLetter(Message<String> message, String topic, IncomingKafkaRecordMetadata<?, ?> record, Throwable reason) {
        Metadata dlq = Metadata.of(OutgoingKafkaRecordMetadata.builder()
                .withTopic(Topics.deadLetter(topic))
                .withKey(record == null ? null : record.getKey())
                .build());
        return Uni.createFrom().completionStage(() -> message.nack(reason, dlq));
    }
}
