package dev.postern.send.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

class SesFailuresTests {

    @Test
    void throttlingIsRetriedRejectionsFailAndOutagesCountAgainstTheCircuit() {
        assertThat(SesFailures.classify(TooManyRequestsException.builder().statusCode(429).build())).isEqualTo(SesFailures.Kind.THROTTLED);
        assertThat(SesFailures.classify(new CompletionException(LimitExceededException.builder().statusCode(400).build())))
                .isEqualTo(SesFailures.Kind.THROTTLED);
        assertThat(SesFailures.classify(MessageRejectedException.builder().statusCode(400).build())).isEqualTo(SesFailures.Kind.REJECTED);
        assertThat(SesFailures.classify(AccountSuspendedException.builder().statusCode(400).build())).isEqualTo(SesFailures.Kind.UNAVAILABLE);
        assertThat(SesFailures.classify(AwsServiceException.builder().statusCode(503).build())).isEqualTo(SesFailures.Kind.UNAVAILABLE);
        assertThat(SesFailures.classify(AwsServiceException.builder().statusCode(400).build())).isEqualTo(SesFailures.Kind.REJECTED);
        assertThat(SesFailures.classify(ApiCallTimeoutException.create(5000))).isEqualTo(SesFailures.Kind.UNAVAILABLE);
        assertThat(SesFailures.classify(SdkClientException.create("connection refused"))).isEqualTo(SesFailures.Kind.UNAVAILABLE);
    }

    @Test
    void theDescriptionNamesSesErrorCode() {
        AwsServiceException rejected = MessageRejectedException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("MessageRejected").errorMessage("Email address is not verified.").build())
                .build();
        assertThat(SesFailures.describe(rejected)).isEqualTo("SES MessageRejected: Email address is not verified.");
    }
}
