package dev.postern.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Sends on channel probe-out and keeps what channel probe-in receives: the same topic, as a service would. */
@ApplicationScoped
public class ProbeRecords {

    private final List<ConsumerRecord<String, String>> received = new CopyOnWriteArrayList<>();

    @Inject
    @Channel("probe-out")
    Emitter<String> out;

    void send(String workspaceId, String payload) {
        out.send(KafkaRecord.of(workspaceId, payload));
    }

    @Incoming("probe-in")
    void receive(ConsumerRecord<String, String> record) {
        received.add(record);
    }

    List<ConsumerRecord<String, String>> received() {
        return List.copyOf(received);
    }
}
