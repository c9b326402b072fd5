package dev.postern.gateway.support;

import static org.awaitility.Awaitility.await;

import dev.postern.events.EventEnvelope;
import dev.postern.events.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning as an outside consumer would (every partition assigned, no
 * consumer group, so there is no rebalance to wait for).
 */
public final class TopicRecords {

    private TopicRecords() {
    }

    /** Records keyed by, or mentioning, {@code marker}; see {@link #matching}. */
    public static List<ConsumerRecord<String, String>> mentioning(String bootstrap, String topic, String marker, int count) {
        return matching(bootstrap, topic, r -> marker.equals(r.key()) || r.value().contains(marker), count);
    }

    /**
     * The records {@code wanted} picks, in partition order, once at least {@code count} are there,
     * plus any that arrive within a second after (so that duplicates show).
     */
    public static List<ConsumerRecord<String, String>> matching(String bootstrap, String topic,
                                                                Predicate<ConsumerRecord<String, String>> wanted, int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
                return found.size() >= count;
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    public static List<EventEnvelope> events(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> EventJson.read(r.value())).toList();
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }
}
