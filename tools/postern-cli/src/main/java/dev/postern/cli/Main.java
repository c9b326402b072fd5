package dev.postern.cli;

import dev.postern.cli.process.LogTail;
import dev.postern.cli.stack.CreatedWorkspace;
import dev.postern.cli.stack.StackException;
import dev.postern.cli.stack.StackSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code ./postern}: runs the local stack. Exit status 0 on success, 1 on failure, 2 for a command
 * line that could not be understood, 3 from {@code status} when some component is not up.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int NOT_ALL_UP = 3;

    private static final int LOG_LINES = 100;
    /** {@code --missing-artifacts up [...]}: for ./postern, the jars that 'up' would need and the build has not made. */
    private static final String MISSING_ARTIFACTS = "--missing-artifacts";

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // The JDBC driver and the database bootstrap log at INFO through java.util.logging; the
        // user reads this CLI's own lines, and only warnings from those.
        Logger.getLogger("").setLevel(Level.WARNING);
        System.exit(new Main(System.out, System.err).run(args, System.getenv()));
    }

    int run(String[] args, Map<String, String> environment) {
        boolean listMissingArtifacts = args.length > 0 && args[0].equals(MISSING_ARTIFACTS);
        Command command = CliArguments.parse(listMissingArtifacts ? Arrays.copyOfRange(args, 1, args.length) : args);
        if (command instanceof Command.Usage usage) {
            if (usage.error() == null) {
                out.print(CliArguments.USAGE);
                return OK;
            }
            err.println("postern: " + usage.error());
            err.print(CliArguments.USAGE);
            return USAGE;
        }
        try {
            Path repoRoot = repoRoot();
            String stateDir = environment.getOrDefault("POSTERN_STATE_DIR", "");
            Map<String, String> env = new HashMap<>(environment);
            if (command instanceof Command.Up up && up.infraOnly()) {
                env.put(StackSettings.SERVICES_VARIABLE, "none");
            }
            LocalStack stack = new LocalStack(repoRoot,
                    stateDir.isBlank() ? repoRoot.resolve(".postern") : Path.of(stateDir), env, out);
            if (listMissingArtifacts) {
                stack.missingArtifacts().forEach(jar -> out.println(repoRoot.relativize(jar)));
                return OK;
            }
            return execute(command, stack);
        } catch (StackException e) {
            err.println("postern: " + e.getMessage());
            if (!e.logTail().isEmpty()) {
                err.println("--- last " + e.logTail().size() + " lines of " + e.logFile() + " ---");
                e.logTail().forEach(err::println);
                err.println("---");
            }
            return FAILED;
        }
    }

    private int execute(Command command, LocalStack stack) {
        if (command instanceof Command.Up) {
            stack.up();
            return OK;
        }
        if (command instanceof Command.Down) {
            stack.down();
            return OK;
        }
        if (command instanceof Command.Status) {
            return printStatus(stack.status());
        }
        if (command instanceof Command.Logs logs) {
            return showLogs(stack, logs);
        }
        if (command instanceof Command.CreateWorkspace create) {
            CreatedWorkspace workspace = stack.createWorkspace(create.name());
            out.println("Workspace created.");
            out.println("  id        " + workspace.id());
            out.println("  name      " + workspace.name());
            out.println("  live key  " + workspace.liveKey());
            out.println("  test key  " + workspace.testKey());
            out.println("The keys are shown only now; keep them somewhere safe.");
            return OK;
        }
        throw new IllegalStateException("unhandled command " + command);
    }

    private int printStatus(List<ComponentStatus> statuses) {
        TextTable table = new TextTable("COMPONENT", "STATE", "PID", "ADDRESS", "HEALTH");
        for (ComponentStatus s : statuses) {
            table.row(s.name(), s.state().label(), s.pid().isPresent() ? Long.toString(s.pid().getAsLong()) : "-",
                    s.address(), s.health());
        }
        table.lines().forEach(out::println);
        boolean anyRunning = statuses.stream().anyMatch(s -> s.state() == ComponentStatus.State.RUNNING);
        if (!anyRunning) {
            out.println("Postern is not running; start it with ./postern up");
        }
        return statuses.stream().allMatch(ComponentStatus::isUp) ? OK : NOT_ALL_UP;
    }

    private int showLogs(LocalStack stack, Command.Logs logs) {
        List<String> known = stack.logNames();
        if (!known.contains(logs.component())) {
            throw new StackException("no component named '" + logs.component() + "'; known: " + String.join(", ", known));
        }
        Path log = stack.logFile(logs.component());
        if (!Files.exists(log) && !logs.follow()) {
            throw new StackException("no log for " + logs.component() + " yet (" + log + "); it has not been started");
        }
        LogTail.lastLines(log, LOG_LINES).forEach(out::println);
        if (logs.follow()) {
            try {
                long position = Files.exists(log) ? Files.size(log) : 0;
                LogTail.follow(log, position, out, () -> out.checkError());
            } catch (IOException e) {
                throw new StackException("cannot read " + log + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return OK;
    }

    /** {@code -Dpostern.home} (set by ./postern), else four levels above this jar (tools/postern-cli/target/x.jar). */
    static Path repoRoot() {
        String home = System.getProperty("postern.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        try {
            Path candidate = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (int up = 0; up < 4 && candidate != null; up++) {
                candidate = candidate.getParent();
            }
            if (candidate != null && Files.exists(candidate.resolve("mvnw"))) {
                return candidate;
            }
        } catch (URISyntaxException e) {
            // fall back to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
