package dev.postern.webhooks.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.auth.OutboundAddressGuard;
import dev.postern.auth.WebhookTarget;
import dev.postern.webhooks.support.Receiver;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP side of a delivery against a real server on loopback. */
class WebhookSenderTests {

    private static Vertx vertx;
    private static WebhookSender sender;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        sender = new WebhookSender(vertx, Duration.ofSeconds(2), Duration.ofSeconds(4), 1024);
    }

    @AfterAll
    static void stop() {
        sender.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void itConnectsToTheCheckedAddressAndNeverLooksTheNameUpAgain() throws Exception {
        try (Receiver receiver = new Receiver()) {
            // the name does not resolve anywhere: only the pinned address can have been used
            WebhookTarget target = WebhookTarget.parse("http://hooks.unresolvable.invalid:" + receiver.port() + "/p?q=1");
            WebhookSender.Answer answer = send(target, InetAddress.getLoopbackAddress(), "{\"a\":1}");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.success()).isTrue();
            assertThat(receiver.received()).hasSize(1);
            assertThat(receiver.received().get(0).host()).isEqualTo("hooks.unresolvable.invalid:" + receiver.port());
            assertThat(receiver.received().get(0).path()).isEqualTo("/p?q=1");
            assertThat(receiver.received().get(0).body()).isEqualTo("{\"a\":1}");
            assertThat(receiver.received().get(0).header("x-test")).isEqualTo("yes");
        }
    }

    @Test
    void theResponseExcerptIsCappedAtOneKibibyte() throws Exception {
        try (Receiver receiver = new Receiver().otherwiseAnswer(new Receiver.Answer(500, "é".repeat(40_000), Map.of()))) {
            WebhookSender.Answer answer = send(WebhookTarget.parse(receiver.url("/big")), InetAddress.getLoopbackAddress(), "{}");
            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.success()).isFalse();
            assertThat(answer.excerpt().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024 * 3);
            assertThat(answer.excerpt()).startsWith("éé");
            assertThat(answer.excerpt().replace("\uFFFD", "").length()).isLessThanOrEqualTo(512);
        }
    }

    @Test
    void aRedirectIsReportedNotFollowed() throws Exception {
        try (Receiver receiver = new Receiver().otherwiseAnswer(new Receiver.Answer(307, "", Map.of("Location", "/elsewhere")))) {
            WebhookSender.Answer answer = send(WebhookTarget.parse(receiver.url("/start")), InetAddress.getLoopbackAddress(), "{}");
            assertThat(answer.status()).as(String.valueOf(answer)).isEqualTo(307);
            assertThat(answer.success()).isFalse();
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void anEndpointThatNeverAnswersTimesOut() throws Exception {
        try (Receiver receiver = new Receiver().hang()) {
            long started = System.nanoTime();
            WebhookSender.Answer answer = send(WebhookTarget.parse(receiver.url("/slow")), InetAddress.getLoopbackAddress(), "{}");
            assertThat(answer.status()).isNull();
            assertThat(answer.error()).contains("no complete answer within 4 s");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(3900), Duration.ofSeconds(9));
        }
    }

    @Test
    void aClosedPortIsAConnectionError() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        WebhookSender.Answer answer = send(WebhookTarget.parse("http://127.0.0.1:" + port + "/"), InetAddress.getLoopbackAddress(), "{}");
        assertThat(answer.status()).isNull();
        assertThat(answer.error()).isNotBlank();
    }

    @Test
    void withoutTheLocalSettingLoopbackTargetsAreRefusedBeforeAnyConnection() throws Exception {
        try (Receiver receiver = new Receiver()) {
            AddressChecker production = new AddressChecker(new OutboundAddressGuard(false, OutboundAddressGuard.SYSTEM_RESOLVER),
                    Duration.ofSeconds(5));
            for (String host : List.of("localhost", "127.0.0.1", "::1", "[::1]", "169.254.169.254", "10.0.0.1")) {
                OutboundAddressGuard.Decision d = production.check(host).await().atMost(Duration.ofSeconds(10));
                assertThat(d.allowed()).as(host).isFalse();
            }
            assertThat(receiver.received()).isEmpty();
            AddressChecker local = new AddressChecker(new OutboundAddressGuard(true, OutboundAddressGuard.SYSTEM_RESOLVER),
                    Duration.ofSeconds(5));
            assertThat(local.check("127.0.0.1").await().atMost(Duration.ofSeconds(10)).allowed()).isTrue();
            assertThat(local.check("169.254.169.254").await().atMost(Duration.ofSeconds(10)).allowed()).isFalse();
        }
    }

    private static WebhookSender.Answer send(WebhookTarget target, InetAddress address, String body) {
        return sender.send(new WebhookSender.Outgoing(target, address, Map.of("x-test", "yes", "content-type", "application/json"), body))
                .await().atMost(Duration.ofSeconds(15));
    }
}
