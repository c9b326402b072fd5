package dev.postern.send.service.sns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.auth.SnsSignature;
import org.junit.jupiter.api.Test;

/** The host rule this service relies on (shared with inbound in libs/common-auth), case by case. */
class SnsHostRuleTests {

    @Test
    void certificatesComeOnlyOverHttpsFromAnSnsHostAsPem() {
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-abc.pem")).isTrue();
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.eu-central-1.amazonaws.com/SimpleNotificationService-abc.pem")).isTrue();
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.us-gov-west-1.amazonaws.com/x.pem")).isTrue();
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.cn-north-1.amazonaws.com.cn/x.pem")).isTrue();
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.us-east-1.amazonaws.com:443/x.pem")).isTrue();

        assertThat(SnsSignature.isSnsCertificateUrl("http://sns.us-east-1.amazonaws.com/x.pem")).as("plain http").isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.us-east-1.amazonaws.com.evil.example/x.pem")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://evil.example/sns.us-east-1.amazonaws.com/x.pem")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://s3.us-east-1.amazonaws.com/x.pem")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.amazonaws.com/x.pem")).as("no region").isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.us-east-1.amazonaws.com:8443/x.pem")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://user@sns.us-east-1.amazonaws.com/x.pem")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.us-east-1.amazonaws.com/x.txt")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.us-east-1.amazonaws.com/x.pem?redirect=elsewhere")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://SNS.US-EAST-1.AMAZONAWS.COM/x.pem")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("not a url")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl(null)).isFalse();
    }

    @Test
    void subscribeUrlsOnlyOnAnSnsHost() {
        assertThat(SnsSignature.isSnsUrl("https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&Token=x")).isTrue();
        assertThat(SnsSignature.isSnsUrl("https://attacker.example/?Action=ConfirmSubscription")).isFalse();
        assertThat(SnsSignature.isSnsUrl("http://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription")).isFalse();
    }
}
