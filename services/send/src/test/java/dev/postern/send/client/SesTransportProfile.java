package dev.postern.send.client;

import dev.postern.send.SesEmulatorResource;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The service with the SES transport, pointed at the SES-API emulator. */
public class SesTransportProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("postern.transport", "ses",
                "postern.ses.region", "us-east-1",
                "postern.ses.access-key-id", "test-access-key",
                "postern.ses.secret-access-key", "test-secret-key",
                "postern.ses.configuration-set", "postern-tests");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PosternInfraResource.class, Map.of(PosternInfraResource.SERVICE_ARG, "send")),
                new TestResourceEntry(SesEmulatorResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
