package dev.postern.isolation;

import dev.postern.cli.LocalStack;
import dev.postern.cli.stack.ServiceSpec;
import dev.postern.cli.stack.Services;
import dev.postern.testing.LoopbackPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A stack for one suite, started the way {@code ./postern up} starts it, in its own state directory
 * ({@code target/postern-state-<suffix>}, emptied first) and on free ports for every component, so suites collide
 * neither with each other's leftovers nor with a stack a developer has running.
 */
final class TestStacks {

    private TestStacks() {
    }

    /** A stack (not yet up) with 4 partitions per topic; {@code extra} settings override the defaults. */
    static LocalStack create(String suffix, Map<String, String> extra) {
        Path root = Path.of(System.getProperty("postern.repo.root", "../.."));
        Path state = Path.of(System.getProperty("postern.state.dir", "target/postern-state") + "-" + suffix);
        deleteRecursively(state);
        Map<String, String> settings = new HashMap<>();
        List<String> variables = portVariables();
        List<Integer> ports = LoopbackPorts.distinct(variables.size());
        for (int i = 0; i < variables.size(); i++) {
            settings.put(variables.get(i), Integer.toString(ports.get(i)));
        }
        settings.put("POSTERN_KAFKA_PARTITIONS", "4");
        settings.putAll(extra);
        return new LocalStack(root, state, settings);
    }

    /** Every port variable of every component ./postern up can start. */
    static List<String> portVariables() {
        List<String> ports = new ArrayList<>(List.of("POSTERN_KAFKA_PORT", "POSTERN_KAFKA_CONTROLLER_PORT", "POSTERN_PG_PORT",
                "POSTERN_S3_PORT", "POSTERN_SINK_SMTP_PORT", "POSTERN_SINK_IMAP_PORT"));
        for (ServiceSpec service : Services.ALL) {
            ports.add(service.portVariable());
            service.extraPorts().forEach(extra -> ports.add(extra.variable()));
        }
        return ports;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
