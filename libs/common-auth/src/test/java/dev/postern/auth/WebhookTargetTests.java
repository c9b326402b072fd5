package dev.postern.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetTests {

    @Test
    void partsOfAUrl() {
        WebhookTarget t = WebhookTarget.parse("https://Hooks.Example.com/in/postern?token=s3cret");
        assertThat(t.scheme()).isEqualTo("https");
        assertThat(t.host()).isEqualTo("hooks.example.com");
        assertThat(t.port()).isEqualTo(443);
        assertThat(t.pathAndQuery()).isEqualTo("/in/postern?token=s3cret");
        assertThat(t.tls()).isTrue();
        assertThat(t.hostHeader()).isEqualTo("hooks.example.com");
        assertThat(t.redacted()).isEqualTo("https://hooks.example.com/in/postern").doesNotContain("s3cret");

        WebhookTarget v6 = WebhookTarget.parse("http://[::1]:8081");
        assertThat(v6.host()).isEqualTo("::1");
        assertThat(v6.port()).isEqualTo(8081);
        assertThat(v6.pathAndQuery()).isEqualTo("/");
        assertThat(v6.hostHeader()).isEqualTo("[::1]:8081");
        assertThat(v6.literalAddress()).isTrue();
        assertThat(WebhookTarget.parse("http://169.254.169.254/latest/meta-data/").literalAddress()).isTrue();
        assertThat(WebhookTarget.parse("http://localhost:9000/x").literalAddress()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "ftp://example.com/", "file:///etc/passwd", "gopher://127.0.0.1:6379/_x", "example.com/hook",
            "https://user:pass@example.com/", "https://example.com/#frag", "http://2130706433/", "http://0x7f.0.0.1/",
            "http://127.1/", "http://017700000001/", "http://0177.0.0.1/", "https:///nohost", "http://exa mple.com/",
            "javascript:alert(1)", "https://example.com:0/", "http://256.1.1.1/"})
    void urlsThatCannotBeWebhookTargetsAreRefused(String url) {
        assertThatThrownBy(() -> WebhookTarget.parse(url)).isInstanceOf(WebhookTarget.InvalidUrlException.class);
    }

    @Test
    void aVeryLongUrlIsRefused() {
        assertThatThrownBy(() -> WebhookTarget.parse("https://example.com/" + "a".repeat(WebhookTarget.MAX_LENGTH)))
                .hasMessageContaining("at most");
    }

    @Test
    void redactionOfWhatDoesNotParseIsEmpty() {
        assertThat(WebhookTarget.redact("not a url")).isEmpty();
        assertThat(WebhookTarget.redact("http://example.com:8080/a?b=c")).contains("http://example.com:8080/a");
    }
}
