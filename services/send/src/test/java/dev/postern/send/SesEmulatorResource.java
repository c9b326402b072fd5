package dev.postern.send;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The SES v2 API emulator {@code aws-ses-v2-local} (npm), installed into {@code target/ses-emulator}
 * on first use and run with node on a free port. Its GetAccount answers a maximum send rate of
 * {@value #MAX_SEND_RATE}/s. Without npm the resource starts nothing and says so; the SES tests then
 * skip with that message.
 */
public class SesEmulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final String VERSION = "2.10.2";
    public static final double MAX_SEND_RATE = 7;
    public static final String AVAILABLE = "ses-emulator.available";
    public static final String URL = "ses-emulator.url";

    private static final Path DIR = Path.of("target/ses-emulator");
    private Process process;

    @Override
    public Map<String, String> start() {
        if (!onPath("npm") || !onPath("node")) {
            return Map.of(AVAILABLE, "false", "postern.ses.endpoint", "http://127.0.0.1:9");
        }
        try {
            Path cli = DIR.resolve("node_modules/aws-ses-v2-local/dist/cli.js");
            if (!Files.exists(cli)) {
                run(new ProcessBuilder("npm", "install", "--prefix", DIR.toString(), "--no-audit", "--no-fund", "--loglevel=error",
                        "aws-ses-v2-local@" + VERSION), Duration.ofMinutes(3));
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder node = new ProcessBuilder("node", cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(DIR.resolve("emulator.log").toFile());
            node.environment().put("AWS_SES_ACCOUNT", account());
            process = node.start();
            String url = "http://127.0.0.1:" + port;
            awaitHealthy(url);
            return Map.of(AVAILABLE, "true", URL, url, "postern.ses.endpoint", url);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the SES emulator: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the SES emulator", e);
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String account() {
        return "{\"DedicatedIpAutoWarmupEnabled\":false,\"Details\":{\"AdditionalContactEmailAddresses\":[],\"ContactLanguage\":\"EN\","
                + "\"MailType\":\"TRANSACTIONAL\",\"ReviewDetails\":{\"CaseId\":\"1\",\"Status\":\"GRANTED\"},"
                + "\"UseCaseDescription\":\"tests\",\"WebsiteURL\":\"https://postern.test\"},\"EnforcementStatus\":\"HEALTHY\","
                + "\"ProductionAccessEnabled\":true,\"SendingEnabled\":true,\"SendQuota\":{\"Max24HourSend\":50000,\"MaxSendRate\":"
                + MAX_SEND_RATE + ",\"SentLast24Hours\":0},\"SuppressionAttributes\":{\"SuppressedReasons\":[]}}";
    }

    private static void awaitHealthy(String url) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/health-check")).timeout(Duration.ofSeconds(2)).build();
        Awaitility.await("the SES emulator at " + url + " (log: " + DIR.resolve("emulator.log") + ")")
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private static void run(ProcessBuilder builder, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        Process p = builder.redirectErrorStream(true).redirectOutput(DIR.resolve("npm-install.log").toFile()).start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("npm install did not finish within " + timeout);
        }
        if (p.exitValue() != 0) {
            throw new IOException("npm install failed (exit " + p.exitValue() + "); see " + DIR.resolve("npm-install.log"));
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
