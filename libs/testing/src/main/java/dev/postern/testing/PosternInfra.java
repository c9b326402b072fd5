package dev.postern.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.postern.events.Topics;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * What a service under test needs: one Kafka broker with every Postern topic and one PostgreSQL
 * server, started lazily once per JVM and stopped by a JVM shutdown hook.
 *
 * <p>System property {@value #MODE_PROPERTY} (or env {@code POSTERN_TESTING_INFRA}) chooses how:
 * {@code containers} (Testcontainers), {@code embedded} (the in-process starters of this
 * library, in a temporary directory, on free ports) or {@code auto}, the default: containers when
 * a Docker engine answers, embedded otherwise.
 *
 * <p>Once per JVM, not once per class: Quarkus loads this class anew for every application it
 * starts in a test run (one per test profile or resource set), and plain JUnit tests load it once
 * more from the class path. The first copy to start the infrastructure publishes its endpoints as
 * system properties; every later copy attaches to them. Credentials are fixed test values, the
 * same in every copy, so nothing secret has to travel that way: the servers listen on loopback
 * (or in a container) and hold test data only.
 */
public final class PosternInfra {

    private static final System.Logger LOG = System.getLogger(PosternInfra.class.getName());

    public static final String MODE_PROPERTY = "postern.testing.infra";
    private static final String MODE_ENV = "POSTERN_TESTING_INFRA";
    /** The one database every service shares, each in its own schema. */
    public static final String DATABASE = "postern";
    public static final int TOPIC_PARTITIONS = 3;

    private static final String RUNNING_KAFKA = "postern.testing.infra.running.kafka";
    private static final String RUNNING_POSTGRES = "postern.testing.infra.running.postgres";
    private static final String RUNNING_MODE = "postern.testing.infra.running.mode";
    private static final String RUNNING_S3 = "postern.testing.infra.running.s3";
    private static final String S3_ACCESS_KEY = "postern-test-s3-access";
    private static final String S3_SECRET_KEY = "postern-test-s3-secret-not-for-production";
    private static final String EMBEDDED = "embedded";
    private static final String CONTAINERS = "containers";

    private static final String SUPERUSER = "postgres";
    private static final String CONTAINER_SUPERUSER_PASSWORD = "postern-test-superuser";
    private static final String OWNER_PASSWORD = "postern-test-owner";
    private static final String APP_PASSWORD = "postern-test-app";
    private static final String INTERNAL_SECRET = "postern-test-internal-secret-not-for-production-use";

    private static final String POSTGRES_IMAGE = "postgres:18-alpine";
    private static final String KAFKA_IMAGE = "apache/kafka:4.2.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private static PosternInfra instance;

    private final KafkaBroker kafka;
    private final String dbHost;
    private final int dbPort;
    private final String superuserPassword;

    private PosternInfra(KafkaBroker kafka, String dbHost, int dbPort, String superuserPassword) {
        this.kafka = kafka;
        this.dbHost = dbHost;
        this.dbPort = dbPort;
        this.superuserPassword = superuserPassword;
    }

    /**
     * The infrastructure of this JVM, started on first use (or found running, started by another
     * copy of this class); a failed start is retried on the next call.
     */
    public static synchronized PosternInfra get() {
        if (instance == null) {
            instance = runningInThisJvm().orElseGet(PosternInfra::start);
        }
        return instance;
    }

    /**
     * Config for one service, whose name is also its schema and the prefix of its database roles:
     * exactly the keys {@code kafka.bootstrap.servers}, {@code postern.db.host},
     * {@code postern.db.port}, {@code postern.db.name}, {@code postern.db.owner-password},
     * {@code postern.db.app-password}, {@code postern.internal.secret} and
     * {@code quarkus.devservices.enabled} (false). Bootstraps the service's roles and schema first.
     */
    public Map<String, String> serviceConfig(String service) {
        DatabaseBootstrap.bootstrap(superuserJdbcUrl(), SUPERUSER, superuserPassword, DATABASE, List.of(service),
                OWNER_PASSWORD, APP_PASSWORD);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("postern.db.host", dbHost);
        config.put("postern.db.port", String.valueOf(dbPort));
        config.put("postern.db.name", DATABASE);
        config.put("postern.db.owner-password", OWNER_PASSWORD);
        config.put("postern.db.app-password", APP_PASSWORD);
        config.put("postern.internal.secret", INTERNAL_SECRET);
        config.put("quarkus.devservices.enabled", "false");
        return Collections.unmodifiableMap(config);
    }

    /**
     * Config for a service that keeps objects in S3: {@code postern.s3.endpoint}, {@code postern.s3.access-key} and
     * {@code postern.s3.secret-key} of one S3-API server (s3proxy on a temporary directory, path-style), started on
     * first use and shared by this JVM like Kafka and PostgreSQL.
     */
    public static synchronized Map<String, String> s3Config() {
        String endpoint = System.getProperty(RUNNING_S3);
        if (endpoint == null) {
            Path dir;
            try {
                dir = Files.createTempDirectory("postern-s3-");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a temporary directory", e);
            }
            S3Server server = S3Server.start(dir, 0, S3_ACCESS_KEY, S3_SECRET_KEY);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                deleteRecursively(dir);
            }, "postern-infra-s3-stop"));
            endpoint = server.endpoint();
            System.setProperty(RUNNING_S3, endpoint);
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("postern.s3.endpoint", endpoint);
        config.put("postern.s3.access-key", S3_ACCESS_KEY);
        config.put("postern.s3.secret-key", S3_SECRET_KEY);
        return Collections.unmodifiableMap(config);
    }

    /** The broker; closing it does nothing, the JVM shutdown hook stops it. */
    public KafkaBroker kafka() {
        return KafkaBroker.running(kafka.bootstrapServers());
    }

    public String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    /** For tests that inspect the database as superuser: {@code jdbc:postgresql://<host>:<port>/postgres}. */
    public String superuserJdbcUrl() {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/postgres";
    }

    /** "postgres". */
    public String superuser() {
        return SUPERUSER;
    }

    /** Empty for the embedded server (it trusts its superuser), a fixed test password for a container. */
    public String superuserPassword() {
        return superuserPassword;
    }

    private static Optional<PosternInfra> runningInThisJvm() {
        String kafka = System.getProperty(RUNNING_KAFKA);
        String postgres = System.getProperty(RUNNING_POSTGRES);
        String mode = System.getProperty(RUNNING_MODE);
        if (kafka == null || postgres == null || mode == null) {
            return Optional.empty();
        }
        int colon = postgres.lastIndexOf(':');
        PosternInfra running = new PosternInfra(KafkaBroker.running(kafka), postgres.substring(0, colon),
                Integer.parseInt(postgres.substring(colon + 1)), superuserPasswordOf(mode));
        LOG.log(System.Logger.Level.DEBUG, "Attached to the test infrastructure already running in this JVM");
        return Optional.of(running);
    }

    private static PosternInfra start() {
        long started = System.nanoTime();
        String mode = useContainers() ? CONTAINERS : EMBEDDED;
        PosternInfra infra = CONTAINERS.equals(mode) ? startContainers() : startEmbedded();
        infra.kafka.createTopics(Topics.allWithDeadLetters(), TOPIC_PARTITIONS);
        System.setProperty(RUNNING_KAFKA, infra.kafka.bootstrapServers());
        System.setProperty(RUNNING_POSTGRES, infra.dbHost + ":" + infra.dbPort);
        System.setProperty(RUNNING_MODE, mode);
        LOG.log(System.Logger.Level.INFO, "Postern test infrastructure ({0}) ready in {1} ms: Kafka {2}, PostgreSQL {3}:{4}",
                mode, String.valueOf(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)),
                infra.kafka.bootstrapServers(), infra.dbHost, String.valueOf(infra.dbPort));
        return infra;
    }

    private static String superuserPasswordOf(String mode) {
        return CONTAINERS.equals(mode) ? CONTAINER_SUPERUSER_PASSWORD : "";
    }

    private static boolean useContainers() {
        String mode = System.getProperty(MODE_PROPERTY, System.getenv().getOrDefault(MODE_ENV, "auto"))
                .trim().toLowerCase(Locale.ROOT);
        switch (mode) {
            case CONTAINERS:
                return true;
            case EMBEDDED:
                return false;
            case "auto":
                if (DockerClientFactory.instance().isDockerAvailable()) {
                    return true;
                }
                LOG.log(System.Logger.Level.INFO, "No Docker engine (Testcontainers may have logged why): using embedded"
                        + " servers. -D" + MODE_PROPERTY + "=embedded skips the Docker probe.");
                return false;
            default:
                throw new IllegalArgumentException(MODE_PROPERTY + " must be auto, containers or embedded, not " + mode);
        }
    }

    private static PosternInfra startEmbedded() {
        Path root;
        try {
            root = Files.createTempDirectory("postern-infra-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory", e);
        }
        // PostgreSQL (initdb on first use) starts on its own thread while Kafka starts on this one.
        CompletableFuture<Postgres> postgresStart = new CompletableFuture<>();
        Thread postgresStarter = new Thread(() -> {
            try {
                postgresStart.complete(Postgres.startEmbedded(root.resolve("postgres"), 0));
            } catch (RuntimeException e) {
                postgresStart.completeExceptionally(e);
            }
        }, "postern-infra-postgres-start");
        postgresStarter.setDaemon(true);
        postgresStarter.start();

        KafkaBroker kafka = null;
        try {
            kafka = KafkaBroker.start(root.resolve("kafka"), 0, 0);
            Postgres postgres = await(postgresStart);
            KafkaBroker startedKafka = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                startedKafka.close();
                postgres.close();
                deleteRecursively(root);
            }, "postern-infra-stop"));
            return new PosternInfra(kafka, postgres.host(), postgres.port(), postgres.superuserPassword());
        } catch (RuntimeException e) {
            if (kafka != null) {
                kafka.close();
            }
            postgresStart.whenComplete((postgres, failure) -> {
                if (postgres != null) {
                    postgres.close();
                }
                deleteRecursively(root);
            });
            throw e;
        }
    }

    private static PosternInfra startContainers() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE))
                .withDatabaseName("postgres")
                .withUsername(SUPERUSER)
                .withPassword(CONTAINER_SUPERUSER_PASSWORD)
                .withStartupTimeout(START_TIMEOUT);
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE)).withStartupTimeout(START_TIMEOUT);
        try {
            await(Startables.deepStart(postgres, kafka));
        } catch (RuntimeException e) {
            postgres.stop();
            kafka.stop();
            throw e;
        }
        // Ryuk removes them too; stopping here frees the engine before the next JVM starts.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
        }, "postern-infra-stop"));
        return new PosternInfra(KafkaBroker.running(kafka.getBootstrapServers()), postgres.getHost(),
                postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT), CONTAINER_SUPERUSER_PASSWORD);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Infrastructure did not start within " + START_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting infrastructure", e);
        }
    }

    private static void deleteRecursively(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Shutdown hook: nobody to tell but the log; the directory is under the temp dir anyway.
            LOG.log(System.Logger.Level.WARNING, "Cannot delete {0}: {1}", root, e.getMessage());
        }
    }
}
