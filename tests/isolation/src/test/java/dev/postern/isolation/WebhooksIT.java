package dev.postern.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.postern.cli.LocalStack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Webhooks as a new user meets them on the stack ./postern up starts: a receiver on loopback, a signed
 * test ping that a Standard Webhooks verifier accepts, 503 then 200, mail sent over SMTP arriving as a
 * signed message.received, the metadata address refused, the event API and the live stream showing the
 * events, and a restart of the webhooks service losing no pending delivery.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhooksIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static LocalStack stack;
    private static Map<String, String> env;
    private static Api api;
    private static String key;
    private static Receiver receiver;
    private static String endpointId;
    private static String secret;

    @BeforeAll
    static void upTheStack() throws IOException {
        stack = TestStacks.create("webhooks", Map.of("POSTERN_START_TIMEOUT", "400"));
        env = stack.up();
        api = new Api(env.get("POSTERN_URL"));
        key = env.get("POSTERN_API_KEY");
        receiver = new Receiver();
    }

    @AfterAll
    static void downTheStack() {
        if (receiver != null) {
            receiver.close();
        }
        if (stack != null) {
            stack.down();
        }
    }

    @Test
    @Order(1)
    void theCloudMetadataAddressAndOtherInternalTargetsAreRefusedAtRegistration() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/hook",
                "http://metadata.google.internal/computeMetadata/v1/", "http://[fd00::1]/hook")) {
            Api.Reply refused = api.post(key, "/api/v1/webhooks", "{\"url\":\"" + url + "\"}");
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("url");
        }
        assertThat(api.get(key, "/api/v1/webhooks", "it").body().get("data")).isEmpty();
    }

    @Test
    @Order(2)
    void aTestPingToALoopbackEndpointThatAnswers503FirstArrivesSignedOnALaterAttempt() throws Exception {
        receiver.answer(503, 200);
        Api.Reply created = api.post(key, "/api/v1/webhooks", "{\"url\":\"" + receiver.url("/postern") + "\"}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        endpointId = created.body().get("id").asText();
        secret = created.body().get("secret").asText();
        assertThat(secret).startsWith("whsec_");

        Api.Reply ping = api.post(key, "/api/v1/webhooks/" + endpointId + "/test", "");
        assertThat(ping.status()).as(ping.raw()).isEqualTo(201);
        assertThat(ping.body().get("status").asText()).isEqualTo("pending");
        assertThat(ping.body().at("/attempts/0/http_status").asInt()).isEqualTo(503);
        assertThat(ping.body().get("next_attempt_at").isNull()).isFalse();

        await().atMost(PATIENCE).until(() -> receiver.received().size() >= 2);
        Receiver.Request first = receiver.received().get(0);
        Receiver.Request second = receiver.received().get(1);
        assertThat(second.header("webhook-id")).isEqualTo(first.header("webhook-id"));
        assertThat(verify(secret, second)).isTrue();
        assertThat(verify("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), second)).isFalse();
        assertThat(JSON.readTree(second.body()).get("type").asText()).isEqualTo("webhook.test");

        JsonNode deliveries = awaitDelivery(endpointId, "webhook.test", "succeeded");
        assertThat(deliveries.at("/attempts/0/http_status").asInt()).isEqualTo(503);
        assertThat(deliveries.at("/attempts/1/http_status").asInt()).isEqualTo(200);
        assertThat(deliveries.at("/attempts/1/latency_ms").asInt()).isGreaterThanOrEqualTo(0);
    }

    @Test
    @Order(3)
    void aMailSentBySmtpToAnAgentBecomesASignedMessageReceivedWithItsContent() throws Exception {
        receiver.answer(200);
        Api.Reply agent = api.post(key, "/api/v1/agents", "{\"name\":\"hooked-inbox\"}");
        assertThat(agent.status()).as(agent.raw()).isEqualTo(201);
        String address = agent.body().get("address").asText();
        await().atMost(PATIENCE).until(() -> rcpt(address).startsWith("250"));
        int before = receiver.received().size();

        String mail = "From: Alice <alice@customer.example>\r\nTo: " + address + "\r\nSubject: Order 1234\r\n"
                + "Message-ID: <it-" + System.nanoTime() + "@customer.example>\r\n\r\nHello, where is my order 1234?\r\n";
        assertThat(smtp("alice@customer.example", address, mail)).startsWith("250");

        await().atMost(PATIENCE).until(() -> receiver.received().stream().skip(before)
                .anyMatch(r -> r.body().contains("\"message.received\"")));
        Receiver.Request got = receiver.received().stream().skip(before)
                .filter(r -> r.body().contains("\"message.received\"")).findFirst().orElseThrow();
        assertThat(verify(secret, got)).isTrue();
        JsonNode data = JSON.readTree(got.body()).get("data");
        assertThat(data.get("from").asText()).isEqualTo("alice@customer.example");
        assertThat(data.get("verdict").asText()).isEqualTo("clean");
        assertThat(data.has("injection_score")).isTrue();
        assertThat(data.has("authentication")).isTrue();
        assertThat(data.get("content_available").asBoolean()).isTrue();
        assertThat(data.at("/content/text").asText()).contains("where is my order 1234");
        assertThat(data.at("/content/spotlighted_text").asText()).contains("where is my order 1234");
    }

    @Test
    @Order(4)
    void theEventApiAndTheLiveStreamShowTheEventsAndTheStreamResumesAfterLastEventId() throws Exception {
        JsonNode events = api.get(key, "/api/v1/events", "it").body();
        List<String> types = new ArrayList<>();
        events.get("data").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).contains("webhook.test", "message.received");
        JsonNode ping = events.get("data").get(0);
        assertThat(ping.get("id").asText()).isEqualTo(receiver.received().get(0).header("webhook-id"));
        assertThat(api.get(key, "/api/v1/events?types=message.*", "it").body().get("data"))
                .allMatch(e -> e.get("type").asText().startsWith("message."));
        long last = events.get("data").get(events.get("data").size() - 1).get("seq").asLong();

        try (SseReader fromStart = SseReader.open(env.get("POSTERN_URL") + "/api/v1/events/stream", key, null)) {
            await().atMost(PATIENCE).until(() -> fromStart.ids().contains(Long.toString(last)));
            assertThat(fromStart.ids()).startsWith(Long.toString(ping.get("seq").asLong()));
            assertThat(fromStart.names()).contains("webhook.test", "message.received");
        }
        try (SseReader resumed = SseReader.open(env.get("POSTERN_URL") + "/api/v1/events/stream", key, Long.toString(last))) {
            await().atMost(PATIENCE).until(() -> resumed.comments().stream().anyMatch(c -> c.startsWith("connected")));
            Api.Reply again = api.post(key, "/api/v1/webhooks/" + endpointId + "/test", "");
            assertThat(again.status()).isEqualTo(201);
            await().atMost(PATIENCE).until(() -> !resumed.ids().isEmpty());
            assertThat(resumed.ids()).containsExactly(Long.toString(last + 1));
            assertThat(resumed.names()).containsExactly("webhook.test");
        }
    }

    @Test
    @Order(5)
    void aRestartOfTheWebhooksServiceLosesNoPendingDelivery() throws Exception {
        receiver.answer(503);
        Api.Reply ping = api.post(key, "/api/v1/webhooks/" + endpointId + "/test", "");
        assertThat(ping.body().get("status").asText()).as(ping.raw()).isEqualTo("pending");
        String deliveryId = ping.body().get("id").asText();
        int before = receiver.received().size();

        long pid = Long.parseLong(Files.readString(stack.paths().pidFile("webhooks")).strip());
        ProcessHandle webhooks = ProcessHandle.of(pid).orElseThrow();
        webhooks.destroy();
        await().atMost(Duration.ofSeconds(30)).until(() -> !webhooks.isAlive());
        receiver.answer(200);
        assertThat(api.post(key, "/api/v1/webhooks/" + endpointId + "/test", "").status()).as("the service is down").isEqualTo(503);

        stack.up();
        await().atMost(PATIENCE).until(() -> "succeeded".equals(delivery(endpointId, deliveryId).path("status").asText()));
        JsonNode done = delivery(endpointId, deliveryId);
        assertThat(done.at("/attempts/0/http_status").asInt()).isEqualTo(503);
        assertThat(done.get("attempts").get(done.get("attempts").size() - 1).get("http_status").asInt()).isEqualTo(200);
        assertThat(receiver.received().stream().skip(before).map(r -> r.header("webhook-id")))
                .contains(ping.body().get("event_id").asText());
    }

    // --- helpers --------------------------------------------------------------------------------

    private static JsonNode awaitDelivery(String endpoint, String type, String status) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).until(() -> {
            for (JsonNode d : api.get(key, "/api/v1/webhooks/" + endpoint + "/deliveries", "it").body().path("data")) {
                if (type.equals(d.get("event_type").asText()) && status.equals(d.get("status").asText())) {
                    found[0] = d;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static JsonNode delivery(String endpoint, String deliveryId) {
        Api.Reply r = api.get(key, "/api/v1/webhooks/" + endpoint + "/deliveries/" + deliveryId, "it");
        return r.status() == 200 ? r.body() : JSON.createObjectNode();
    }

    /** The Standard Webhooks check, written from the specification: HMAC-SHA256 of id.timestamp.body, base64, v1. */
    private static boolean verify(String whsec, Receiver.Request r) throws Exception {
        long ts = Long.parseLong(r.header("webhook-timestamp"));
        if (Math.abs(Instant.now().getEpochSecond() - ts) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(whsec.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = Base64.getEncoder().encode(mac.doFinal((r.header("webhook-id") + "." + ts + "." + r.body())
                .getBytes(StandardCharsets.UTF_8)));
        for (String sig : r.header("webhook-signature").split(" ")) {
            if (sig.startsWith("v1,") && MessageDigest.isEqual(sig.substring(3).getBytes(StandardCharsets.UTF_8), expected)) {
                return true;
            }
        }
        return false;
    }

    /** A customer's webhook receiver on loopback: records requests, answers from a script, then the last status. */
    static final class Receiver implements AutoCloseable {

        record Request(Map<String, List<String>> headers, String body) {
            String header(String name) {
                return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                        .findFirst().orElse(null);
            }
        }

        private final HttpServer server;
        private final List<Request> received = new CopyOnWriteArrayList<>();
        private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
        private final AtomicInteger fallback = new AtomicInteger(200);

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Request(Map.copyOf(exchange.getRequestHeaders()), body));
                Integer status = script.poll();
                exchange.sendResponseHeaders(status == null ? fallback.get() : status, -1);
                exchange.close();
            });
            server.start();
        }

        /** Answers the statuses in order; the last one stays the answer afterwards. */
        void answer(int... statuses) {
            script.clear();
            for (int i = 0; i < statuses.length - 1; i++) {
                script.add(statuses[i]);
            }
            fallback.set(statuses[statuses.length - 1]);
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        List<Request> received() {
            return List.copyOf(received);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** Reads a Server-Sent Events stream in the background, as EventSource would, keeping ids, names and comments. */
    static final class SseReader implements AutoCloseable {

        private final List<String> ids = new CopyOnWriteArrayList<>();
        private final List<String> names = new CopyOnWriteArrayList<>();
        private final List<String> comments = new CopyOnWriteArrayList<>();
        private final Thread thread;
        private volatile java.io.InputStream body;

        private SseReader(HttpRequest request) {
            thread = new Thread(() -> {
                try {
                    HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
                    body = response.body();
                    BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("id:")) {
                            ids.add(line.substring(3).strip());
                        } else if (line.startsWith("event:")) {
                            names.add(line.substring(6).strip());
                        } else if (line.startsWith(":")) {
                            comments.add(line.substring(1).strip());
                        }
                    }
                } catch (IOException e) {
                    // closed by the test
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "sse-reader");
            thread.setDaemon(true);
            thread.start();
        }

        static SseReader open(String url, String apiKey, String lastEventId) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + apiKey)
                    .header("Accept", "text/event-stream").GET();
            if (lastEventId != null) {
                b.header("Last-Event-ID", lastEventId);
            }
            return new SseReader(b.build());
        }

        List<String> ids() {
            return List.copyOf(ids);
        }

        List<String> names() {
            return List.copyOf(names);
        }

        List<String> comments() {
            return List.copyOf(comments);
        }

        @Override
        public void close() throws IOException {
            if (body != null) {
                body.close();
            }
            thread.interrupt();
        }
    }

    private static String rcpt(String address) {
        return new SmtpClient(env.get("POSTERN_SMTP_INBOUND")).rcpt(address);
    }

    private static String smtp(String from, String to, String message) {
        return new SmtpClient(env.get("POSTERN_SMTP_INBOUND")).send(from, to, message);
    }
}
