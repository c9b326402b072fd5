package dev.postern.cli.infra;

import dev.postern.events.Topics;
import dev.postern.testing.KafkaBroker;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The local stack's single-node KRaft broker. Creates every Postern topic and its dead-letter
 * topic with the given partition count.
 *
 * <p>Arguments: {@code <data-dir> <port> <controller-port> <partitions> <ready-file>}.
 */
public final class KafkaMain {

    private static final String USAGE = "KafkaMain <data-dir> <port> <controller-port> <partitions> <ready-file>";

    /** Held: java.util.logging keeps loggers weakly, and a level set on a collected one is lost. */
    private static final Logger KAFKA_LOGGER = Logger.getLogger("org.apache.kafka");

    private KafkaMain() {
    }

    public static void main(String[] args) {
        // The broker and its admin client print every configuration value at INFO on each start
        // (over a thousand lines); this log keeps warnings, errors and the launcher's own lines.
        KAFKA_LOGGER.setLevel(Level.WARNING);
        // Kafka touches the Log4j API only for its log-level MBean; without a provider it would
        // print a status error on every start.
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        Path dataDir = InfraProcess.path(args, 0, USAGE);
        int port = InfraProcess.number(args, 1, USAGE);
        int controllerPort = InfraProcess.number(args, 2, USAGE);
        int partitions = InfraProcess.number(args, 3, USAGE);
        Path readyFile = InfraProcess.path(args, 4, USAGE);
        InfraProcess.run("kafka", readyFile, () -> {
            KafkaBroker broker = KafkaBroker.start(dataDir, port, controllerPort);
            broker.createTopics(Topics.allWithDeadLetters(), partitions);
            return new InfraProcess.Running(
                    Map.of("POSTERN_KAFKA_BOOTSTRAP", broker.bootstrapServers(),
                            "POSTERN_KAFKA_TOPICS", Integer.toString(Topics.allWithDeadLetters().size()),
                            "POSTERN_KAFKA_PARTITIONS", Integer.toString(partitions)),
                    broker::close);
        });
    }
}
