package dev.postern.cli;

import dev.postern.cli.process.PidFiles;
import dev.postern.cli.process.ProcessStopper;
import dev.postern.cli.stack.Infra;
import dev.postern.cli.stack.StackException;
import dev.postern.cli.stack.StackSettings;
import dev.postern.cli.stack.StatePaths;
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
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code down}: stops the processes whose pid files {@code up} wrote and that still carry their
 * marker, services first (while Kafka and PostgreSQL can still see them leave), then the
 * infrastructure. A pid file whose process is gone, or is now some other process, is only removed.
 */
final class StackShutdown {

    private static final List<String> INFRA = List.of(Infra.POSTGRES, Infra.KAFKA, Infra.S3, Infra.SINK);

    private final StatePaths paths;
    private final PidFiles pids;
    private final PrintStream out;
    private final ProcessStopper stopper = new ProcessStopper(LocalStack.STOP_GRACE);

    StackShutdown(StatePaths paths, PidFiles pids, PrintStream out) {
        this.paths = paths;
        this.pids = pids;
        this.out = out;
    }

    void run() {
        List<String> names = new ArrayList<>(StackSettings.startableNames());
        names.addAll(otherPidFiles(names));
        Collections.reverse(names);

        Map<String, ProcessHandle> running = new LinkedHashMap<>();
        for (String name : names) {
            Optional<ProcessHandle> process = pids.running(name);
            if (process.isPresent()) {
                running.put(name, process.get());
            } else if (pids.exists(name)) {
                out.println("  " + LocalStack.pad(name) + "not running (removed its stale pid file)");
                removeRunFiles(name);
            }
        }
        if (running.isEmpty()) {
            out.println("Postern is not running.");
            deleteQuietly(paths.stackFile());
            return;
        }
        List<String> stuck = new ArrayList<>();
        stopTier(running, name -> !INFRA.contains(name), stuck);
        stopTier(running, INFRA::contains, stuck);
        if (!stuck.isEmpty()) {
            throw new StackException("could not stop " + String.join(", ", stuck) + " even with SIGKILL");
        }
        deleteQuietly(paths.stackFile());
        out.println("Postern is stopped. Data is kept in " + paths.root().resolve("data") + ".");
    }

    private void stopTier(Map<String, ProcessHandle> running, Predicate<String> inTier, List<String> stuck) {
        List<String> names = running.keySet().stream().filter(inTier).toList();
        if (names.isEmpty()) {
            return;
        }
        Instant began = Instant.now();
        Map<ProcessHandle, ProcessStopper.Outcome> outcomes = stopper.stopAll(names.stream().map(running::get).toList());
        for (String name : names) {
            ProcessHandle process = running.get(name);
            ProcessStopper.Outcome outcome = outcomes.get(process);
            out.printf("  %s%s (pid %d, %.1f s)%n", LocalStack.pad(name), outcome.label(), process.pid(),
                    Duration.between(began, Instant.now()).toMillis() / 1000.0);
            if (outcome == ProcessStopper.Outcome.STUCK) {
                stuck.add(name);
            } else {
                removeRunFiles(name);
            }
        }
    }

    /** Pid files of components this version does not know (a service since removed from the registry). */
    private List<String> otherPidFiles(List<String> known) {
        try (Stream<Path> files = Files.list(paths.runDir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pid"))
                    .map(n -> n.substring(0, n.length() - ".pid".length()))
                    .filter(n -> !known.contains(n)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void removeRunFiles(String name) {
        try {
            pids.remove(name);
            Files.deleteIfExists(paths.readyFile(name));
        } catch (IOException e) {
            throw new StackException("cannot remove the run files of " + name + " in " + paths.runDir() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover file is harmless: it is rewritten by the next up
        }
    }
}
