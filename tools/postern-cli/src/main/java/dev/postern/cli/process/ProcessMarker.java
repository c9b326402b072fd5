package dev.postern.cli.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every process the local stack starts carries {@code -Dpostern.component=<name>} on its command
 * line. Before a pid read from a pid file is signalled, its command line must still carry that
 * marker, so a pid the kernel has since given to another process is never killed.
 */
public final class ProcessMarker {

    private static final Path PROC = Path.of("/proc");

    private ProcessMarker() {
    }

    public static String markerFor(String component) {
        return "-Dpostern.component=" + component;
    }

    /** True when {@code arguments} holds the marker of {@code component} as a whole argument. */
    public static boolean carries(List<String> arguments, String component) {
        return arguments.contains(markerFor(component));
    }

    /** True when a NUL-separated {@code /proc/<pid>/cmdline} holds the marker of {@code component}. */
    public static boolean carries(byte[] procCmdline, String component) {
        String all = new String(procCmdline, StandardCharsets.UTF_8);
        return carries(Arrays.asList(all.split("\0")), component);
    }

    /** The live process {@code pid} if it is the one started as {@code component}. */
    public static Optional<ProcessHandle> find(long pid, String component) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return Optional.empty();
        }
        return isMarked(handle.get(), component) ? handle : Optional.empty();
    }

    private static boolean isMarked(ProcessHandle handle, String component) {
        Path cmdline = PROC.resolve(Long.toString(handle.pid())).resolve("cmdline");
        if (Files.isDirectory(PROC)) {
            try {
                return carries(Files.readAllBytes(cmdline), component);
            } catch (IOException e) {
                return false;
            }
        }
        // No /proc (macOS): the JDK asks the OS for the arguments instead.
        return handle.info().arguments().map(args -> carries(Arrays.asList(args), component)).orElse(false);
    }
}
