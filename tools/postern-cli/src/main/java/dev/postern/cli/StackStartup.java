package dev.postern.cli;

import dev.postern.cli.infra.PostgresMain;
import dev.postern.cli.process.ChildLauncher;
import dev.postern.cli.process.HealthProbe;
import dev.postern.cli.process.PidFiles;
import dev.postern.cli.process.PortCheck;
import dev.postern.cli.process.ProcessStopper;
import dev.postern.cli.stack.Component;
import dev.postern.cli.stack.EnvFile;
import dev.postern.cli.stack.ExternalDatabase;
import dev.postern.cli.stack.Infra;
import dev.postern.cli.stack.LaunchCommands;
import dev.postern.cli.stack.Secrets;
import dev.postern.cli.stack.Services;
import dev.postern.cli.stack.StackException;
import dev.postern.cli.stack.StackSettings;
import dev.postern.cli.stack.StatePaths;
import dev.postern.testing.DatabaseBootstrap;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code up}: launches components, waits for each to be ready, and remembers what it
 * launched so that a failure (or Ctrl-C) stops exactly that and nothing that was already running.
 */
final class StackStartup {

    private static final Duration POLL = Duration.ofMillis(200);

    /** A process this {@code up} launched. */
    private record Launched(Component component, Process process, Instant startedAt) {
    }

    private final StatePaths paths;
    private final StackSettings settings;
    private final Secrets secrets;
    private final PidFiles pids;
    private final PrintStream out;
    private final LaunchCommands commands;
    private final ChildLauncher launcher;
    private final HealthProbe health = new HealthProbe();
    private final List<Launched> launched = new ArrayList<>();
    private boolean aborted;

    StackStartup(Path repoRoot, StatePaths paths, StackSettings settings, Secrets secrets, PidFiles pids, PrintStream out) {
        this.paths = paths;
        this.settings = settings;
        this.secrets = secrets;
        this.pids = pids;
        this.out = out;
        this.commands = new LaunchCommands(repoRoot, paths, settings, secrets);
        this.launcher = new ChildLauncher(ChildLauncher.currentJava(), paths.root());
    }

    /** Launches every given infrastructure component at once and waits until each has written its readiness file. */
    void startInfrastructure(List<Component> components) {
        List<Launched> pending = new ArrayList<>();
        for (Component component : components) {
            pending.add(launch(component));
        }
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        while (!pending.isEmpty()) {
            for (Launched l : List.copyOf(pending)) {
                if (Files.exists(paths.readyFile(l.component().name()))) {
                    pending.remove(l);
                    printReady(l);
                } else if (!l.process().isAlive()) {
                    throw died(l);
                } else if (System.nanoTime() > deadline) {
                    throw timedOut(l, "has not reported ready");
                }
            }
            pause();
        }
    }

    /** Creates or updates the {@code postern} database, its owner and app roles and a schema per service. */
    void bootstrapDatabase() {
        Instant began = Instant.now();
        String superuserUrl;
        String superuser;
        String superuserPassword;
        String address;
        if (settings.externalDatabase().isPresent()) {
            ExternalDatabase db = settings.externalDatabase().get();
            if (!PortCheck.accepts(db.host(), db.port(), 3000)) {
                throw new StackException("no PostgreSQL answers at " + db.address() + " (POSTERN_DB_URL)");
            }
            superuserUrl = db.jdbcUrl();
            superuser = db.user();
            superuserPassword = db.password();
            address = db.address();
        } else {
            Map<String, String> ready;
            try {
                ready = EnvFile.read(paths.readyFile(Infra.POSTGRES));
            } catch (IOException e) {
                throw new StackException("cannot read " + paths.readyFile(Infra.POSTGRES) + ": " + e.getMessage(), e);
            }
            superuserUrl = ready.get(PostgresMain.SUPERUSER_URL);
            superuser = ready.get(PostgresMain.SUPERUSER);
            superuserPassword = ready.getOrDefault(PostgresMain.SUPERUSER_PASSWORD, "");
            address = "127.0.0.1:" + settings.port(Infra.POSTGRES);
            if (superuserUrl == null || superuser == null) {
                throw new StackException("the PostgreSQL holder's readiness file lacks the superuser connection; "
                        + "run ./postern down and ./postern up");
            }
        }
        String dbPassword = secrets.get(Secrets.DB_PASSWORD);
        try {
            DatabaseBootstrap.bootstrap(superuserUrl, superuser, superuserPassword, LaunchCommands.DATABASE,
                    Services.databaseNames(), dbPassword, dbPassword);
        } catch (IllegalStateException e) {
            throw new StackException("could not prepare the database on " + address + ": " + e.getMessage(), e);
        }
        out.printf("  %s'%s' ready, schemas: %s (%.1f s)%n", LocalStack.pad("database"), LaunchCommands.DATABASE,
                String.join(", ", Services.databaseNames()), seconds(began));
    }

    /**
     * Starts every service not already running at once, then waits until each reports healthy (services only find
     * each other at request time, so none waits for another to start; on two cores this roughly halves {@code up}).
     */
    void startServices(List<Component> services, Map<String, ProcessHandle> alreadyRunning) {
        List<Launched> pending = new ArrayList<>();
        for (Component service : services) {
            ProcessHandle running = alreadyRunning.get(service.name());
            if (running != null) {
                startService(service, running);
            } else {
                pending.add(launch(service));
            }
        }
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        Map<Launched, HealthProbe.Health> last = new LinkedHashMap<>();
        while (!pending.isEmpty()) {
            for (Launched l : List.copyOf(pending)) {
                HealthProbe.Health answer = health.ready(l.component().address());
                last.put(l, answer);
                if (answer == HealthProbe.Health.HEALTHY) {
                    pending.remove(l);
                    printReady(l);
                } else if (!l.process().isAlive()) {
                    throw died(l);
                } else if (System.nanoTime() > deadline) {
                    throw timedOut(l, "did not become healthy at " + l.component().address()
                            + "/q/health/ready (last answer: " + last.get(l).label() + ")");
                }
            }
            pause();
        }
    }

    /** Starts {@code service} unless {@code alreadyRunning}, then waits until it reports healthy. */
    void startService(Component service, ProcessHandle alreadyRunning) {
        if (alreadyRunning != null) {
            awaitHealthy(service, alreadyRunning, null, Instant.now());
            out.println("  " + LocalStack.pad(service.name()) + "already running, pid " + alreadyRunning.pid()
                    + ", " + service.address());
            return;
        }
        Launched l = launch(service);
        awaitHealthy(service, l.process().toHandle(), l, l.startedAt());
        printReady(l);
    }

    boolean hasStarted() {
        synchronized (launched) {
            return !launched.isEmpty();
        }
    }

    /** Stops everything this {@code up} launched, newest first; safe to call twice. */
    void abort() {
        List<Launched> toStop;
        synchronized (launched) {
            if (aborted) {
                return;
            }
            aborted = true;
            toStop = new ArrayList<>(launched);
        }
        Collections.reverse(toStop);
        Map<ProcessHandle, String> names = new LinkedHashMap<>();
        toStop.forEach(l -> names.put(l.process().toHandle(), l.component().name()));
        new ProcessStopper(LocalStack.STOP_GRACE).stopAll(List.copyOf(names.keySet())).forEach((process, outcome) -> {
            String name = names.get(process);
            out.println("  " + LocalStack.pad(name) + outcome.label());
            try {
                pids.remove(name);
                Files.deleteIfExists(paths.readyFile(name));
            } catch (IOException e) {
                out.println("  could not remove run files of " + name + ": " + e.getMessage());
            }
        });
        forgetPortsIfNothingRuns();
    }

    /** The recorded ports describe a running stack; with nothing left running they would only mislead. */
    private void forgetPortsIfNothingRuns() {
        boolean anyRuns = StackSettings.startableNames().stream().anyMatch(name -> pids.running(name).isPresent());
        if (!anyRuns) {
            try {
                Files.deleteIfExists(paths.stackFile());
            } catch (IOException e) {
                // harmless: rewritten by the next up
            }
        }
    }

    private Launched launch(Component component) {
        synchronized (launched) {
            if (aborted) {
                throw new StackException("start-up was interrupted");
            }
            try {
                Files.createDirectories(paths.dataDir(component.name()));
                Files.deleteIfExists(paths.readyFile(component.name()));
                Process process = launcher.start(component.name(), commands.jvmArguments(component),
                        commands.programArguments(component), commands.environment(component),
                        paths.logFile(component.name()));
                Launched l = new Launched(component, process, Instant.now());
                launched.add(l);
                pids.write(component.name(), process.pid());
                out.println("  " + LocalStack.pad(component.name()) + "starting (pid " + process.pid() + ")");
                return l;
            } catch (IOException e) {
                throw new StackException("could not start " + component.name() + ": " + e.getMessage(), e);
            }
        }
    }

    private void awaitHealthy(Component service, ProcessHandle process, Launched launchedHere, Instant since) {
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        HealthProbe.Health last = HealthProbe.Health.NO_ANSWER;
        while (true) {
            last = health.ready(service.address());
            if (last == HealthProbe.Health.HEALTHY) {
                return;
            }
            if (!process.isAlive()) {
                if (launchedHere != null) {
                    throw died(launchedHere);
                }
                throw new StackException(service.name() + " (pid " + process.pid() + ") exited",
                        paths.logFile(service.name()), LocalStack.tail(paths.logFile(service.name())));
            }
            if (System.nanoTime() > deadline) {
                String what = "did not become healthy at " + service.address() + "/q/health/ready (last answer: "
                        + last.label() + ")";
                throw new StackException(service.name() + " " + what + " within " + settings.startTimeout().toSeconds()
                        + " s", paths.logFile(service.name()), LocalStack.tail(paths.logFile(service.name())));
            }
            pause();
        }
    }

    private void printReady(Launched l) {
        out.printf("  %sready    %-24s pid %-7d %5.1f s%n", LocalStack.pad(l.component().name()), l.component().address(),
                l.process().pid(), seconds(l.startedAt()));
    }

    private StackException died(Launched l) {
        Path log = paths.logFile(l.component().name());
        String status = l.process().isAlive() ? "" : " with status " + l.process().exitValue();
        return new StackException(l.component().name() + " exited during start-up" + status + " (log: " + log + ")",
                log, LocalStack.tail(log));
    }

    private StackException timedOut(Launched l, String what) {
        Path log = paths.logFile(l.component().name());
        return new StackException(l.component().name() + " " + what + " within " + settings.startTimeout().toSeconds()
                + " s (log: " + log + ")", log, LocalStack.tail(log));
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for start-up");
        }
    }
}
