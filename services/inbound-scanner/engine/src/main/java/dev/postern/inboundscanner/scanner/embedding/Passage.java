package dev.postern.inboundscanner.scanner.embedding;

import dev.postern.inboundscanner.scanner.Channel;

/** A sentence or window of a channel, chosen for embedding. {@code offset} points into the channel's text. */
public record Passage(Channel channel, int offset, String text, double priority) {
}
