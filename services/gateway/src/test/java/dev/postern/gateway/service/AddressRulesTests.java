package dev.postern.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressRulesTests {

    @Test
    void ordinaryAddressesPassAndTheDomainIsLowerCased() {
        for (String ok : new String[] {"ada@example.com", "first.last+tag@mail.example.co.uk", "o'brien@example.ie",
                "x@a-b.example", "_under@example.org", "a!#$%&'*+/=?^_`{|}~-@example.com"}) {
            assertThat(AddressRules.problem(AddressRules.normalise(ok))).as(ok).isNull();
        }
        assertThat(AddressRules.normalise("  Ada.Lovelace@Example.COM ")).isEqualTo("Ada.Lovelace@example.com");
    }

    @Test
    void whatSmtpWouldRefuseIsRefusedWithAReason() {
        assertThat(AddressRules.problem("plain")).contains("like ada@example.com");
        assertThat(AddressRules.problem("a@b")).contains("fully qualified");
        assertThat(AddressRules.problem("a@example.123")).contains("top-level");
        assertThat(AddressRules.problem("a@-bad.example.com")).contains("host name");
        assertThat(AddressRules.problem(".a@example.com")).contains("dot");
        assertThat(AddressRules.problem("a..b@example.com")).contains("dot");
        assertThat(AddressRules.problem("\"quoted\"@example.com")).contains("quoted");
        assertThat(AddressRules.problem("a@[127.0.0.1]")).contains("literals");
        assertThat(AddressRules.problem("Ada <ada@example.com>")).contains("bare address");
        assertThat(AddressRules.problem("ädä@example.com")).contains("SMTPUTF8");
        assertThat(AddressRules.problem("a@example.com\r\nBcc: b@example.com")).contains("header injection");
        assertThat(AddressRules.problem("a\u0000@example.com")).contains("control");
    }

    @Test
    void smtpSizeLimitsHoldExactly() {
        String local64 = "l".repeat(64);
        assertThat(AddressRules.problem(local64 + "@example.com")).isNull();
        assertThat(AddressRules.problem("l" + local64 + "@example.com")).contains("64");
        String label63 = "d".repeat(63);
        assertThat(AddressRules.problem("a@" + label63 + ".com")).isNull();
        assertThat(AddressRules.problem("a@d" + label63 + ".com")).contains("63");
        String longDomain = (label63 + ".").repeat(3) + "d".repeat(57) + ".com"; // 253 characters
        assertThat(AddressRules.problem("a@" + longDomain)).contains("254");
        assertThat(AddressRules.problem("ab@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(60) + ".com"))
                .isNull();
    }
}
