package dev.postern.gateway.support;

import dev.postern.testing.PosternInfra;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts {@link SendStandIn} and points the gateway at it; the breaker opens for a short time only,
 * so that a test of it does not starve the next one.
 */
public class SendStandInResource implements QuarkusTestResourceLifecycleManager {

    private SendStandIn standIn;

    @Override
    public Map<String, String> start() {
        String secret = PosternInfra.get().serviceConfig("gateway").get("postern.internal.secret");
        try {
            standIn = SendStandIn.start(secret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("postern.send.url", standIn.url(),
                "postern.send.breaker.failure-threshold", "3",
                "postern.send.breaker.open-for", "2s");
    }

    @Override
    public void stop() {
        if (standIn != null) {
            standIn.stop();
        }
    }
}
