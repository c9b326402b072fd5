package dev.postern.cli;

/** One parsed command line of {@code ./postern}. */
public sealed interface Command {

    /** {@code up [--infra-only]}. */
    record Up(boolean infraOnly) implements Command {
    }

    /** {@code down}. */
    record Down() implements Command {
    }

    /** {@code status}. */
    record Status() implements Command {
    }

    /** {@code logs [-f] <component>}. */
    record Logs(String component, boolean follow) implements Command {
    }

    /** {@code admin create-workspace --name <name>}. */
    record CreateWorkspace(String name) implements Command {
    }

    /** Help asked for ({@code error} null) or a command line that could not be understood. */
    record Usage(String error) implements Command {
    }
}
