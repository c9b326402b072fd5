package dev.postern.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderRulesTests {

    @Test
    void lineBreaksAnywhereAreHeaderInjection() {
        assertThat(HeaderRules.problem("Hello\r\nBcc: x@y.z")).contains("header injection");
        assertThat(HeaderRules.problem("Hello\nBcc: x@y.z")).contains("header injection");
        assertThat(HeaderRules.problem("Hello\rBcc: x@y.z")).contains("header injection");
        assertThat(HeaderRules.problem("bell\u0007")).contains("control");
        assertThat(HeaderRules.problem("tab\tis fine, and ünïcödé too")).isNull();
    }

    @Test
    void customHeadersCannotOverrideWhatPosternSets() {
        assertThat(HeaderRules.nameProblem("X-Campaign")).isNull();
        assertThat(HeaderRules.nameProblem("List-Id")).isNull();
        for (String reserved : new String[] {"From", "to", "BCC", "Message-ID", "List-Unsubscribe", "Content-Type", "X-Postern-Workspace"}) {
            assertThat(HeaderRules.nameProblem(reserved)).as(reserved).contains("set by Postern");
        }
        assertThat(HeaderRules.nameProblem("Bad Name")).contains("letters, digits and hyphens");
        assertThat(HeaderRules.nameProblem("X-A:B")).contains("letters, digits and hyphens");
    }

    @Test
    void messageIdsGetTheirBracketsAndNothingElse() {
        assertThat(HeaderRules.messageId("abc@example.com")).isEqualTo("<abc@example.com>");
        assertThat(HeaderRules.messageId("<abc@example.com>")).isEqualTo("<abc@example.com>");
        assertThat(HeaderRules.messageId("<abc@example.com>\r\nBcc: x")).isNull();
        assertThat(HeaderRules.messageId("no-at-sign")).isNull();
        assertThat(HeaderRules.messageId("<a b@example.com>")).isNull();
    }
}
