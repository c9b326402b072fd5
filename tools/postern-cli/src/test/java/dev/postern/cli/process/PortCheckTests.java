package dev.postern.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.cli.stack.PortClaim;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortCheckTests {

    @Test
    void aPortSomeoneListensOnIsNotFree() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(PortCheck.isFree(taken.getLocalPort())).isFalse();
            assertThat(PortCheck.accepts("127.0.0.1", taken.getLocalPort(), 1000)).isTrue();
        }
    }

    @Test
    void aPortNobodyListensOnIsFree() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertThat(PortCheck.isFree(port)).isTrue();
        assertThat(PortCheck.accepts("127.0.0.1", port, 1000)).isFalse();
    }

    @Test
    void aTakenPortIsReportedWithTheComponentAndTheVariableThatMovesIt() {
        List<String> problems = PortCheck.problems(List.of(
                new PortClaim("kafka", "POSTERN_KAFKA_PORT", 19092),
                new PortClaim("gateway", "POSTERN_GATEWAY_PORT", 8080)), port -> port != 8080);

        assertThat(problems).containsExactly("port 8080 (gateway) is already in use by another process;"
                + " stop it or set POSTERN_GATEWAY_PORT to a free port");
    }

    @Test
    void twoComponentsConfiguredOnOnePortIsAProblemEvenWhenItIsFree() {
        List<String> problems = PortCheck.problems(List.of(
                new PortClaim("s3", "POSTERN_S3_PORT", 9000),
                new PortClaim("gateway", "POSTERN_GATEWAY_PORT", 9000)), port -> true);

        assertThat(problems).singleElement().asString()
                .contains("9000").contains("s3 (POSTERN_S3_PORT)").contains("gateway (POSTERN_GATEWAY_PORT)");
    }

    @Test
    void freePortsAreNoProblem() {
        assertThat(PortCheck.problems(List.of(new PortClaim("s3", "POSTERN_S3_PORT", 9000)), port -> true)).isEmpty();
    }
}
