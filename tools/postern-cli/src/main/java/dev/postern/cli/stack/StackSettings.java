package dev.postern.cli.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the local stack reads from its environment, validated once. Every value comes from
 * the map given to {@link #from(Map)} (the process environment for the CLI, a test's own map for
 * {@code tests/isolation}), never from {@code System.getenv} directly.
 *
 * <table>
 *   <caption>Variables</caption>
 *   <tr><td>POSTERN_KAFKA_PORT</td><td>19092; the KRaft controller listens on POSTERN_KAFKA_CONTROLLER_PORT (default: Kafka port + 1)</td></tr>
 *   <tr><td>POSTERN_PG_PORT</td><td>15432; ignored when POSTERN_DB_URL names a server</td></tr>
 *   <tr><td>POSTERN_S3_PORT</td><td>18333</td></tr>
 *   <tr><td>POSTERN_SINK_SMTP_PORT, POSTERN_SINK_IMAP_PORT</td><td>3025, 3143: the local mail sink</td></tr>
 *   <tr><td>POSTERN_&lt;SERVICE&gt;_PORT</td><td>per service, see {@link Services}</td></tr>
 *   <tr><td>POSTERN_SMTP_INBOUND_PORT</td><td>2525: the inbound-scanner's SMTP listener</td></tr>
 *   <tr><td>POSTERN_KAFKA_PARTITIONS</td><td>12, partitions of every topic created</td></tr>
 *   <tr><td>POSTERN_DB_URL</td><td>superuser JDBC URL of a PostgreSQL to use instead of the embedded one</td></tr>
 *   <tr><td>POSTERN_SERVICES</td><td>all (default), none (infrastructure only), or a comma list</td></tr>
 *   <tr><td>POSTERN_SERVICE_HEAP</td><td>256m; per component POSTERN_&lt;NAME&gt;_HEAP (kafka 384m, postgres and s3 128m, sink 96m)</td></tr>
 *   <tr><td>POSTERN_JAVA_OPTS</td><td>extra JVM options for every service</td></tr>
 *   <tr><td>POSTERN_START_TIMEOUT</td><td>120 (seconds one component may take to become ready)</td></tr>
 * </table>
 */
public record StackSettings(
        Map<String, PortClaim> ports,
        int kafkaControllerPort,
        int partitions,
        Optional<ExternalDatabase> externalDatabase,
        List<ServiceSpec> services,
        Map<String, String> heaps,
        List<String> serviceJavaOptions,
        Duration startTimeout) {

    public static final String SERVICES_VARIABLE = "POSTERN_SERVICES";

    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

    public static StackSettings from(Map<String, String> env) {
        Map<String, PortClaim> ports = new LinkedHashMap<>();
        Optional<ExternalDatabase> external = Optional.ofNullable(blankToNull(env.get("POSTERN_DB_URL")))
                .map(ExternalDatabase::parse);
        if (external.isEmpty()) {
            claim(ports, env, Infra.POSTGRES, "POSTERN_PG_PORT", 15432);
        }
        claim(ports, env, Infra.KAFKA, "POSTERN_KAFKA_PORT", 19092);
        claim(ports, env, Infra.S3, "POSTERN_S3_PORT", 18333);
        claim(ports, env, Infra.SINK, "POSTERN_SINK_SMTP_PORT", 3025);
        claim(ports, env, Infra.SINK_IMAP, "POSTERN_SINK_IMAP_PORT", 3143);
        for (ServiceSpec service : Services.ALL) {
            claim(ports, env, service.name(), service.portVariable(), service.defaultPort());
            for (ServiceSpec.ExtraPort extra : service.extraPorts()) {
                claim(ports, env, extra.name(), extra.variable(), extra.defaultPort());
            }
        }
        int kafkaPort = ports.get(Infra.KAFKA).port();
        int controllerPort = intSetting(env, "POSTERN_KAFKA_CONTROLLER_PORT", kafkaPort + 1, 1, 65535);

        Map<String, String> heaps = new LinkedHashMap<>();
        heaps.put(Infra.POSTGRES, heap(env, Infra.POSTGRES, "128m"));
        heaps.put(Infra.KAFKA, heap(env, Infra.KAFKA, "384m"));
        heaps.put(Infra.S3, heap(env, Infra.S3, "128m"));
        heaps.put(Infra.SINK, heap(env, Infra.SINK, "96m"));
        String serviceHeap = heapValue(env, "POSTERN_SERVICE_HEAP", "256m");
        for (ServiceSpec service : Services.ALL) {
            heaps.put(service.name(), heap(env, service.name(), serviceHeap));
        }

        String javaOpts = env.getOrDefault("POSTERN_JAVA_OPTS", "").strip();
        return new StackSettings(
                Map.copyOf(ports),
                controllerPort,
                intSetting(env, "POSTERN_KAFKA_PARTITIONS", 12, 1, 1000),
                external,
                selectedServices(env.get(SERVICES_VARIABLE)),
                Map.copyOf(heaps),
                javaOpts.isEmpty() ? List.of() : Arrays.asList(javaOpts.split("\\s+")),
                Duration.ofSeconds(intSetting(env, "POSTERN_START_TIMEOUT", 180, 5, 3600)));
    }

    public int port(String component) {
        PortClaim claim = ports.get(component);
        if (claim == null) {
            throw new IllegalArgumentException("no port for " + component);
        }
        return claim.port();
    }

    /** The components {@code up} runs, in start order: infrastructure, then the selected services. */
    public List<Component> componentsToRun() {
        List<Component> components = new ArrayList<>(infrastructure());
        for (ServiceSpec service : services) {
            components.add(serviceComponent(service));
        }
        return components;
    }

    /** Every component {@code status} shows: infrastructure (or the external database) and every known service. */
    public List<Component> allComponents() {
        List<Component> components = new ArrayList<>();
        externalDatabase.ifPresent(db -> components.add(new Component(Infra.POSTGRES, Component.Kind.EXTERNAL,
                List.of(new PortClaim(Infra.POSTGRES, "POSTERN_DB_URL", db.port())), db.address() + " (external)")));
        components.addAll(infrastructure());
        for (ServiceSpec service : Services.ALL) {
            components.add(serviceComponent(service));
        }
        return components;
    }

    /** Names of every component this CLI can have started, in start order. */
    public static List<String> startableNames() {
        List<String> names = new ArrayList<>(List.of(Infra.POSTGRES, Infra.KAFKA, Infra.S3, Infra.SINK));
        names.addAll(Services.names());
        return names;
    }

    public String databaseHost() {
        return externalDatabase.map(ExternalDatabase::host).orElse("127.0.0.1");
    }

    public int databasePort() {
        return externalDatabase.map(ExternalDatabase::port).orElseGet(() -> port(Infra.POSTGRES));
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + port(Infra.KAFKA);
    }

    public String s3Endpoint() {
        return "http://127.0.0.1:" + port(Infra.S3);
    }

    /** Where the local mail sink accepts mail. */
    public String sinkSmtp() {
        return "smtp://127.0.0.1:" + port(Infra.SINK);
    }

    /** Where the local mail sink's mailboxes are read (login = the address, any password). */
    public String sinkImap() {
        return "imap://127.0.0.1:" + port(Infra.SINK_IMAP);
    }

    public String serviceUrl(String service) {
        return "http://127.0.0.1:" + port(service);
    }

    /** The port variables and values of this configuration, recorded while the stack runs. */
    public Map<String, String> portVariables() {
        Map<String, String> recorded = new LinkedHashMap<>();
        ports.values().forEach(claim -> recorded.put(claim.variable(), Integer.toString(claim.port())));
        recorded.put("POSTERN_KAFKA_CONTROLLER_PORT", Integer.toString(kafkaControllerPort));
        return recorded;
    }

    private List<Component> infrastructure() {
        List<Component> components = new ArrayList<>();
        if (externalDatabase.isEmpty()) {
            components.add(new Component(Infra.POSTGRES, Component.Kind.INFRA, List.of(ports.get(Infra.POSTGRES)),
                    "127.0.0.1:" + port(Infra.POSTGRES)));
        }
        components.add(new Component(Infra.KAFKA, Component.Kind.INFRA,
                List.of(ports.get(Infra.KAFKA), new PortClaim(Infra.KAFKA, "POSTERN_KAFKA_CONTROLLER_PORT", kafkaControllerPort)),
                kafkaBootstrap()));
        components.add(new Component(Infra.S3, Component.Kind.INFRA, List.of(ports.get(Infra.S3)), s3Endpoint()));
        components.add(new Component(Infra.SINK, Component.Kind.INFRA, List.of(ports.get(Infra.SINK), ports.get(Infra.SINK_IMAP)),
                sinkSmtp() + " " + sinkImap()));
        return components;
    }

    private Component serviceComponent(ServiceSpec service) {
        List<PortClaim> claims = new ArrayList<>(List.of(ports.get(service.name())));
        service.extraPorts().forEach(extra -> claims.add(ports.get(extra.name())));
        return new Component(service.name(), Component.Kind.SERVICE, List.copyOf(claims), serviceUrl(service.name()));
    }

    static List<ServiceSpec> selectedServices(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.equals("all")) {
            return Services.ALL;
        }
        if (wanted.equals("none")) {
            return List.of();
        }
        List<String> names = Arrays.stream(wanted.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String name : names) {
            if (Services.named(name).isEmpty()) {
                throw new StackException(SERVICES_VARIABLE + " names an unknown service '" + name
                        + "'; known: all, none, " + String.join(", ", Services.names()));
            }
        }
        return Services.ALL.stream().filter(s -> names.contains(s.name())).toList();
    }

    private static void claim(Map<String, PortClaim> ports, Map<String, String> env, String component,
                              String variable, int defaultPort) {
        ports.put(component, new PortClaim(component, variable, intSetting(env, variable, defaultPort, 1, 65535)));
    }

    private static String heap(Map<String, String> env, String component, String defaultHeap) {
        String variable = "POSTERN_" + component.toUpperCase(Locale.ROOT).replace('-', '_') + "_HEAP";
        return heapValue(env, variable, defaultHeap);
    }

    private static String heapValue(Map<String, String> env, String variable, String defaultHeap) {
        String value = blankToNull(env.get(variable));
        if (value == null) {
            return defaultHeap;
        }
        if (!HEAP.matcher(value.strip()).matches()) {
            throw new StackException(variable + " must be a heap size like 256m or 1g, got '" + value + "'");
        }
        return value.strip();
    }

    static int intSetting(Map<String, String> env, String variable, int defaultValue, int min, int max) {
        String value = blankToNull(env.get(variable));
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StackException(variable + " must be a whole number from " + min + " to " + max + ", got '" + value + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
