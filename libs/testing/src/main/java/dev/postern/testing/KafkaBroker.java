package dev.postern.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

/**
 * Single-node KRaft broker+controller, in-process.
 *
 * <p>The controller quorum is static ({@code controller.quorum.voters}), so the same data
 * directory can be restarted on other ports. Internal topics get one partition and replication
 * factor 1, and the log cleaner a small buffer: this is a broker for one developer or one test JVM.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());

    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";
    private static final String META_PROPERTIES = "meta.properties";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    /** Null for a handle on a broker this object does not own. */
    private final KafkaRaftServer server;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KafkaBroker(String bootstrapServers, KafkaRaftServer server) {
        this.bootstrapServers = bootstrapServers;
        this.server = server;
    }

    /**
     * Formats {@code dataDir} if it has no meta.properties yet (the cluster id is kept across
     * restarts), then starts. {@code port} is the PLAINTEXT listener on 127.0.0.1,
     * {@code controllerPort} the CONTROLLER listener; 0 picks a free port. Blocks until the broker
     * answers an AdminClient describeCluster (timeout 60 s).
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort) {
        long started = System.nanoTime();
        int brokerPort = port != 0 ? port : LoopbackPorts.freeExcept(controllerPort);
        int quorumPort = controllerPort != 0 ? controllerPort : LoopbackPorts.freeExcept(brokerPort);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create Kafka data directory " + dataDir, e);
        }
        ServerLogging.quietDown(ServerLogging.KAFKA);
        ServerLogging.quietLog4jProviderLookup();
        Properties config = serverConfig(dataDir, brokerPort, quorumPort);
        formatIfNew(dataDir, config);

        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        KafkaBroker broker = new KafkaBroker(HOST + ":" + brokerPort, server);
        try {
            server.startup();
            broker.awaitAnswer(STARTUP_TIMEOUT);
        } catch (RuntimeException e) {
            broker.close();
            throw new IllegalStateException("Kafka broker on " + broker.bootstrapServers + " did not start", e);
        }
        LOG.log(System.Logger.Level.INFO, "Kafka broker up on {0} (controller port {1}, data {2}) in {3} ms",
                broker.bootstrapServers, String.valueOf(quorumPort), dataDir,
                String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        return broker;
    }

    /**
     * A handle on a broker this object does not own (a container, or one started by another copy of
     * this library in the JVM): topics can be created, close does nothing.
     */
    static KafkaBroker running(String bootstrapServers) {
        return new KafkaBroker(bootstrapServers, null);
    }

    /** {@code "127.0.0.1:<port>"}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates the topics that do not exist yet (replication factor 1), idempotent. */
    public void createTopics(Collection<String> topics, int partitions) {
        try (Admin admin = admin()) {
            Set<String> existing = get(admin.listTopics(new ListTopicsOptions().timeoutMs(timeoutMs())).names());
            List<NewTopic> missing = topics.stream()
                    .distinct()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(missing).values().entrySet()) {
                try {
                    get(created.getValue());
                } catch (IllegalStateException e) {
                    // Another caller created it between our list and create: that is the state we want.
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + created.getKey(), e.getCause());
                    }
                }
            }
        }
    }

    /** Clean shutdown: the log is flushed and the next start on the same data directory recovers nothing. */
    @Override
    public void close() {
        if (server == null || !closed.compareAndSet(false, true)) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        LOG.log(System.Logger.Level.INFO, "Kafka broker on {0} stopped", bootstrapServers);
    }

    private void awaitAnswer(Duration timeout) {
        try (Admin admin = admin()) {
            int ms = Math.toIntExact(timeout.toMillis());
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(ms)).nodes().get(ms + 5_000L, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka broker on " + bootstrapServers + " does not answer", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka broker on " + bootstrapServers + " does not answer within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "postern-testing");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(timeoutMs()));
        return Admin.create(config);
    }

    private static int timeoutMs() {
        return Math.toIntExact(ADMIN_TIMEOUT.toMillis());
    }

    private static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(ADMIN_TIMEOUT.toMillis() + 5_000L, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka admin call timed out after " + ADMIN_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a Kafka admin call", e);
        }
    }

    private static Properties serverConfig(Path dataDir, int port, int controllerPort) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        config.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", dataDir.toAbsolutePath().toString());
        config.put("num.partitions", "1");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("transaction.state.log.num.partitions", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("share.coordinator.state.topic.num.partitions", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        // Sized for a 2-core machine that also runs the services under test.
        config.put("num.network.threads", "2");
        config.put("num.io.threads", "2");
        config.put("background.threads", "2");
        config.put("num.recovery.threads.per.data.dir", "1");
        config.put("log.cleaner.threads", "1");
        config.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return config;
    }

    private static void formatIfNew(Path dataDir, Properties config) {
        if (Files.exists(dataDir.resolve(META_PROPERTIES))) {
            return;
        }
        Path configFile = null;
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            configFile = Files.createTempFile("kafka-format-", ".properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                config.store(out, "Kafka storage format");
            }
            String clusterId = Uuid.randomUuid().toString();
            int exit;
            try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                exit = StorageTool.execute(new String[] {
                    "format", "--config", configFile.toString(), "--cluster-id", clusterId}, print);
            }
            if (exit != 0) {
                throw new IllegalStateException("Formatting " + dataDir + " failed: " + output.toString(StandardCharsets.UTF_8));
            }
            LOG.log(System.Logger.Level.INFO, "Formatted Kafka data directory {0} for cluster {1}", dataDir, clusterId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot format Kafka data directory " + dataDir, e);
        } finally {
            if (configFile != null) {
                try {
                    Files.deleteIfExists(configFile);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Cannot delete {0}", configFile);
                }
            }
        }
    }
}
