package dev.postern.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.cli.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 3's "done when", tried as a new user would: the whole stack started the way ./postern up
 * starts it, an agent created, mail sent and read back from the local sink over IMAP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SendFlowIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static LocalStack stack;
    private static Map<String, String> env;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static MailSink sink;
    private static String agentAddress;
    private static String firstMailUnsubscribe;

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    }

    @BeforeAll
    static void upTheStack() throws IOException {
        stack = TestStacks.create("send", Map.of("POSTERN_SERVICES", "audit,send,gateway"));
        env = stack.up();
        assertThat(env).containsKey("POSTERN_SINK_IMAP");
        sink = new MailSink(env.get("POSTERN_SINK_IMAP"));
    }

    @AfterAll
    static void downTheStack() {
        if (stack != null) {
            stack.down();
        }
    }

    @Test
    @Order(1)
    void aMessageArrivesInTheSinkWithItsHeadersAndBecomesSent() {
        Reply agent = post(liveKey(), "/api/v1/agents", "{\"name\":\"it-sender\",\"display_name\":\"IT Sender\"}", null);
        assertThat(agent.status()).as(agent.raw().body()).isEqualTo(201);
        agentAddress = agent.body().path("address").asText();

        Reply sent = post(liveKey(), "/api/v1/messages", message("reader@example.com", "Hello from Postern"), null);
        assertThat(sent.status()).as(sent.raw().body()).isEqualTo(202);
        String id = sent.body().path("id").asText();
        String messageId = sent.body().path("message_id").asText();

        await().atMost(PATIENCE).until(() -> status(id).equals("sent") || status(id).equals("delivered"));
        List<MailSink.Mail> inbox = awaitMail("reader@example.com", 1);
        MailSink.Mail mail = inbox.get(0);
        assertThat(mail.from()).contains(agentAddress).contains("IT Sender");
        assertThat(mail.messageId()).isEqualTo(messageId);
        assertThat(mail.subject()).isEqualTo("Hello from Postern");
        assertThat(mail.listUnsubscribe()).contains(env.get("POSTERN_URL") + "/unsubscribe/pu1.");
        assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        firstMailUnsubscribe = mail.listUnsubscribe().replaceAll("^.*<(http[^>]+)>.*$", "$1");
    }

    @Test
    @Order(2)
    void theSameIdempotencyKeyTwiceGivesOneMessageAndOneMail() {
        String key = UUID.randomUUID().toString();
        String body = message("twice@example.com", "Only once");
        Reply first = post(liveKey(), "/api/v1/messages", body, key);
        Reply second = post(liveKey(), "/api/v1/messages", body, key);
        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(second.raw().body()).isEqualTo(first.raw().body());
        // a later message to the same mailbox is the second mail: had the retry been sent, it would sit in between
        assertThat(post(liveKey(), "/api/v1/messages", message("twice@example.com", "Sentinel"), null).status()).isEqualTo(202);
        List<MailSink.Mail> inbox = awaitMail("twice@example.com", 2);
        assertThat(inbox).extracting(MailSink.Mail::subject).containsExactlyInAnyOrder("Only once", "Sentinel");
    }

    @Test
    @Order(3)
    void theBounceSimulatorEndsBouncedSuppressesAndTheNextSendIsRefused() {
        String bounce = "bounce@simulator.amazonses.com";
        String id = post(liveKey(), "/api/v1/messages", message(bounce, "Will bounce"), null).body().path("id").asText();
        await().atMost(PATIENCE).until(() -> status(id).equals("bounced"));
        await().atMost(PATIENCE).until(() -> get(liveKey(), "/api/v1/suppressions/" + bounce).status() == 200);
        assertThat(get(liveKey(), "/api/v1/suppressions").body().path("data").toString()).contains(bounce);

        String next = post(liveKey(), "/api/v1/messages", message(bounce, "Again"), null).body().path("id").asText();
        await().atMost(PATIENCE).until(() -> status(next).equals("suppressed"));
        JsonNode detail = get(liveKey(), "/api/v1/messages/" + next).body();
        assertThat(detail.toString()).containsIgnoringCase("suppress");
    }

    @Test
    @Order(4)
    void theTestModeKeyTransmitsNothing() {
        String id = post(testKey(), "/api/v1/messages", message("testmode@example.com", "Test mode"), null).body().path("id").asText();
        await().atMost(PATIENCE).until(() -> !List.of("queued", "scheduled").contains(status(id)));
        assertThat(post(liveKey(), "/api/v1/messages", message("testmode@example.com", "Live sentinel"), null).status()).isEqualTo(202);
        List<MailSink.Mail> inbox = awaitMail("testmode@example.com", 1);
        assertThat(inbox).extracting(MailSink.Mail::subject).containsExactly("Live sentinel");
    }

    @Test
    @Order(5)
    void oneClickUnsubscribeFromTheMailSuppressesTheReader() throws Exception {
        assertThat(firstMailUnsubscribe).startsWith(env.get("POSTERN_URL") + "/unsubscribe/");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(firstMailUnsubscribe)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(get(liveKey(), "/api/v1/suppressions/reader@example.com").status()).as("GET never unsubscribes").isEqualTo(404);
        HttpResponse<String> done = HTTP.send(HttpRequest.newBuilder(URI.create(firstMailUnsubscribe))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        Reply suppression = get(liveKey(), "/api/v1/suppressions/reader@example.com");
        assertThat(suppression.status()).isEqualTo(200);
        assertThat(suppression.body().path("reason").asText()).isEqualTo("unsubscribe");
    }

    @Test
    @Order(6)
    void theAuditLogShowsTheSends() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            String rows = get(liveKey(), "/api/v1/logs?category=sends&limit=200").raw().body();
            assertThat(rows).contains("messages.send").contains("message.send_requested").contains("message.sent")
                    .contains("message.bounced").contains("suppression.added");
        });
    }

    private static String message(String to, String subject) {
        return "{\"agent\":\"it-sender\",\"to\":\"" + to + "\",\"subject\":\"" + subject + "\",\"text\":\"Sent by SendFlowIT.\"}";
    }

    private static String status(String id) {
        Reply r = get(liveKey(), "/api/v1/messages/" + id);
        return r.status() == 200 ? r.body().path("status").asText() : "http-" + r.status();
    }

    private static List<MailSink.Mail> awaitMail(String address, int count) {
        await().atMost(PATIENCE).ignoreExceptions().until(() -> sink.inbox(address).size() >= count);
        List<MailSink.Mail> inbox = sink.inbox(address);
        assertThat(inbox).hasSize(count);
        return inbox;
    }

    private static String liveKey() {
        return env.get("POSTERN_API_KEY");
    }

    private static String testKey() {
        return env.get("POSTERN_TEST_API_KEY");
    }

    private static Reply get(String key, String path) {
        return call(HttpRequest.newBuilder(URI.create(env.get("POSTERN_URL") + path)).header("Authorization", "Bearer " + key).GET());
    }

    private static Reply post(String key, String path, String json, String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(env.get("POSTERN_URL") + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return call(b);
    }

    private static Reply call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
