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
    /** {@code @ResourceArg(name = "s3", value = "true")}: also an S3-API server ({@link PosternInfra#s3Config()}). */
    public static final String S3_ARG = "s3";

    private String service;
    private boolean s3;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get(SERVICE_ARG);
        s3 = Boolean.parseBoolean(initArgs.getOrDefault(S3_ARG, "false"));
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException(PosternInfraResource.class.getSimpleName()
                    + " needs @ResourceArg(name = \"" + SERVICE_ARG + "\", value = \"<service>\")");
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = PosternInfra.get().serviceConfig(service);
        if (!s3) {
            return config;
        }
        Map<String, String> withS3 = new java.util.LinkedHashMap<>(config);
        withS3.putAll(PosternInfra.s3Config());
        return withS3;
    }

    @Override
    public void stop() {
        // Shared with every other test class of this JVM; PosternInfra's shutdown hook stops it.
    }
}
