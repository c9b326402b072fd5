package dev.postern.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at {@link PosternInfra}:
 * {@code @WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))}.
 *
 * <p>The infrastructure lives as long as the test JVM, so {@link #stop()} leaves it running for
 * the next test class.
 */
public class PosternInfraResource implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_ARG = "service";

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get(SERVICE_ARG);
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException(PosternInfraResource.class.getSimpleName()
                    + " needs @ResourceArg(name = \"" + SERVICE_ARG + "\", value = \"<service>\")");
        }
    }

    @Override
    public Map<String, String> start() {
        return PosternInfra.get().serviceConfig(service);
    }

    @Override
    public void stop() {
        // Shared with every other test class of this JVM; PosternInfra's shutdown hook stops it.
    }
}
