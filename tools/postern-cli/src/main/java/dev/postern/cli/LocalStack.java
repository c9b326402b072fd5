package dev.postern.cli;

import dev.postern.cli.process.HealthProbe;
import dev.postern.cli.process.LogTail;
import dev.postern.cli.process.PidFiles;
import dev.postern.cli.process.PortCheck;
import dev.postern.cli.stack.Component;
import dev.postern.cli.stack.CreatedWorkspace;
import dev.postern.cli.stack.EnvFile;
import dev.postern.cli.stack.GatewayAdminClient;
import dev.postern.cli.stack.Infra;
import dev.postern.cli.stack.LaunchCommands;
import dev.postern.cli.stack.PortClaim;
import dev.postern.cli.stack.Secrets;
import dev.postern.cli.stack.Services;
import dev.postern.cli.stack.StackException;
import dev.postern.cli.stack.StackSettings;
import dev.postern.cli.stack.StatePaths;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The whole of Postern on one machine: Kafka, PostgreSQL (embedded, or the server named by
 * {@code POSTERN_DB_URL}), an S3-API server and every service, each its own JVM, with state kept
 * under one directory. This is what {@code ./postern up|down|status} and the black-box tests call.
 *
 * <p>Every setting is read from the map given here, never from the process environment.
 */
public final class LocalStack {

    /** How long {@code down} waits after SIGTERM before SIGKILL. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** Name of the workspace created on the first {@code up}. */
    public static final String DEFAULT_WORKSPACE = "default";

    static final int LOG_TAIL_LINES = 30;

    private final Path repoRoot;
    private final StatePaths paths;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PidFiles pids;
    private final HealthProbe health = new HealthProbe();

    public LocalStack(Path repoRoot, Path stateDir, Map<String, String> env) {
        this(repoRoot, stateDir, env, System.out);
    }

    public LocalStack(Path repoRoot, Path stateDir, Map<String, String> env, PrintStream out) {
        this.repoRoot = repoRoot.toAbsolutePath().normalize();
        this.paths = new StatePaths(stateDir);
        this.env = Map.copyOf(env);
        this.out = out;
        this.pids = new PidFiles(paths::pidFile);
    }

    public StatePaths paths() {
        return paths;
    }

    /**
     * Starts whatever of the stack is not running, waits until all of it is ready and returns the
     * entries of {@code local.env}. On failure, stops what this call started and throws.
     */
    public Map<String, String> up() {
        createStateDirectories();
        Path lockFile = paths.runDir().resolve("up.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new StackException("another 'up' is already starting this stack (" + paths.root() + ")");
            }
            return startMissing();
        } catch (IOException e) {
            throw new StackException("cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private Map<String, String> startMissing() {
        Instant began = Instant.now();
        Map<String, ProcessHandle> alreadyRunning = running(StackSettings.startableNames());
        StackSettings settings = StackSettings.from(alreadyRunning.isEmpty() ? env : recordedOverEnv());
        Secrets secrets = loadOrCreateSecrets();
        List<Component> plan = settings.componentsToRun();
        List<Component> missing = plan.stream().filter(c -> !alreadyRunning.containsKey(c.name())).toList();

        if (missing.isEmpty()) {
            out.println("Postern is already running.");
        } else {
            requireBuilt(missing);
            requireFreePorts(missing);
            out.println(alreadyRunning.isEmpty()
                    ? "Starting Postern (state in " + paths.root() + ")"
                    : "Postern is partly running; starting " + String.join(", ", missing.stream().map(Component::name).toList()));
        }

        StackStartup startup = new StackStartup(repoRoot, paths, settings, secrets, pids, out);
        Thread abortOnInterrupt = new Thread(startup::abort, "postern-up-abort");
        Runtime.getRuntime().addShutdownHook(abortOnInterrupt);
        try {
            recordPorts(settings);
            boolean freshDatabase = settings.externalDatabase().isEmpty() && isEmptyDirectory(paths.dataDir(Infra.POSTGRES));
            startup.startInfrastructure(missing.stream().filter(c -> c.kind() == Component.Kind.INFRA).toList());
            startup.bootstrapDatabase();
            startup.startServices(plan.stream().filter(c -> c.kind() == Component.Kind.SERVICE).toList(), alreadyRunning);
            Map<String, String> localEnv = new LocalEnvironment(paths.localEnvFile(), out).write(settings, secrets, freshDatabase);
            printSummary(settings, localEnv, missing.isEmpty() ? null : Duration.between(began, Instant.now()));
            return localEnv;
        } catch (RuntimeException e) {
            if (startup.hasStarted()) {
                out.println("Start-up failed; stopping what this 'up' started.");
                startup.abort();
            }
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(abortOnInterrupt);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down: the hook runs and stops what was started.
            }
        }
    }

    /** Stops exactly what {@code up} started: services first, then the infrastructure. */
    public void down() {
        new StackShutdown(paths, pids, out).run();
    }

    /** One entry per component: running or not, pid, address, health. */
    public List<ComponentStatus> status() {
        StackSettings settings = StackSettings.from(recordedOverEnv());
        List<ComponentStatus> statuses = new ArrayList<>();
        for (Component component : settings.allComponents()) {
            if (component.kind() == Component.Kind.EXTERNAL) {
                boolean reachable = PortCheck.accepts(settings.databaseHost(), settings.databasePort(), 2000);
                statuses.add(new ComponentStatus(component.name(), ComponentStatus.State.EXTERNAL, OptionalLong.empty(),
                        component.address(), reachable ? "healthy" : "not accepting connections"));
                continue;
            }
            Optional<ProcessHandle> process = pids.running(component.name());
            if (process.isEmpty()) {
                statuses.add(new ComponentStatus(component.name(), ComponentStatus.State.STOPPED, OptionalLong.empty(),
                        component.address(), "-"));
                continue;
            }
            String healthLabel = component.kind() == Component.Kind.SERVICE
                    ? health.ready(component.address()).label()
                    : (Files.exists(paths.readyFile(component.name())) && PortCheck.accepts("127.0.0.1", component.port(), 2000)
                            ? "healthy" : "not ready");
            statuses.add(new ComponentStatus(component.name(), ComponentStatus.State.RUNNING,
                    OptionalLong.of(process.get().pid()), component.address(), healthLabel));
        }
        return statuses;
    }

    /** Creates a workspace through the running gateway; its API keys are in the answer only. */
    public CreatedWorkspace createWorkspace(String name) {
        StackSettings settings = StackSettings.from(recordedOverEnv());
        String gatewayUrl = settings.serviceUrl(Services.GATEWAY);
        if (pids.running(Services.GATEWAY).isEmpty()) {
            throw new StackException("Postern is not running (no gateway process); start it with ./postern up");
        }
        HealthProbe.Health gatewayHealth = health.ready(gatewayUrl);
        if (gatewayHealth != HealthProbe.Health.HEALTHY) {
            throw new StackException("the gateway at " + gatewayUrl + " is not healthy (" + gatewayHealth.label()
                    + "); see ./postern logs gateway");
        }
        Secrets secrets;
        try {
            secrets = Secrets.load(paths.secretsFile());
        } catch (IOException e) {
            throw new StackException("cannot read " + paths.secretsFile() + ": " + e.getMessage(), e);
        }
        return new GatewayAdminClient(gatewayUrl, secrets.get(Secrets.INTERNAL_SECRET)).createWorkspace(name);
    }

    /** The jars {@code up} would need that the build has not made (yet). */
    public List<Path> missingArtifacts() {
        return neededArtifacts(StackSettings.from(env).componentsToRun()).stream().filter(jar -> !Files.isRegularFile(jar)).toList();
    }

    /** The log file of a component (or of the build: {@code build}). */
    public Path logFile(String component) {
        return paths.logFile(component);
    }

    /** Names {@code logs} accepts: every component, plus any log file present (such as the build's). */
    public List<String> logNames() {
        List<String> names = new ArrayList<>(StackSettings.startableNames());
        try (Stream<Path> files = Files.list(paths.logsDir())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log"))
                    .map(n -> n.substring(0, n.length() - ".log".length()))
                    .filter(n -> !names.contains(n)).sorted().forEach(names::add);
        } catch (IOException e) {
            // no logs directory yet: only the component names
        }
        return names;
    }

    private Map<String, ProcessHandle> running(List<String> names) {
        Map<String, ProcessHandle> running = new LinkedHashMap<>();
        for (String name : names) {
            pids.running(name).ifPresent(process -> running.put(name, process));
        }
        return running;
    }

    /** While a stack runs, the ports it was started with win over the environment's. */
    private Map<String, String> recordedOverEnv() {
        Map<String, String> merged = new HashMap<>(env);
        try {
            Map<String, String> recorded = EnvFile.read(paths.stackFile());
            String recordedDb = recorded.remove("POSTERN_DB_URL");
            merged.putAll(recorded);
            if (recordedDb != null && !env.containsKey("POSTERN_DB_URL")) {
                merged.put("POSTERN_DB_URL", recordedDb);
            }
        } catch (IOException e) {
            // nothing recorded: the environment alone
        }
        return merged;
    }

    private void recordPorts(StackSettings settings) {
        Map<String, String> recorded = new LinkedHashMap<>(settings.portVariables());
        // The external server's address without its password, so that status can show it.
        settings.externalDatabase().ifPresent(db -> recorded.put("POSTERN_DB_URL",
                "jdbc:postgresql://" + db.address() + "/postgres?user=" + db.user()));
        try {
            EnvFile.write(paths.stackFile(), recorded, "Ports of the running local stack; removed by ./postern down.");
        } catch (IOException e) {
            throw new StackException("cannot write " + paths.stackFile() + ": " + e.getMessage(), e);
        }
    }

    private void printSummary(StackSettings settings, Map<String, String> localEnv, Duration took) {
        out.println();
        out.println(took == null ? "Everything is running:" : String.format("Postern is up (%.1f s).", took.toMillis() / 1000.0));
        out.println();
        TextTable table = new TextTable("COMPONENT", "PID", "ADDRESS");
        for (Component component : settings.componentsToRun()) {
            OptionalLong pid = pids.read(component.name());
            table.row(component.name(), pid.isPresent() ? Long.toString(pid.getAsLong()) : "-", component.address());
        }
        settings.externalDatabase().ifPresent(db -> table.row(Infra.POSTGRES, "-", db.address() + " (external)"));
        table.lines().forEach(line -> out.println("  " + line));
        out.println();
        if (!settings.services().isEmpty()) {
            out.println("  Gateway   " + settings.serviceUrl(Services.GATEWAY));
        }
        if (localEnv.containsKey(LocalEnvironment.API_KEY)) {
            out.println("  API key   " + localEnv.get(LocalEnvironment.API_KEY));
        }
        out.println("  Settings  " + paths.localEnvFile() + "   (set -a; . " + displayPath(paths.localEnvFile()) + "; set +a)");
        out.println("  Logs      ./postern logs <component>      Stop: ./postern down");
    }

    private String displayPath(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }

    private void requireBuilt(List<Component> components) {
        for (Path jar : neededArtifacts(components)) {
            if (!Files.isRegularFile(jar)) {
                throw new StackException(repoRoot.relativize(jar) + " is missing; build with ./mvnw -B -DskipTests install"
                        + " (./postern up builds what is missing)");
            }
        }
    }

    private List<Path> neededArtifacts(List<Component> components) {
        List<Path> needed = new ArrayList<>();
        if (components.stream().anyMatch(c -> c.kind() == Component.Kind.INFRA)) {
            needed.add(LaunchCommands.cliJar(repoRoot));
        }
        components.stream().filter(c -> c.kind() == Component.Kind.SERVICE)
                .forEach(c -> needed.add(Services.named(c.name()).orElseThrow().jar(repoRoot)));
        return needed;
    }

    private void requireFreePorts(List<Component> components) {
        List<PortClaim> claims = components.stream().flatMap(c -> c.ports().stream()).toList();
        List<String> problems = PortCheck.problems(claims, PortCheck::isFree);
        if (!problems.isEmpty()) {
            throw new StackException(String.join("; ", problems));
        }
    }

    private void createStateDirectories() {
        try {
            paths.createDirectories();
        } catch (IOException e) {
            throw new StackException("cannot create " + paths.root() + ": " + e.getMessage(), e);
        }
    }

    private Secrets loadOrCreateSecrets() {
        try {
            return Secrets.loadOrCreate(paths.secretsFile());
        } catch (IOException e) {
            throw new StackException("cannot read or write " + paths.secretsFile() + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static String pad(String name) {
        return String.format("%-16s", name);
    }

    static List<String> tail(Path log) {
        return LogTail.lastLines(log, LOG_TAIL_LINES);
    }
}
