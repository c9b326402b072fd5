package dev.postern.cli.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts one component as its own JVM, detached from the terminal (its own session where
 * {@code setsid} exists, so a Ctrl-C meant for the CLI does not reach it), with stdout and stderr
 * appended to its log file and the previous run's log kept as {@code <name>.log.1}.
 *
 * <p>The child's environment is the CLI's without any {@code POSTERN_*} variable, plus what the
 * caller passes: secrets travel there, never on the command line.
 */
public final class ChildLauncher {

    private final Path javaExecutable;
    private final Path workDir;
    private final Optional<Path> setsid;

    public ChildLauncher(Path javaExecutable, Path workDir) {
        this.javaExecutable = javaExecutable;
        this.workDir = workDir;
        this.setsid = Stream.of("/usr/bin/setsid", "/bin/setsid").map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** The JVM running this CLI, which {@code ./postern} has checked is 17 or newer. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    public Process start(String component, List<String> jvmArguments, List<String> programArguments,
                         Map<String, String> environment, Path logFile) throws IOException {
        List<String> command = new ArrayList<>();
        setsid.ifPresent(path -> command.add(path.toString()));
        command.add(javaExecutable.toString());
        command.add(ProcessMarker.markerFor(component));
        command.addAll(jvmArguments);
        command.addAll(programArguments);

        Files.createDirectories(logFile.getParent());
        if (Files.exists(logFile)) {
            Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(logFile, "=== postern: " + component + " starting at "
                        + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " ===\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("POSTERN_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows") ? "NUL" : "/dev/null";
    }
}
