package dev.postern.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class UnsubscribeTokenTests {

    private static final String SECRET = "unsubscribe-test-secret";
    private static final String WS = "ws_01JDX0000000000000000000WS";
    private static final String MSG = "msg_01JDX000000000000000000MSG";

    @Test
    void aTokenCarriesItsClaimsAndHidesTheAddress() {
        String token = UnsubscribeToken.issue(SECRET, WS, MSG, "ada@example.com");
        assertThat(token).startsWith("pu1.").matches("pu1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{22}").hasSizeLessThan(300);
        assertThat(token).doesNotContain("ada").doesNotContain("example");
        assertThat(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("ada@example.com");
        assertThat(UnsubscribeToken.verify(SECRET, token))
                .contains(new UnsubscribeToken.Claims(WS, MSG, "ada@example.com"));
    }

    @Test
    void twoTokensForTheSameRecipientDifferButBothVerify() {
        String a = UnsubscribeToken.issue(SECRET, WS, MSG, "ada@example.com");
        String b = UnsubscribeToken.issue(SECRET, WS, MSG, "ada@example.com");
        assertThat(a).isNotEqualTo(b);
        assertThat(UnsubscribeToken.verify(SECRET, a)).isPresent();
        assertThat(UnsubscribeToken.verify(SECRET, b)).isPresent();
    }

    @Test
    void anotherSecretOrAnyChangedCharacterIsRefused() {
        String token = UnsubscribeToken.issue(SECRET, WS, MSG, "ada@example.com");
        assertThat(UnsubscribeToken.verify("another-secret", token)).isEmpty();
        for (int i = 4; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                continue;
            }
            String tampered = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
            assertThat(UnsubscribeToken.verify(SECRET, tampered)).as("flipped at %d", i).isEmpty();
        }
    }

    @Test
    void garbageIsRefusedWithoutExceptions() {
        assertThat(UnsubscribeToken.verify(SECRET, null)).isEmpty();
        assertThat(UnsubscribeToken.verify(SECRET, "")).isEmpty();
        assertThat(UnsubscribeToken.verify(SECRET, "pu1..")).isEmpty();
        assertThat(UnsubscribeToken.verify(SECRET, "pu1.AAAA.AAAA")).isEmpty();
        assertThat(UnsubscribeToken.verify(SECRET, "pu2.x.y")).isEmpty();
        assertThat(UnsubscribeToken.verify(SECRET, "pu1.a+b/.c=")).isEmpty();
        assertThat(UnsubscribeToken.verify(SECRET, "pu1." + "A".repeat(2000) + ".x")).isEmpty();
        assertThat(UnsubscribeToken.verify("", UnsubscribeToken.issue(SECRET, WS, MSG, "a@b.c"))).isEmpty();
    }

    @Test
    void claimsMustBeOneLineEach() {
        assertThatThrownBy(() -> UnsubscribeToken.issue(SECRET, WS, MSG, "a@b.c\nBcc: x@y.z"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnsubscribeToken.issue(SECRET, WS, null, "a@b.c")).isInstanceOf(IllegalArgumentException.class);
    }
}
