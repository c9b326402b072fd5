package dev.postern.cli.stack;

import dev.postern.cli.infra.KafkaMain;
import dev.postern.cli.infra.MailSinkMain;
import dev.postern.cli.infra.PostgresMain;
import dev.postern.cli.infra.S3Main;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each component is started: its JVM options, its arguments and the environment that carries
 * its secrets. Nothing secret is ever put in a JVM option or argument.
 */
public final class LaunchCommands {

    public static final String DATABASE = "postern";

    /** java.util.logging's default record takes two lines; the infrastructure logs get one. */
    private static final String ONE_LINE_LOG_RECORD = "%1$tF %1$tT %4$s [%3$s] %5$s%6$s%n";

    private final Path repoRoot;
    private final StatePaths paths;
    private final StackSettings settings;
    private final Secrets secrets;

    public LaunchCommands(Path repoRoot, StatePaths paths, StackSettings settings, Secrets secrets) {
        this.repoRoot = repoRoot;
        this.paths = paths;
        this.settings = settings;
        this.secrets = secrets;
    }

    /** This module's jar; its manifest puts every dependency in {@code target/lib/} on the class path. */
    public static Path cliJar(Path repoRoot) {
        return repoRoot.resolve("tools/postern-cli/target/postern-cli.jar");
    }

    public List<String> jvmArguments(Component component) {
        List<String> args = new ArrayList<>();
        args.add("-Xmx" + settings.heaps().get(component.name()));
        if (component.kind() == Component.Kind.INFRA) {
            // Small heaps on a small machine: the serial collector costs the least memory and no threads.
            args.add("-XX:+UseSerialGC");
            args.add("-Djava.awt.headless=true");
            args.add("-Djava.util.logging.SimpleFormatter.format=" + ONE_LINE_LOG_RECORD);
            args.add("-cp");
            args.add(cliJar(repoRoot).toString());
            args.add(switch (component.name()) {
                case Infra.KAFKA -> KafkaMain.class.getName();
                case Infra.POSTGRES -> PostgresMain.class.getName();
                case Infra.S3 -> S3Main.class.getName();
                case Infra.SINK -> MailSinkMain.class.getName();
                default -> throw new IllegalArgumentException("unknown infrastructure component " + component.name());
            });
            return args;
        }
        ServiceSpec service = Services.named(component.name())
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + component.name()));
        serviceProperties(service).forEach((name, value) -> args.add("-D" + name + "=" + value));
        args.addAll(settings.serviceJavaOptions());
        args.add("-jar");
        args.add(service.jar(repoRoot).toString());
        return args;
    }

    public List<String> programArguments(Component component) {
        if (component.kind() != Component.Kind.INFRA) {
            return List.of();
        }
        String dataDir = paths.dataDir(component.name()).toString();
        String readyFile = paths.readyFile(component.name()).toString();
        String port = Integer.toString(component.port());
        return switch (component.name()) {
            case Infra.KAFKA -> List.of(dataDir, port, Integer.toString(settings.kafkaControllerPort()),
                    Integer.toString(settings.partitions()), readyFile);
            case Infra.SINK -> List.of(port, Integer.toString(settings.port(Infra.SINK_IMAP)), readyFile);
            default -> List.of(dataDir, port, readyFile);
        };
    }

    /** Secrets for the child, by environment variable (Quarkus maps POSTERN_DB_OWNER_PASSWORD to postern.db.owner-password). */
    public Map<String, String> environment(Component component) {
        Map<String, String> env = new LinkedHashMap<>();
        switch (component.kind()) {
            case INFRA -> {
                if (component.name().equals(Infra.S3)) {
                    env.put(Secrets.S3_ACCESS_KEY, secrets.get(Secrets.S3_ACCESS_KEY));
                    env.put(Secrets.S3_SECRET_KEY, secrets.get(Secrets.S3_SECRET_KEY));
                }
            }
            case SERVICE -> {
                String dbPassword = secrets.get(Secrets.DB_PASSWORD);
                env.put("POSTERN_DB_OWNER_PASSWORD", dbPassword);
                env.put("POSTERN_DB_APP_PASSWORD", dbPassword);
                env.put(Secrets.INTERNAL_SECRET, secrets.get(Secrets.INTERNAL_SECRET));
                env.put(Secrets.S3_ACCESS_KEY, secrets.get(Secrets.S3_ACCESS_KEY));
                env.put(Secrets.S3_SECRET_KEY, secrets.get(Secrets.S3_SECRET_KEY));
                if (component.name().equals(Services.GATEWAY)) {
                    env.put(Secrets.WEBHOOKS_ENCRYPTION_KEY, secrets.get(Secrets.WEBHOOKS_ENCRYPTION_KEY));
                }
            }
            case EXTERNAL -> throw new IllegalArgumentException("an external component is never launched");
        }
        return env;
    }

    Map<String, String> serviceProperties(ServiceSpec service) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.http.port", Integer.toString(settings.port(service.name())));
        props.put("quarkus.http.host", "127.0.0.1");
        props.put("kafka.bootstrap.servers", settings.kafkaBootstrap());
        props.put("postern.db.host", settings.databaseHost());
        props.put("postern.db.port", Integer.toString(settings.databasePort()));
        props.put("postern.db.name", DATABASE);
        props.put("postern.s3.endpoint", settings.s3Endpoint());
        props.put("postern.mode", "local");
        props.putAll(service.extraProperties().apply(settings::port));
        return props;
    }
}
