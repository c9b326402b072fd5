package dev.postern.send.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The SES mailbox simulator's addresses ({@code <scenario>[+label]@simulator.amazonses.com}) and the
 * feedback SES gives for each, so the whole feedback loop runs on one machine.
 */
public final class MailboxSimulator {

    public static final String DOMAIN = "simulator.amazonses.com";

    /** What SES does with mail to a simulator address. */
    public enum Scenario {
        /** Delivered. */
        SUCCESS,
        /** Permanent bounce (550 5.1.1), the address is suppressed. */
        BOUNCE,
        /** Delivered, with an out-of-the-office auto-reply (which this simulator does not send). */
        OOTO,
        /** Delivered, then the recipient marks it as spam: a complaint, the address is suppressed. */
        COMPLAINT,
        /** The address is on the account-level suppression list: SES bounces it without sending. */
        SUPPRESSIONLIST
    }

    private MailboxSimulator() {
    }

    public static Optional<Scenario> scenario(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String normalized = address.toLowerCase(Locale.ROOT);
        int at = normalized.lastIndexOf('@');
        if (at <= 0 || !normalized.substring(at + 1).equals(DOMAIN)) {
            return Optional.empty();
        }
        String local = normalized.substring(0, at);
        int plus = local.indexOf('+');
        String name = plus < 0 ? local : local.substring(0, plus);
        return switch (name) {
            case "success" -> Optional.of(Scenario.SUCCESS);
            case "bounce" -> Optional.of(Scenario.BOUNCE);
            case "ooto" -> Optional.of(Scenario.OOTO);
            case "complaint" -> Optional.of(Scenario.COMPLAINT);
            case "suppressionlist" -> Optional.of(Scenario.SUPPRESSIONLIST);
            default -> Optional.empty();
        };
    }
}
