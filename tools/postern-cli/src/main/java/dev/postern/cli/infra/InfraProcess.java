package dev.postern.cli.infra;

import dev.postern.cli.stack.EnvFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The life of one infrastructure JVM: start the server, write the readiness file the CLI waits
 * for, serve until SIGTERM, then close the server and remove the readiness file. A server that
 * fails to start ends the JVM with status 1 and its stack trace in the log.
 */
final class InfraProcess {

    /** Starts the server; what it returns is written to the readiness file. */
    @FunctionalInterface
    interface Starter {
        Running start() throws Exception;
    }

    /** Closes the server. */
    @FunctionalInterface
    interface Closer {
        void close() throws Exception;
    }

    /** A started server: what the CLI needs to know about it, and how to stop it. */
    record Running(Map<String, String> readiness, Closer closer) {
    }

    private InfraProcess() {
    }

    static void run(String component, Path readyFile, Starter starter) {
        Instant began = Instant.now();
        try {
            Files.deleteIfExists(readyFile);
            Running running = starter.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(component, running, readyFile), component + "-stop"));
            EnvFile.write(readyFile, running.readiness(), component + " is serving");
            log(component + " ready in " + Duration.between(began, Instant.now()).toMillis() + " ms");
        } catch (Exception | LinkageError e) {
            // Not carrying on: a half-started server may hold non-daemon threads, so end the JVM here.
            log(component + " failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        awaitShutdown();
    }

    static Path path(String[] args, int index, String usage) {
        return Path.of(arg(args, index, usage));
    }

    static int number(String[] args, int index, String usage) {
        return Integer.parseInt(arg(args, index, usage));
    }

    static String arg(String[] args, int index, String usage) {
        if (args.length <= index) {
            System.err.println("usage: " + usage);
            System.exit(2);
        }
        return args[index];
    }

    static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            System.err.println(name + " is not set in the environment");
            System.exit(2);
        }
        return value;
    }

    private static void stop(String component, Running running, Path readyFile) {
        log(component + " stopping");
        try {
            Files.deleteIfExists(readyFile);
        } catch (IOException e) {
            log("could not remove " + readyFile + ": " + e.getMessage());
        }
        try {
            running.closer().close();
            log(component + " stopped");
        } catch (Exception e) {
            log(component + " did not stop cleanly: " + e);
        }
    }

    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void log(String message) {
        System.out.println("[postern] " + Instant.now() + " " + message);
        System.out.flush();
    }
}
