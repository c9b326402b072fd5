package dev.postern.cli;

import dev.postern.cli.stack.CreatedWorkspace;
import dev.postern.cli.stack.EnvFile;
import dev.postern.cli.stack.GatewayAdminClient;
import dev.postern.cli.stack.LaunchCommands;
import dev.postern.cli.stack.Secrets;
import dev.postern.cli.stack.Services;
import dev.postern.cli.stack.StackException;
import dev.postern.cli.stack.StackSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code .postern/local.env}: where a client finds the running stack and its API keys. Written from
 * a map on every {@code up}, keeping entries it does not manage (later versions add their own).
 * The first {@code up} with a gateway creates the "default" workspace; later ones reuse the one
 * recorded here, unless the database it lived in is new.
 */
final class LocalEnvironment {

    static final String URL = "POSTERN_URL";
    static final String API_KEY = "POSTERN_API_KEY";
    static final String TEST_API_KEY = "POSTERN_TEST_API_KEY";
    static final String WORKSPACE_ID = "POSTERN_WORKSPACE_ID";

    private final Path file;
    private final PrintStream out;

    LocalEnvironment(Path file, PrintStream out) {
        this.file = file;
        this.out = out;
    }

    Map<String, String> write(StackSettings settings, Secrets secrets, boolean freshDatabase) {
        Map<String, String> entries;
        try {
            entries = EnvFile.read(file);
        } catch (IOException e) {
            throw new StackException("cannot read " + file + ": " + e.getMessage(), e);
        }
        entries.put(URL, settings.serviceUrl(Services.GATEWAY));
        entries.put("POSTERN_KAFKA_BOOTSTRAP", settings.kafkaBootstrap());
        entries.put("POSTERN_S3_ENDPOINT", settings.s3Endpoint());
        entries.put("POSTERN_SINK_SMTP", settings.sinkSmtp());
        entries.put("POSTERN_SINK_IMAP", settings.sinkImap());
        if (settings.services().stream().anyMatch(s -> s.name().equals("inbound-scanner"))) {
            entries.put("POSTERN_SMTP_INBOUND", "127.0.0.1:" + settings.port(Services.SMTP_INBOUND));
        }
        entries.put("POSTERN_DB_JDBC_URL", "jdbc:postgresql://" + settings.databaseHost() + ":" + settings.databasePort()
                + "/" + LaunchCommands.DATABASE);

        boolean gatewayRuns = settings.services().stream().anyMatch(s -> s.name().equals(Services.GATEWAY));
        boolean hasWorkspace = !entries.getOrDefault(WORKSPACE_ID, "").isEmpty();
        if (gatewayRuns && hasWorkspace && freshDatabase) {
            out.println("  The database is new, so workspace " + entries.get(WORKSPACE_ID)
                    + " recorded in local.env is gone; creating a new one.");
            hasWorkspace = false;
        }
        if (gatewayRuns && !hasWorkspace) {
            CreatedWorkspace workspace = new GatewayAdminClient(settings.serviceUrl(Services.GATEWAY),
                    secrets.get(Secrets.INTERNAL_SECRET)).createWorkspace(LocalStack.DEFAULT_WORKSPACE);
            entries.put(WORKSPACE_ID, workspace.id());
            entries.put(API_KEY, workspace.liveKey());
            entries.put(TEST_API_KEY, workspace.testKey());
            out.println("  " + LocalStack.pad("workspace") + "'" + LocalStack.DEFAULT_WORKSPACE + "' created: " + workspace.id());
        }
        try {
            EnvFile.write(file, entries, "Written by ./postern up. Load with: set -a; . .postern/local.env; set +a");
        } catch (IOException e) {
            throw new StackException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }
}
