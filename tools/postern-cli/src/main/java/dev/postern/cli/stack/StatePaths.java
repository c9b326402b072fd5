package dev.postern.cli.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local stack keeps its state ({@code .postern/} by default): data that survives
 * {@code down}, one log per component, pid and readiness files while a component runs, the
 * generated secrets, and the {@code local.env} handed to the user.
 */
public record StatePaths(Path root) {

    public StatePaths {
        root = root.toAbsolutePath().normalize();
    }

    public Path dataDir(String component) {
        return root.resolve("data").resolve(component);
    }

    public Path logsDir() {
        return root.resolve("logs");
    }

    public Path logFile(String component) {
        return logsDir().resolve(component + ".log");
    }

    public Path runDir() {
        return root.resolve("run");
    }

    /** Holds the pid of a running component; written by {@code up}, removed by {@code down}. */
    public Path pidFile(String component) {
        return runDir().resolve(component + ".pid");
    }

    /** Written by an infrastructure process once it serves; removed when it stops. */
    public Path readyFile(String component) {
        return runDir().resolve(component + ".ready");
    }

    /** The ports the running stack was started with, so that later commands find it. */
    public Path stackFile() {
        return runDir().resolve("stack.env");
    }

    public Path secretsFile() {
        return root.resolve("secrets.env");
    }

    public Path localEnvFile() {
        return root.resolve("local.env");
    }

    public void createDirectories() throws IOException {
        Files.createDirectories(logsDir());
        Files.createDirectories(runDir());
        Files.createDirectories(root.resolve("data"));
    }
}
