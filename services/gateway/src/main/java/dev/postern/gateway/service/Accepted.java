package dev.postern.gateway.service;

import java.time.Instant;

/** A message handed to the send service: its id, its RFC 5322 Message-ID, and {@code queued} or {@code scheduled}. */
public record Accepted(String id, String messageIdHeader, String status, Instant scheduledAt) {
}
