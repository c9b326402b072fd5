package dev.postern.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns {@code ./postern}'s arguments into a {@link Command}; never throws. */
public final class CliArguments {

    public static final String USAGE = """
            usage: ./postern <command>

              up [--infra-only]        build what is missing, start Kafka, PostgreSQL, S3 and every
                                       service, and print where each runs
              down                     stop everything 'up' started (data is kept)
              status                   one line per component: state, pid, address, health
              logs [-f] <component>    last 100 lines of a component's log; -f follows it
              admin create-workspace --name <name>
                                       create a workspace and print its id and API keys

            Components: postgres, kafka, s3, and the services (audit, gateway); 'build' for the build log.
            State, logs and local.env live in .postern/ (POSTERN_STATE_DIR moves it).

            Environment:
              POSTERN_GATEWAY_PORT=8080 POSTERN_AUDIT_PORT=18081 POSTERN_KAFKA_PORT=19092
              POSTERN_PG_PORT=15432 POSTERN_S3_PORT=18333       ports
              POSTERN_DB_URL=jdbc:postgresql://host:5432/postgres?user=postgres&password=...
                                       use this PostgreSQL (superuser) instead of starting one
              POSTERN_SERVICES=all|none|audit,gateway   which services up starts (none = --infra-only)
              POSTERN_KAFKA_PARTITIONS=12  POSTERN_SERVICE_HEAP=256m  POSTERN_<COMPONENT>_HEAP
              POSTERN_JAVA_OPTS        extra JVM options for the services
              POSTERN_REBUILD=1        rebuild before up
            """;

    private CliArguments() {
    }

    public static Command parse(String... args) {
        if (args.length == 0) {
            return new Command.Usage("no command given");
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        return switch (args[0]) {
            case "up" -> parseUp(rest);
            case "down" -> rest.isEmpty() ? new Command.Down() : unexpected("down", rest);
            case "status" -> rest.isEmpty() ? new Command.Status() : unexpected("status", rest);
            case "logs" -> parseLogs(rest);
            case "admin" -> parseAdmin(rest);
            case "help", "-h", "--help" -> new Command.Usage(null);
            default -> new Command.Usage("unknown command '" + args[0] + "'");
        };
    }

    private static Command parseUp(List<String> rest) {
        boolean infraOnly = false;
        for (String arg : rest) {
            if (arg.equals("--infra-only")) {
                infraOnly = true;
            } else {
                return new Command.Usage("up: unknown option '" + arg + "'");
            }
        }
        return new Command.Up(infraOnly);
    }

    private static Command parseLogs(List<String> rest) {
        boolean follow = false;
        String component = null;
        for (String arg : rest) {
            if (arg.equals("-f") || arg.equals("--follow")) {
                follow = true;
            } else if (arg.startsWith("-")) {
                return new Command.Usage("logs: unknown option '" + arg + "'");
            } else if (component == null) {
                component = arg;
            } else {
                return new Command.Usage("logs: one component at a time");
            }
        }
        return component == null ? new Command.Usage("logs: name a component") : new Command.Logs(component, follow);
    }

    private static Command parseAdmin(List<String> rest) {
        if (rest.isEmpty() || !rest.get(0).equals("create-workspace")) {
            return new Command.Usage(rest.isEmpty() ? "admin: name a subcommand (create-workspace)"
                    : "admin: unknown subcommand '" + rest.get(0) + "'");
        }
        String name = null;
        for (int i = 1; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--name") && i + 1 < rest.size()) {
                name = rest.get(++i);
            } else if (arg.startsWith("--name=")) {
                name = arg.substring("--name=".length());
            } else {
                return new Command.Usage("admin create-workspace: unexpected '" + arg + "'");
            }
        }
        if (name == null || name.isBlank()) {
            return new Command.Usage("admin create-workspace: --name <name> is required");
        }
        return new Command.CreateWorkspace(name);
    }

    private static Command unexpected(String command, List<String> rest) {
        return new Command.Usage(command + ": unexpected '" + rest.get(0) + "'");
    }
}
