package dev.postern.send.messaging;

import dev.postern.events.EventEnvelope;
import dev.postern.events.EventJson;
import dev.postern.events.EventType;
import dev.postern.events.Topics;
import dev.postern.events.payload.SendRequestedV1;
import dev.postern.send.service.Dispatcher;
import dev.postern.send.service.SendRequestCheck;
import dev.postern.send.service.SendRequestIntake;
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
 * Consumes {@code postern.send-requests.v1}. A record that is not a send request (not an event, key
 * not its workspace, another type, no usable message id) goes to {@code postern.send-requests.v1.dlq}
 * with the reason in headers and the partition moves on; a database failure is retried with backoff
 * before the record is dead-lettered. Nothing is dropped silently.
 */
@ApplicationScoped
public class SendRequestConsumer {

    private static final Logger LOG = Logger.getLogger(SendRequestConsumer.class);
    private static final int ATTEMPTS = 8;

    private final SendRequestIntake intake;
    private final Dispatcher dispatcher;

    public SendRequestConsumer(SendRequestIntake intake, Dispatcher dispatcher) {
        this.intake = intake;
        this.dispatcher = dispatcher;
    }

    @Incoming("send-requests")
    public Uni<Void> consume(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
        EventEnvelope event;
        SendRequestedV1 request;
        try {
            event = EventJson.read(message.getPayload());
            Object key = record == null ? null : record.getKey();
            if (!event.workspaceId().equals(key)) {
                throw new EventJson.MalformedEventException("record key " + (key == null ? "is missing" : "is not the event's workspace id"), null);
            }
            if (!EventType.MESSAGE_SEND_REQUESTED.wireName().equals(event.type())) {
                throw new EventJson.MalformedEventException("type " + event.type() + " is not " + EventType.MESSAGE_SEND_REQUESTED.wireName(), null);
            }
            request = event.dataAs(SendRequestedV1.class);
            if (request == null) {
                throw new EventJson.MalformedEventException("data is missing", null);
            }
            SendRequestCheck.problems(request);
        } catch (EventJson.MalformedEventException | SendRequestCheck.UnusableRequestException e) {
            LOG.warnf("dead-lettering record at %s: %s", position(record), e.getMessage());
            return deadLetter(message, record, e);
        }
        return intake.accept(event, request)
                .onFailure(e -> !(e instanceof SendRequestCheck.UnusableRequestException)).retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(ATTEMPTS - 1)
                .onItemOrFailure().transformToUni((outcome, failure) -> {
                    if (failure != null) {
                        LOG.errorf("send request %s (message %s) could not be recorded after %d attempts: %s", event.id(),
                                request.messageId(), ATTEMPTS, failure.toString());
                        return deadLetter(message, record, failure);
                    }
                    LOG.debugf("send request %s: message %s %s", event.id(), request.messageId(), outcome);
                    if (outcome == SendRequestIntake.Outcome.ACCEPTED && request.scheduledAt() == null) {
                        dispatcher.nudge();
                    }
                    return Uni.createFrom().completionStage(message::ack);
                });
    }

    private static Uni<Void> deadLetter(Message<String> message, IncomingKafkaRecordMetadata<?, ?> record, Throwable reason) {
        Object key = record == null ? null : record.getKey();
        Metadata dlq = Metadata.of(OutgoingKafkaRecordMetadata.builder()
                .withTopic(Topics.deadLetter(Topics.SEND_REQUESTS))
                .withKey(key)
                .build());
        return Uni.createFrom().completionStage(() -> message.nack(reason, dlq));
    }

    private static String position(IncomingKafkaRecordMetadata<?, ?> record) {
        return record == null ? Topics.SEND_REQUESTS : record.getTopic() + "-" + record.getPartition() + "@" + record.getOffset();
    }
}
