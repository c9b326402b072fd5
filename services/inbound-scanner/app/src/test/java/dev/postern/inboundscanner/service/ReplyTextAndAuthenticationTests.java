package dev.postern.inboundscanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyTextAndAuthenticationTests {

    @Test
    void replyTextDropsQuotedHistoryAndSignatures() {
        assertThat(ReplyText.extract("Sounds good.\n\nOn Tue, 4 Nov 2026 at 09:12, Ann <ann@x.example> wrote:\n> earlier\n> text"))
                .isEqualTo("Sounds good.");
        assertThat(ReplyText.extract("Yes please.\r\n\r\n-----Original Message-----\r\nFrom: b\r\nold")).isEqualTo("Yes please.");
        assertThat(ReplyText.extract("Ok.\n\nFrom: Bob Smith\nSent: Monday\nTo: Ann\nSubject: x\n\nold")).isEqualTo("Ok.");
        assertThat(ReplyText.extract("Thanks!\n-- \nAnn\nExample GmbH")).isEqualTo("Thanks!");
        assertThat(ReplyText.extract("On it.\n\nSent from my iPhone")).isEqualTo("On it.");
        assertThat(ReplyText.extract("On Monday we ship.\nNo quotes here.")).isEqualTo("On Monday we ship.\nNo quotes here.");
        assertThat(ReplyText.extract("> only a quote")).isEqualTo("> only a quote");
    }

    @Test
    void authenticationResultsAreReadFromTheTrustedTopmostHeader() {
        AuthenticationResults.Results r = AuthenticationResults.parse(
                "mx.example.com; spf=softfail smtp.mailfrom=a.example; dkim=fail header.d=a.example; dkim=pass header.d=b.example; dmarc=fail");
        assertThat(r).isEqualTo(new AuthenticationResults.Results("softfail", "pass", "fail"));
        assertThat(r.unauthenticated()).isFalse();
        assertThat(AuthenticationResults.parse("mx; spf=fail; dkim=fail").unauthenticated()).isTrue();
        assertThat(AuthenticationResults.parse("mx; spf=none").unauthenticated()).isFalse();

        List<String> headers = List.of("attacker.example; spf=pass; dkim=pass", "postern-ses-receipt; spf=fail; dkim=fail; dmarc=fail");
        assertThat(AuthenticationResults.from(headers, false, List.of("postern-ses-receipt")).spf()).isEqualTo("fail");
        assertThat(AuthenticationResults.from(headers, true, List.of()).spf()).isEqualTo("pass");
        assertThat(AuthenticationResults.from(headers, false, List.of("nobody"))).isEqualTo(AuthenticationResults.Results.UNKNOWN);
    }
}
