package dev.postern.webhooks.messaging;

import dev.postern.events.EventEnvelope;
import dev.postern.events.EventJson;
import dev.postern.events.Topics;
import dev.postern.webhooks.client.EndpointDirectory;
import dev.postern.webhooks.service.EventLogAppender;
import dev.postern.webhooks.service.FanOut;
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
 * Reads the inbound, messages, reputation and workspace topics. An event with a public counterpart
 * is appended to its workspace's event log (once, whatever the replays); a {@code webhook_endpoint.*}
 * event also drops the workspace's cached endpoints. A record that is not a valid event, or whose
 * key is not its workspace, goes to {@code <topic>.dlq} with the reason in headers; a database
 * failure is retried with backoff before the record is dead-lettered. Nothing is dropped silently.
 */
@ApplicationScoped
public class PublicEventConsumer {

    private static final Logger LOG = Logger.getLogger(PublicEventConsumer.class);
    private static final int ATTEMPTS = 8;
    private static final String ENDPOINT_EVENT_PREFIX = "webhook_endpoint.";

    private final EventLogAppender appender;
    private final EndpointDirectory directory;
    private final FanOut fanOut;

    public PublicEventConsumer(EventLogAppender appender, EndpointDirectory directory, FanOut fanOut) {
        this.appender = appender;
        this.directory = directory;
        this.fanOut = fanOut;
    }

    @Incoming("events")
    public Uni<Void> consume(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
        String topic = record == null ? Topics.WORKSPACE : record.getTopic();
        EventEnvelope event;
        try {
            event = EventJson.read(message.getPayload());
            Object key = record == null ? null : record.getKey();
            if (!event.workspaceId().equals(key)) {
                throw new EventJson.MalformedEventException("record key " + (key == null ? "is missing" : "is not the event's workspace id"), null);
            }
        } catch (EventJson.MalformedEventException e) {
            LOG.warnf("dead-lettering record at %s-%s@%s: %s", topic, record == null ? "?" : record.getPartition(),
                    record == null ? "?" : record.getOffset(), e.getMessage());
            return deadLetter(message, topic, record, e);
        }
        if (event.type().startsWith(ENDPOINT_EVENT_PREFIX)) {
            directory.invalidate(event.workspaceId());
        }
        return appender.append(topic, event)
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(ATTEMPTS - 1)
                .onItemOrFailure().transformToUni((appended, failure) -> {
                    if (failure != null) {
                        LOG.errorf("event %s could not be appended after %d attempts: %s", event.id(), ATTEMPTS, failure.toString());
                        return deadLetter(message, topic, record, failure);
                    }
                    if (appended) {
                        fanOut.kick();
                        LOG.debugf("event %s (%s) appended to the public log of %s", event.id(), event.type(), event.workspaceId());
                    }
                    return Uni.createFrom().completionStage(message::ack);
                });
    }

    private static Uni<Void> deadLetter(Message<String> message, String topic, IncomingKafkaRecordMetadata<?, ?> record, Throwable reason) {
        Metadata dlq = Metadata.of(OutgoingKafkaRecordMetadata.builder()
                .withTopic(Topics.deadLetter(topic))
                .withKey(record == null ? null : record.getKey())
                .build());
        return Uni.createFrom().completionStage(() -> message.nack(reason, dlq));
    }
}
