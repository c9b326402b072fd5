package dev.postern.cli.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/** The pid files under {@code .postern/run/}: one number per file, one file per running component. */
public final class PidFiles {

    private final Function<String, Path> pidFile;

    public PidFiles(Function<String, Path> pidFile) {
        this.pidFile = pidFile;
    }

    public void write(String component, long pid) throws IOException {
        Path file = pidFile.apply(component);
        Files.createDirectories(file.getParent());
        Files.writeString(file, pid + "\n", StandardCharsets.US_ASCII);
    }

    /** The pid recorded for {@code component}, if a readable pid file exists. */
    public OptionalLong read(String component) {
        Path file = pidFile.apply(component);
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The running process of {@code component}: its pid file names a live process that carries its marker. */
    public Optional<ProcessHandle> running(String component) {
        OptionalLong pid = read(component);
        return pid.isPresent() ? ProcessMarker.find(pid.getAsLong(), component) : Optional.empty();
    }

    public boolean exists(String component) {
        return Files.exists(pidFile.apply(component));
    }

    public void remove(String component) throws IOException {
        Files.deleteIfExists(pidFile.apply(component));
    }
}
