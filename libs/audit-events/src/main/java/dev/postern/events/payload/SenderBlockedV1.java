package dev.postern.events.payload;

/**
 * A sender was blocked for one workspace ({@code sender.blocked}) after {@code quarantinedCount} of its messages were
 * quarantined within {@code windowDays}: its mail is refused at SMTP RCPT time, and any that still arrives (SES) is
 * quarantined outright.
 */
public record SenderBlockedV1(String sender, int quarantinedCount, int windowDays) {
}
