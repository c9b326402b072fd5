package dev.postern.send.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressRulesTests {

    @Test
    void onlyBareAddressesWithADottedDomainAreValid() {
        assertThat(EmailAddresses.isValid("ada@example.com")).isTrue();
        assertThat(EmailAddresses.isValid("ada+tag@mail.example.co.uk")).isTrue();
        assertThat(EmailAddresses.isValid("Ada <ada@example.com>")).isFalse();
        assertThat(EmailAddresses.isValid("ada@localhost")).isFalse();
        assertThat(EmailAddresses.isValid(" ada@example.com")).isFalse();
        assertThat(EmailAddresses.isValid("ada@example.com\r\nBcc: x@example.com")).isFalse();
        assertThat(EmailAddresses.isValid("a".repeat(250) + "@example.com")).isFalse();
        assertThat(EmailAddresses.isValid(null)).isFalse();
    }

    @Test
    void logLinesSeeOnlyMaskedAddresses() {
        assertThat(EmailAddresses.mask("ada@example.com")).isEqualTo("a***@e***.com");
        assertThat(EmailAddresses.maskAll("550 5.1.1 <bob@corp.example.org>: user unknown, also carl@x.io"))
                .isEqualTo("550 5.1.1 <b***@c***.org>: user unknown, also c***@x***.io");
    }

    @Test
    void theMailboxSimulatorsAddressesAndLabels() {
        assertThat(MailboxSimulator.scenario("bounce@simulator.amazonses.com")).contains(MailboxSimulator.Scenario.BOUNCE);
        assertThat(MailboxSimulator.scenario("Complaint+run-7@Simulator.AmazonSES.com")).contains(MailboxSimulator.Scenario.COMPLAINT);
        assertThat(MailboxSimulator.scenario("suppressionlist@simulator.amazonses.com")).contains(MailboxSimulator.Scenario.SUPPRESSIONLIST);
        assertThat(MailboxSimulator.scenario("success@simulator.amazonses.com")).contains(MailboxSimulator.Scenario.SUCCESS);
        assertThat(MailboxSimulator.scenario("ooto@simulator.amazonses.com")).contains(MailboxSimulator.Scenario.OOTO);
        assertThat(MailboxSimulator.scenario("bounce@example.com")).isEmpty();
        assertThat(MailboxSimulator.scenario("other@simulator.amazonses.com")).isEmpty();
    }

    @Test
    void outcomesRankSoThatTheGravestWins() {
        assertThat(MessageStatus.SENT.canAdvanceTo(MessageStatus.DELIVERED)).isTrue();
        assertThat(MessageStatus.DELIVERED.canAdvanceTo(MessageStatus.COMPLAINED)).isTrue();
        assertThat(MessageStatus.COMPLAINED.canAdvanceTo(MessageStatus.DELIVERED)).isFalse();
        assertThat(MessageStatus.BOUNCED.canAdvanceTo(MessageStatus.BOUNCED)).isFalse();
        assertThat(MessageStatus.CANCELLED.canAdvanceTo(MessageStatus.DELIVERED)).isFalse();
        assertThat(MessageStatus.SUPPRESSED.canAdvanceTo(MessageStatus.BOUNCED)).isFalse();
    }
}
