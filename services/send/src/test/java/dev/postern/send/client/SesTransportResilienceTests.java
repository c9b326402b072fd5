package dev.postern.send.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.send.config.SesSettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Throttling, pacing and the circuit breaker of the SES transport, against an SES endpoint that misbehaves on purpose. */
class SesTransportResilienceTests {

    @Test
    void throttledCallsAreRetriedWithBackoffUntilAccepted() throws Exception {
        try (FaultySes ses = new FaultySes(50, n -> n <= 2 ? FaultySes.Answer.error(429, "TooManyRequestsException")
                : FaultySes.Answer.accepted("ses-" + n));
             SesTransport transport = new SesTransport(settings(ses.endpoint(), 5))) {
            List<CopyResult> results = transmit(transport, 1);
            assertThat(results).extracting(CopyResult::outcome).containsExactly(CopyResult.Outcome.ACCEPTED);
            assertThat(results.get(0).providerMessageId()).isEqualTo("ses-3");
            assertThat(ses.sendCalls).hasSize(3);
            assertThat(Duration.ofNanos(ses.sendCalls.get(2) - ses.sendCalls.get(0))).as("two backoffs of at least 50 ms, 100 ms")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(120));
        }
    }

    @Test
    void throttlingThatDoesNotStopDefersTheCopyWithoutOpeningTheCircuit() throws Exception {
        try (FaultySes ses = new FaultySes(50, n -> FaultySes.Answer.error(429, "TooManyRequestsException"));
             SesTransport transport = new SesTransport(settings(ses.endpoint(), 2))) {
            assertThat(transmit(transport, 1)).extracting(CopyResult::outcome).containsExactly(CopyResult.Outcome.DEFERRED);
            assertThat(ses.sendCalls).hasSize(3);
            assertThat(transport.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        }
    }

    @Test
    void sendsArePacedToTheAccountsMaximumSendRate() throws Exception {
        try (FaultySes ses = new FaultySes(2, n -> FaultySes.Answer.accepted("ses-" + n));
             SesTransport transport = new SesTransport(settings(ses.endpoint(), 2))) {
            assertThat(transmit(transport, 4)).extracting(CopyResult::outcome).containsOnly(CopyResult.Outcome.ACCEPTED);
            assertThat(transport.maxSendRate()).isEqualTo(2);
            // a burst of two, then one every half second
            assertThat(Duration.ofNanos(ses.sendCalls.get(3) - ses.sendCalls.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
    }

    @Test
    void anOutageOpensTheCircuitAndLaterCopiesAreNotEvenTried() throws Exception {
        try (FaultySes ses = new FaultySes(50, n -> FaultySes.Answer.error(503, "InternalFailure"));
             SesTransport transport = new SesTransport(settings(ses.endpoint(), 2))) {
            List<CopyResult> results = transmit(transport, 5);
            assertThat(results).extracting(CopyResult::outcome).containsOnly(CopyResult.Outcome.DEFERRED);
            assertThat(ses.sendCalls).as("threshold 3: the 4th and 5th copies never reach SES").hasSize(3);
            assertThat(results.get(4).response()).isEqualTo("SES circuit open");
            assertThat(transport.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        }
    }

    @Test
    void aRejectedMessageFailsForGoodAndTheCircuitStaysClosed() throws Exception {
        try (FaultySes ses = new FaultySes(50, n -> FaultySes.Answer.error(400, "MessageRejected"));
             SesTransport transport = new SesTransport(settings(ses.endpoint(), 2))) {
            List<CopyResult> results = transmit(transport, 4);
            assertThat(results).extracting(CopyResult::outcome).containsOnly(CopyResult.Outcome.REJECTED);
            assertThat(ses.sendCalls).hasSize(4);
            assertThat(transport.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        }
    }

    private static List<CopyResult> transmit(SesTransport transport, int copies) {
        List<OutboundCopy> list = IntStream.range(0, copies).mapToObj(i -> new OutboundCopy("ws_test", "msg_test",
                "ada@agents.example", "r" + i + "@example.com", "Subject: x\r\n\r\nbody".getBytes(), List.of())).toList();
        return transport.transmit(list, Instant.now().plusSeconds(60)).await().atMost(Duration.ofSeconds(60));
    }

    private static SesSettings settings(URI endpoint, int throttleRetries) {
        return new SesSettings() {
            public String region() { return "us-east-1"; }
            public Optional<URI> endpoint() { return Optional.of(endpoint); }
            public Optional<String> accessKeyId() { return Optional.of("test"); }
            public Optional<String> secretAccessKey() { return Optional.of("test"); }
            public Optional<String> configurationSet() { return Optional.of("postern-tests"); }
            public Duration apiCallTimeout() { return Duration.ofSeconds(10); }
            public Duration apiCallAttemptTimeout() { return Duration.ofSeconds(5); }
            public Duration connectTimeout() { return Duration.ofSeconds(2); }
            public int throttleRetries() { return throttleRetries; }
            public Duration throttleBackoff() { return Duration.ofMillis(50); }
            public Duration throttleBackoffMax() { return Duration.ofMillis(400); }
            public double fallbackMaxSendRate() { return 1; }
            public Duration accountRefresh() { return Duration.ofMinutes(10); }
            public Circuit circuit() {
                return new Circuit() {
                    public int failureThreshold() { return 3; }
                    public Duration openFor() { return Duration.ofMinutes(1); }
                };
            }
        };
    }
}
