package dev.postern.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Talks to the server with the AWS SDK v2 client, path-style, as the services do. */
class S3ServerTests {

    private static final String ACCESS_KEY = "postern-test";
    private static final String SECRET_KEY = "postern-test-secret";
    private static final String BUCKET = "raw-mail";
    private static final String KEY = "ws-a/2026/message-1.eml";
    private static final String BODY = "From: agent@example.test\r\nSubject: hello\r\n\r\nbody\r\n";

    @TempDir
    Path dataDir;

    @Test
    void anObjectPutIsReadBackAndSurvivesARestart() {
        try (S3Server server = S3Server.start(dataDir, 0, ACCESS_KEY, SECRET_KEY);
             S3Client s3 = client(server, SECRET_KEY)) {
            assertThat(server.endpoint()).matches("http://127\\.0\\.0\\.1:\\d+");
            s3.createBucket(bucket -> bucket.bucket(BUCKET));
            s3.putObject(put -> put.bucket(BUCKET).key(KEY).contentType("message/rfc822"),
                    RequestBody.fromString(BODY, StandardCharsets.UTF_8));

            assertThat(s3.getObjectAsBytes(get -> get.bucket(BUCKET).key(KEY)).asUtf8String()).isEqualTo(BODY);
        }

        try (S3Server server = S3Server.start(dataDir, 0, ACCESS_KEY, SECRET_KEY);
             S3Client s3 = client(server, SECRET_KEY)) {
            assertThat(s3.getObjectAsBytes(get -> get.bucket(BUCKET).key(KEY)).asUtf8String()).isEqualTo(BODY);
        }
    }

    @Test
    void aRequestSignedWithTheWrongSecretIsRefused() {
        try (S3Server server = S3Server.start(dataDir, 0, ACCESS_KEY, SECRET_KEY);
             S3Client s3 = client(server, "not-the-secret")) {
            assertThatThrownBy(() -> s3.listBuckets())
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        }
    }

    private static S3Client client(S3Server server, String secretKey) {
        return S3Client.builder()
                .endpointOverride(URI.create(server.endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, secretKey)))
                .forcePathStyle(true)
                .overrideConfiguration(config -> config
                        .apiCallTimeout(Duration.ofSeconds(10))
                        .apiCallAttemptTimeout(Duration.ofSeconds(5)))
                .build();
    }
}
