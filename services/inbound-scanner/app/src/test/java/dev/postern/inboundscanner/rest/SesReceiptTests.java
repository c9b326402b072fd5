package dev.postern.inboundscanner.rest;

import static dev.postern.inboundscanner.InboundTestSupport.address;
import static dev.postern.inboundscanner.InboundTestSupport.agentId;
import static dev.postern.inboundscanner.InboundTestSupport.createAgent;
import static dev.postern.inboundscanner.InboundTestSupport.processed;
import static dev.postern.inboundscanner.InboundTestSupport.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.inboundscanner.service.SesReceipts;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Production reception: SNS deliveries are refused unless signed by SNS for the configured topic; a verified SES
 * receipt is fetched from SES's bucket (a real S3 API here) and runs the SMTP pipeline, with SES's verdicts.
 */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = {
        @ResourceArg(name = "service", value = "inbound_scanner"), @ResourceArg(name = "s3", value = "true")})
class SesReceiptTests {

    @Inject
    SesReceipts receipts;

    @Test
    void unsignedForgedOrForeignDeliveriesAreRefusedBeforeAnythingIsRead() {
        RestAssured.given().body("not json").post("/ses/inbound").then().statusCode(403);
        String forged = "{\"Type\":\"Notification\",\"MessageId\":\"m\",\"TopicArn\":\"arn:aws:sns:eu-west-1:123456789012:postern-inbound\","
                + "\"Message\":\"{}\",\"Timestamp\":\"2026-01-01T00:00:00Z\",\"SignatureVersion\":\"2\",\"Signature\":\"AAAA\","
                + "\"SigningCertURL\":\"https://evil.example/cert.pem\"}";
        RestAssured.given().body(forged).post("/ses/inbound").then().statusCode(403)
                .body("type", org.hamcrest.Matchers.equalTo("https://postern.dev/problems/sns-signature-invalid"));
        RestAssured.given().body(forged.replace("postern-inbound", "someone-else")).post("/ses/inbound").then().statusCode(403)
                .body("type", org.hamcrest.Matchers.equalTo("https://postern.dev/problems/sns-topic-refused"));
    }

    @Test
    void aVerifiedReceiptRunsTheSamePipelineWithSesVerdicts() {
        String ws = workspace();
        String to = address("ses");
        createAgent(ws, agentId(), to);
        String key = "incoming/" + System.nanoTime();
        try (S3Client s3 = S3Client.builder().region(Region.US_EAST_1).forcePathStyle(true)
                .endpointOverride(URI.create(config("postern.s3.endpoint")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(config("postern.s3.access-key"),
                        config("postern.s3.secret-key"))))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals("ses-receipts"))) {
                s3.createBucket(b -> b.bucket("ses-receipts"));
            }
            s3.putObject(b -> b.bucket("ses-receipts").key(key), RequestBody.fromString(
                    "From: erin@vendor.example\r\nTo: " + to + "\r\nSubject: Delivery\r\n\r\nYour parcel ships tomorrow.\r\n"));
        }
        String notification = "{\"notificationType\":\"Received\",\"mail\":{\"source\":\"erin@vendor.example\",\"destination\":[\""
                + to + "\"]},\"receipt\":{\"recipients\":[\"" + to + "\",\"nobody@agents.postern.test\"],"
                + "\"spfVerdict\":{\"status\":\"PASS\"},\"dkimVerdict\":{\"status\":\"FAIL\"},\"dmarcVerdict\":{\"status\":\"GRAY\"},"
                + "\"action\":{\"type\":\"S3\",\"bucketName\":\"ses-receipts\",\"objectKey\":\"" + key + "\"}}}";

        List<String> ids = receipts.receive(notification);
        assertThat(ids).hasSize(1);
        JsonNode detail = processed(ws, ids.get(0));
        assertThat(detail.get("verdict").asText()).isEqualTo("clean");
        assertThat(detail.get("text").asText()).contains("parcel ships tomorrow");
        assertThat(detail.at("/authentication/spf").asText()).isEqualTo("pass");
        assertThat(detail.at("/authentication/dkim").asText()).isEqualTo("fail");
        assertThat(detail.at("/authentication/dmarc").asText()).isEqualTo("none");
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }
}
