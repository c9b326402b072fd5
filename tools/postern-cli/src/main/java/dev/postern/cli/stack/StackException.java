package dev.postern.cli.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * A failure the user can act on: a one-line message, and for a process that died, the tail of
 * its log. The CLI prints both and exits non-zero; no stack trace is shown for these.
 */
public class StackException extends RuntimeException {

    private final transient Path logFile;
    private final List<String> logTail;

    public StackException(String message) {
        this(message, null, List.of(), null);
    }

    public StackException(String message, Throwable cause) {
        this(message, null, List.of(), cause);
    }

    public StackException(String message, Path logFile, List<String> logTail) {
        this(message, logFile, logTail, null);
    }

    private StackException(String message, Path logFile, List<String> logTail, Throwable cause) {
        super(message, cause);
        this.logFile = logFile;
        this.logTail = List.copyOf(logTail);
    }

    /** The log whose tail is attached, or null. */
    public Path logFile() {
        return logFile;
    }

    /** The last lines of the failed process's log; empty when there is none. */
    public List<String> logTail() {
        return logTail;
    }
}
